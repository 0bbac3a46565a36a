import type { ComponentSet, Diagnostic, PackerConfig } from '../sdk/index.js';
import { PackerCompatVersion, goQuote, packerConfigRaw } from '../sdk/index.js';
import { render } from '../sdk/interpolate/index.js';
import type { BuilderDef, ProvisionerDef, Template } from '../template/model.js';
import { matchesAny, selectBuildNames } from './internal/name-filter.js';
import type { BuildOptions } from './options.js';
import { placeholderData } from './placeholder-data.js';
import type { PreparedBuild, PreparedPostProcessor, PreparedProvisioner } from './prepared-build.js';
import {
  DebuggedProvisioner,
  PausedProvisioner,
  RetriedProvisioner,
  TimeoutProvisioner,
  messageOf,
} from './provisioner-wrappers.js';

export type PrepareOptions = Pick<BuildOptions, 'only' | 'except' | 'debug' | 'force' | 'onError' | 'components' | 'now'>;

export interface PrepareResult {
  builds: PreparedBuild[];
  diagnostics: Diagnostic[];
}

/**
 * Starts and prepares every selected build, in name order, before anything runs (Packer's
 * Core.GetBuilds). A build that fails to initialise or prepare becomes an error diagnostic and is
 * left out; the others still run, as in Packer.
 */
export async function prepareBuilds(template: Template, opts: PrepareOptions): Promise<PrepareResult> {
  const byName = new Map(template.builders.map((b) => [b.name, b]));
  const names = selectBuildNames([...byName.keys()], opts.only, opts.except);
  const builds: PreparedBuild[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const name of names) {
    const def = byName.get(name)!;
    let build: PreparedBuild;
    try {
      build = await initBuild(template, def, opts);
    } catch (e) {
      diagnostics.push(buildError(def, `Failed to initialize build ${goQuote(name)}`, messageOf(e)));
      continue;
    }
    try {
      const warnings = await prepareBuild(template, def, build, opts);
      builds.push(build);
      for (const w of warnings) diagnostics.push({ ...buildError(def, `Warning when preparing build: ${goQuote(name)}`, w), severity: 'warning' });
    } catch (e) {
      diagnostics.push(buildError(def, `Failed to prepare build: ${goQuote(name)}`, messageOf(e)));
    }
  }
  return { builds, diagnostics };
}

/** Points at the builder's block: component errors name the key, the position names the build. */
function buildError(def: BuilderDef, summary: string, detail: string): Diagnostic {
  const d: Diagnostic = { severity: 'error', format: 'hcl', summary, detail, build: def.name };
  if (def.pos) d.range = def.pos;
  return d;
}

/** Packer's text, plus why when a plugin that would have served the type was refused. */
function unknown(components: ComponentSet, kind: 'builder' | 'provisioner' | 'post-processor', type: string): Error {
  const why = components.whyUnknown?.(kind, type);
  return new Error(`error initializing ${kind} '${type}': Unknown ${kind} ${type}${why ? ` (${why})` : ''}`);
}

async function initBuild(template: Template, def: BuilderDef, opts: PrepareOptions): Promise<PreparedBuild> {
  const { components } = opts;
  if (!components.hasBuilder(def.type)) throw unknown(components, 'builder', def.type);
  const builder = await start(() => components.startBuilder(def.type), 'builder', def.type);

  const provisioners: PreparedProvisioner[] = [];
  for (const p of template.provisioners) {
    if (skips(p, def.rawName)) continue;
    provisioners.push(await initProvisioner(template, p, def.rawName, opts));
  }
  const cleanupProvisioner = template.errorCleanupProvisioner
    ? await initProvisioner(template, template.errorCleanupProvisioner, def.rawName, opts)
    : undefined;

  const postProcessors: PreparedPostProcessor[][] = [];
  for (const chain of template.postProcessors) {
    const current: PreparedPostProcessor[] = [];
    for (const pp of chain) {
      if (skips(pp, def.rawName)) continue;
      // `-except <pp name>` drops that step and the rest of its chain (Packer's `break`).
      if (opts.except.length > 0 && matchesAny(pp.name, opts.except)) break;
      if (!components.hasPostProcessor(pp.type)) throw unknown(components, 'post-processor', pp.type);
      const postProcessor = await start(() => components.startPostProcessor(pp.type), 'post-processor', pp.type);
      current.push({ postProcessor, type: pp.type, name: pp.name, keepInputArtifact: pp.keepInputArtifact, config: pp.config });
    }
    if (current.length > 0) postProcessors.push(current);
  }
  return { name: def.name, rawName: def.rawName, type: def.type, builder, provisioners, cleanupProvisioner, postProcessors };
}

async function initProvisioner(
  template: Template,
  p: ProvisionerDef,
  rawName: string,
  opts: PrepareOptions,
): Promise<PreparedProvisioner> {
  if (!opts.components.hasProvisioner(p.type)) throw unknown(opts.components, 'provisioner', p.type);
  let prov = await start(() => opts.components.startProvisioner(p.type), 'provisioner', p.type);
  if (p.pauseBeforeMs !== 0) prov = new PausedProvisioner(prov, p.pauseBeforeMs);
  else if (p.timeoutMs !== 0) prov = new TimeoutProvisioner(prov, p.timeoutMs);
  const maxRetries = resolveMaxRetries(template, p.maxRetries);
  if (maxRetries !== 0) prov = new RetriedProvisioner(prov, maxRetries);
  // Packer wraps for -debug at run time, outside every other wrapper.
  if (opts.debug) prov = new DebuggedProvisioner(prov);
  const override = p.override[rawName];
  return { provisioner: prov, type: p.type, configs: override ? [p.config, override] : [p.config] };
}

function resolveMaxRetries(template: Template, raw: number | string): number {
  if (typeof raw === 'number') return raw;
  if (raw === '') return 0;
  let rendered: string;
  try {
    rendered = render(raw, { userVariables: template.userVariables, templatePath: template.path });
  } catch (e) {
    throw new Error(`failed to interpolate \`max_retries\`: ${messageOf(e)}`);
  }
  if (!/^[+-]?\d+$/.test(rendered)) {
    throw new Error(`\`max_retries\` must be a valid integer: strconv.Atoi: parsing ${goQuote(rendered)}: invalid syntax`);
  }
  return Number(rendered);
}

async function start<T>(fn: () => Promise<T>, kind: string, type: string): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw new Error(`error initializing ${kind} '${type}': ${messageOf(e)}`);
  }
}

function skips(c: { only: string[]; except: string[] }, rawName: string): boolean {
  if (c.only.length > 0 && !c.only.includes(rawName)) return true;
  return c.except.includes(rawName);
}

/** Builder first, then its generated-data names reach provisioners and post-processors. */
async function prepareBuild(template: Template, def: BuilderDef, build: PreparedBuild, opts: PrepareOptions): Promise<string[]> {
  const packerConfig = packerConfigRaw(packerConfigFor(template, def, opts));
  const { generatedVars, warnings } = await build.builder.prepare(def.config, packerConfig);
  const placeholders = placeholderData(generatedVars);
  for (const p of build.provisioners) await p.provisioner.prepare(...p.configs, packerConfig, placeholders);
  const cleanup = build.cleanupProvisioner;
  if (cleanup) await cleanup.provisioner.prepare(...cleanup.configs, packerConfig, placeholders);
  for (const chain of build.postProcessors) {
    for (const pp of chain) await pp.postProcessor.configure(pp.config, packerConfig, placeholders);
  }
  return warnings;
}

function packerConfigFor(template: Template, def: BuilderDef, opts: PrepareOptions): PackerConfig {
  return {
    buildName: def.name,
    builderType: def.type,
    coreVersion: PackerCompatVersion,
    debug: opts.debug,
    force: opts.force,
    onError: opts.onError,
    templatePath: template.path === '-' ? '' : templateAbsPath(template),
    userVariables: template.userVariables,
    sensitiveVariables: template.sensitiveVariables,
  };
}

function templateAbsPath(t: Template): string {
  const base = t.path.split('/').pop() ?? t.path;
  return `${t.dir}/${base}`;
}
