import type { SourceRange } from '../../sdk/index.js';
import type { BuilderDef, PostProcessorDef, ProvisionerDef, VariableDef } from '../model.js';
import { Fields, unconvertible } from './decode.js';
import { goKindName } from './go-format.js';
import { toValue, uniqueEntries, type JsonNode } from './json-node.js';
import type { RawTemplate } from './parse-root.js';
import { postProcessors } from './parse-post-processor.js';
import { multiText, type Problem } from './problem.js';
import { decodeProvisioner } from './parse-provisioner.js';

/**
 * The second half of Packer's `template.Parse` (`rawTemplate.Template()`): variables, builders,
 * post-processor chains, provisioners and the error-cleanup provisioner, each error collected
 * with Packer's numbering (`builder 2: …`, `post-processor 1.2: …`).
 */

export interface ParsedTemplate {
  description?: string;
  minVersion?: string;
  comments: Record<string, string>;
  variables: VariableDef[];
  sensitiveVariables: string[];
  /** `name` is still the raw name here; the loader interpolates it. */
  builders: BuilderDef[];
  provisioners: ProvisionerDef[];
  errorCleanupProvisioner?: ProvisionerDef;
  postProcessors: PostProcessorDef[][];
}

export type Locate = (offset: number) => SourceRange;

export type TemplateOutcome = { parsed: ParsedTemplate } | { text: string; problems: Problem[] };

export function buildTemplate(raw: RawTemplate, locate: Locate): TemplateOutcome {
  const problems: Problem[] = [];
  const add = (message: string, node: JsonNode, key: string): void => {
    problems.push({ message, offset: node.offset, key });
  };
  const parsed: ParsedTemplate = {
    comments: raw.comments,
    variables: variables(raw, add, locate),
    sensitiveVariables: [],
    builders: builders(raw.builders, add, locate),
    provisioners: [],
    postProcessors: postProcessors(raw.postProcessors, add, locate),
  };
  if (raw.description !== undefined) parsed.description = raw.description;
  if (raw.minVersion !== undefined) parsed.minVersion = raw.minVersion;
  parsed.sensitiveVariables = parsed.variables.filter((v) => v.sensitive).map((v) => v.name);
  for (const [i, node] of raw.provisioners.entries()) {
    const p = decodeProvisioner(node, locate);
    if ('error' in p) add(`provisioner ${i + 1}: ${p.error}`, p.node, `provisioners[${i}]${p.key}`);
    else parsed.provisioners.push(p.def);
  }
  if (raw.cleanupProvisioner) {
    const p = decodeProvisioner(raw.cleanupProvisioner, locate);
    if ('error' in p) add(`On Error Cleanup Provisioner error: ${p.error}`, p.node, `error-cleanup-provisioner${p.key}`);
    else parsed.errorCleanupProvisioner = p.def;
  }
  if (problems.length > 0) return { text: multiText(problems), problems };
  return { parsed };
}

export type Add = (message: string, node: JsonNode, key: string) => void;

function variables(raw: RawTemplate, add: Add, locate: Locate): VariableDef[] {
  if (!raw.variables) return [];
  const sensitive = new Set(raw.sensitiveVariables);
  const out: VariableDef[] = [];
  for (const e of uniqueEntries(raw.variables)) {
    const v = e.value;
    const def: VariableDef = { name: e.key, required: v.kind === 'null', sensitive: sensitive.has(e.key), pos: locate(e.keyOffset) };
    if (v.kind === 'string') def.default = v.value;
    else if (v.kind !== 'null') {
      add(`variable ${e.key}: ${unconvertible('', 'string', v)}`, v, `variables.${e.key}`);
      continue;
    }
    out.push(def);
  }
  return out;
}

function builders(nodes: JsonNode[], add: Add, locate: Locate): BuilderDef[] {
  const out: BuilderDef[] = [];
  const names = new Set<string>();
  for (const [i, node] of nodes.entries()) {
    const key = `builders[${i}]`;
    if (node.kind !== 'object') {
      add(`builder ${i + 1}: '' expected a map, got '${goKindName(node)}'`, node, key);
      continue;
    }
    const f = new Fields(node, true);
    const name = f.string('Name') ?? '';
    const type = f.string('Type') ?? '';
    f.map('Config');
    const err = f.error();
    if (err !== undefined) {
      add(`builder ${i + 1}: ${err}`, f.errors[0]!.node, key);
      continue;
    }
    if (type === '') {
      add(`builder ${i + 1}: missing 'type'`, node, `${key}.type`);
      continue;
    }
    const rawName = name === '' ? type : name;
    if (names.has(rawName)) {
      const nameEntry = f.find('Name');
      add(`builder ${i + 1}: builder with name '${rawName}' already exists`, nameEntry?.value ?? node, `${key}.name`);
      continue;
    }
    names.add(rawName);
    const config = toValue(node) as Record<string, unknown>;
    delete config['name'];
    delete config['type'];
    out.push({ name: rawName, rawName, type, config, pos: locate(node.offset) });
  }
  return out;
}
