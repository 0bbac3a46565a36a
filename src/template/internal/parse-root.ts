import type { JsonNode } from './json-node.js';
import { Fields } from './decode.js';
import { goKindName } from './go-format.js';
import { multiText, type Problem } from './problem.js';

/**
 * The first half of Packer's `template.Parse`: decode the root object into `rawTemplate`
 * (strict mapstructure), then reject unknown root keys (keys starting with `_` are comments and
 * must be strings). Each failure returns Packer's text for it, which is printed after
 * `Failed to parse template: `.
 */

export type ObjectNode = JsonNode & { kind: 'object' };

export interface RawTemplate {
  minVersion?: string;
  description?: string;
  builders: JsonNode[];
  provisioners: JsonNode[];
  postProcessors: JsonNode[];
  cleanupProvisioner?: JsonNode;
  variables?: ObjectNode;
  sensitiveVariables: string[];
  comments: Record<string, string>;
}

export type RootOutcome = { raw: RawTemplate } | { text: string; problems: Problem[] };

export function decodeRoot(root: JsonNode): RootOutcome {
  if (root.kind === 'null') return { raw: { builders: [], provisioners: [], postProcessors: [], sensitiveVariables: [], comments: {} } };
  if (root.kind !== 'object') {
    const text = `'' expected a map, got '${goKindName(root)}'`;
    return { text, problems: [{ message: text, offset: root.offset }] };
  }
  const f = new Fields(root, false);
  const list = (name: string): JsonNode[] => {
    const e = f.find(name);
    if (!e || e.value.kind === 'null') return [];
    if (e.value.kind === 'array') return e.value.items;
    f.fail(`'${name}': source data must be an array or slice, got ${goKindName(e.value)}`, e.value);
    return [];
  };
  const raw: RawTemplate = {
    builders: list('builders'),
    provisioners: list('Provisioners'),
    postProcessors: list('post-processors'),
    sensitiveVariables: f.stringList('sensitive-variables') ?? [],
    comments: {},
  };
  const minVersion = f.string('min_packer_version');
  if (minVersion !== undefined) raw.minVersion = minVersion;
  const description = f.string('Description');
  if (description !== undefined) raw.description = description;
  const variables = f.map('Variables');
  if (variables) raw.variables = variables;
  f.map('Push'); // legacy Atlas settings: decoded (so type errors show) and ignored
  decodeComments(f, raw);
  const cleanup = f.find('error-cleanup-provisioner');
  if (cleanup && cleanup.value.kind !== 'null') raw.cleanupProvisioner = cleanup.value;
  f.find('RawContents'); // a Go field mapstructure also matches: such a key is not "unknown"

  const decodeErr = f.error();
  if (decodeErr !== undefined) {
    // In the order mapstructure prints them (sorted), so the diagnostic points at the first one.
    const sorted = [...f.errors].sort((a, b) => (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
    return { text: decodeErr, problems: sorted.map((e) => ({ message: e.message, offset: e.node.offset, key: keyOf(root, e.node) })) };
  }
  return unusedKeys(root, f, raw);
}

function decodeComments(f: Fields, raw: RawTemplate): void {
  const e = f.find('Comments');
  if (!e || e.value.kind === 'null') return;
  if (e.value.kind !== 'array') {
    f.fail(`'Comments': source data must be an array or slice, got ${goKindName(e.value)}`, e.value);
    return;
  }
  for (const [i, item] of e.value.items.entries()) {
    if (item.kind !== 'object') {
      f.fail(`'Comments[${i}]' expected a map, got '${goKindName(item)}'`, item);
      continue;
    }
    const inner = new Fields(item, false);
    for (const c of item.entries) {
      const v = inner.toString(`Comments[${i}][${c.key}]`, c.value);
      if (v !== undefined) raw.comments[c.key] = v;
    }
    for (const err of inner.errors) f.fail(err.message, err.node);
  }
}

function unusedKeys(root: ObjectNode, f: Fields, raw: RawTemplate): RootOutcome {
  const unused = [...new Set(root.entries.filter((e) => !f.used.has(e)).map((e) => e.key))].sort();
  const problems: Problem[] = [];
  for (const key of unused) {
    const e = [...root.entries].reverse().find((x) => x.key === key)!;
    if (key.startsWith('_')) {
      if (e.value.kind !== 'string') {
        const text = `Failed to cast root level comment value in comment "${key}" to string.`;
        return { text, problems: [{ message: text, offset: e.value.offset, key }] };
      }
      raw.comments[key] = e.value.value;
      continue;
    }
    problems.push({ message: `Unknown root level key in template: '${key}'`, offset: e.keyOffset, key });
  }
  if (problems.length > 0) {
    return { text: multiText(problems), problems };
  }
  return { raw };
}

/** The root key under which `node` sits, for diagnostics. */
function keyOf(root: ObjectNode, node: JsonNode): string | undefined {
  for (const e of root.entries) if (e.value === node || contains(e.value, node)) return e.key;
  return undefined;
}

function contains(n: JsonNode, target: JsonNode): boolean {
  if (n === target) return true;
  if (n.kind === 'array') return n.items.some((i) => contains(i, target));
  if (n.kind === 'object') return n.entries.some((e) => contains(e.value, target));
  return false;
}
