import { renderDeep, type InterpolateContext } from '../interpolate/index.js';
import { MultiError } from '../errors.js';
import type { PackerConfig } from '../packer-config.js';
import type { RawConfig } from '../raw-config.js';
import { ConfigDecodeError, unknownKeyError } from './decode-error.js';
import { mergeRaws } from './merge.js';
import { decodePackerConfig } from './packer.js';
import type { ConfigOf, ConfigSpec } from './spec.js';
import { decodeKind } from './weak.js';

export interface DecodeOptions {
  /** Render `{{ }}` in every string before decoding (default true), as Packer's `Interpolate: true`. */
  interpolate?: boolean;
  /** Top-level keys left raw, to be rendered later with run-time data (InterpolateFilter.Exclude). */
  exclude?: string[];
  /** Extra context for rendering (`data`, `funcs`, `cwd`, `now`…); packer_* settings fill the rest. */
  ctx?: Partial<InterpolateContext>;
}

export interface Decoded<S extends ConfigSpec> {
  config: ConfigOf<S>;
  packer: PackerConfig;
  /** The context used for rendering; components reuse it for the excluded keys. */
  ctx: InterpolateContext;
  /** Keys the user set (after merging), for "only one of" style validation. */
  present: Set<string>;
  /** `<key> must be specified` for empty required fields; add your own and throw together. */
  errors: Error[];
}

/** The interpolation context Packer's config.Decode builds from the core's settings. */
export function contextFromPacker(p: PackerConfig, extra: Partial<InterpolateContext> = {}): InterpolateContext {
  return {
    buildName: p.buildName,
    buildType: p.builderType,
    templatePath: p.templatePath,
    userVariables: p.userVariables,
    sensitiveVariables: p.sensitiveVariables,
    coreVersion: p.coreVersion,
    ...extra,
  };
}

/**
 * packer-plugin-sdk `DetectContextData`: a provisioner's last raw may be the core's placeholder
 * map of generated data (`PackerRunUUID: "Build_PackerRunUUID. …"`). It is not config: it becomes
 * the context data, so that `{{ build `ID` }}` survives the first rendering as `{{.ID}}`.
 */
export function detectContextData(raws: RawConfig[]): [Record<string, unknown> | undefined, RawConfig[]] {
  const last = raws[raws.length - 1];
  const uuid = last?.['PackerRunUUID'];
  if (typeof uuid === 'string' && uuid.includes('Build_PackerRunUUID.')) return [last, raws.slice(0, -1)];
  return [undefined, raws];
}

/**
 * packer-plugin-sdk `config.Decode`: merge the raws (later wins), render templates, decode with
 * weak typing, then reject unknown keys. Throws the interpolation error, a ConfigDecodeError
 * (all type errors), or a MultiError of unknown keys — in that order, as Packer does.
 */
export function decodeConfig<S extends ConfigSpec>(spec: S, raws: RawConfig[], opts: DecodeOptions = {}): Decoded<S> {
  const [placeholders, rest] = detectContextData(raws);
  const merged = mergeRaws(rest);
  const packerErrs: string[] = [];
  const packer = decodePackerConfig(merged, packerErrs);
  const ctx = contextFromPacker(packer, placeholders ? { data: placeholders, ...opts.ctx } : opts.ctx);

  const own: RawConfig = {};
  for (const [k, v] of Object.entries(merged)) if (!k.startsWith('packer_')) own[k] = v;
  const rendered = opts.interpolate === false ? own : (renderDeep(own, ctx, opts.exclude ?? []) as RawConfig);

  const typeErrs = [...packerErrs];
  const config: Record<string, unknown> = {};
  const present = new Set<string>();
  const used = new Set<string>(['type']);
  for (const [key, field] of Object.entries(spec)) {
    const name = field.goField ?? key;
    const rawKey = mapstructureKey(name, rendered);
    if (rawKey !== undefined) used.add(rawKey);
    const v = rawKey === undefined ? undefined : rendered[rawKey];
    if (v === undefined || v === null) {
      if (field.default !== undefined) config[key] = structuredClone(field.default);
      continue;
    }
    present.add(key);
    const d = decodeKind(field.kind, name, v, typeErrs);
    if (d !== undefined) config[key] = d;
  }
  if (typeErrs.length > 0) throw new ConfigDecodeError(typeErrs);

  const unknown = Object.keys(rendered)
    .filter((k) => !used.has(k))
    .sort();
  MultiError.throwIfAny(unknown.map(unknownKeyError));

  const errors: Error[] = [];
  for (const [key, field] of Object.entries(spec)) {
    const v = config[key];
    const empty = v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
    if (field.required && empty) errors.push(new Error(`${key} must be specified`));
  }
  return { config: config as ConfigOf<S>, packer, ctx, present, errors };
}

/**
 * mapstructure's key lookup for a struct field: the exact name, else the first key equal to it
 * ignoring case (`DURATION`, `Output` are accepted, as by Packer). Errors name the field, not
 * the key written.
 */
function mapstructureKey(name: string, raw: RawConfig): string | undefined {
  if (Object.hasOwn(raw, name)) return name;
  const lower = name.toLowerCase();
  return Object.keys(raw).find((k) => k.toLowerCase() === lower);
}
