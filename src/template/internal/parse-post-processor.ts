import type { PostProcessorDef } from '../model.js';
import { Fields } from './decode.js';
import { toValue, type JsonNode } from './json-node.js';
import type { ObjectNode } from './parse-root.js';
import type { Add, Locate } from './parse-template.js';

/**
 * Post-processors: each top-level entry is one chain — a type name, an object, or a sequence of
 * names and objects (nested sequences are refused). Decoded strictly (no weak typing), with
 * Packer's `post-processor i.j:` numbering.
 */

export function postProcessors(nodes: JsonNode[], add: Add, locate: Locate): PostProcessorDef[][] {
  const chains: PostProcessorDef[][] = [];
  for (const [i, node] of nodes.entries()) {
    const steps = chainOf(node, i, add);
    if (!steps) continue;
    const chain: PostProcessorDef[] = [];
    for (const [j, step] of steps.entries()) {
      const key = node.kind === 'array' ? `post-processors[${i}][${j}]` : `post-processors[${i}]`;
      const pp = step.kind === 'string' ? stringStep(step, locate) : objectStep(step, `post-processor ${i + 1}.${j + 1}`, key, add, locate);
      if (pp) chain.push(pp);
    }
    chains.push(chain);
  }
  return chains;
}

/** Packer's `parsePostProcessor`: a name, an object, or a sequence of names and objects. */
function chainOf(node: JsonNode, i: number, add: Add): Array<ObjectNode | (JsonNode & { kind: 'string' })> | undefined {
  if (node.kind === 'string' || node.kind === 'object') return [node];
  if (node.kind !== 'array') {
    add(`post-processor ${i + 1}: bad format`, node, `post-processors[${i}]`);
    return undefined;
  }
  let ok = true;
  const steps: Array<ObjectNode | (JsonNode & { kind: 'string' })> = [];
  for (const [j, inner] of node.items.entries()) {
    if (inner.kind === 'string' || inner.kind === 'object') steps.push(inner);
    else {
      ok = false;
      const what = inner.kind === 'array' ? 'sequence not allowed to be nested in a sequence' : 'unknown format';
      add(`post-processor ${i + 1}.${j + 1}: ${what}`, inner, `post-processors[${i}][${j}]`);
    }
  }
  return ok ? steps : undefined;
}

function stringStep(node: JsonNode & { kind: 'string' }, locate: Locate): PostProcessorDef | undefined {
  return { type: node.value, name: node.value, config: {}, only: [], except: [], pos: locate(node.offset) };
}

function objectStep(node: ObjectNode, label: string, key: string, add: Add, locate: Locate): PostProcessorDef | undefined {
  const f = new Fields(node, false);
  const only = f.stringList('Only') ?? [];
  const except = f.stringList('Except') ?? [];
  const name = f.string('Name') ?? '';
  const type = f.string('Type') ?? '';
  const keep = f.bool('keep_input_artifact');
  f.map('Config');
  const err = f.error();
  if (err !== undefined) {
    add(`${label}: ${err}`, f.errors[0]!.node, key);
    return undefined;
  }
  if (type === '') {
    add(`${label}: type is required`, node, `${key}.type`);
    return undefined;
  }
  const config = toValue(node) as Record<string, unknown>;
  for (const k of ['except', 'only', 'keep_input_artifact', 'type', 'name']) delete config[k];
  const pp: PostProcessorDef = { type, name: name === '' ? type : name, config, only, except, pos: locate(node.offset) };
  if (keep !== undefined) pp.keepInputArtifact = keep;
  return pp;
}
