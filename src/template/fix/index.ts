// `packer fix`: Packer 1.6.6's fixers over a JSON template, and its output and checks.

import { encodeFixed } from './encode.js';
import { fixerOrder } from './fixers/index.js';
import { fromJson, isMap, type GoMap } from './value.js';
import type { JsonNode } from '../internal/json-node.js';
import { JsonSyntaxError, readFirstJsonValue } from '../internal/json-reader.js';

export { checkFixed } from './validate-fixed.js';
export { encodeFixed } from './encode.js';
export { fixerOrder } from './fixers/index.js';
export type { Fixer } from './fixer.js';
export { FixError, type GoMap, type GoValue } from './value.js';

/** `Error parsing template: …` (Go's json.Decoder into map[string]interface{}). */
export class FixParseError extends Error {
  override name = 'FixParseError';
}

/** Decodes the template's first JSON value as Go does; throws FixParseError with Go's text. */
export function decodeForFix(bytes: Uint8Array): GoMap {
  let root;
  try {
    root = readFirstJsonValue(bytes).root;
  } catch (err) {
    if (err instanceof JsonSyntaxError) throw new FixParseError(err.message);
    throw err;
  }
  const big = findInfinite(root);
  if (big !== undefined) throw new FixParseError(`json: cannot unmarshal number ${big} into Go value of type float64`);
  if (root.kind === 'null') throw new FixParseError('the template is null (Packer 1.6.6 crashes on it)');
  if (root.kind !== 'object') {
    throw new FixParseError(`json: cannot unmarshal ${root.kind} into Go value of type map[string]interface {}`);
  }
  const v = fromJson(root);
  if (!isMap(v)) throw new FixParseError('the template is not an object');
  return v;
}

/** A number too large for a float64 (Go refuses it; JavaScript would make it Infinity). */
function findInfinite(node: JsonNode): string | undefined {
  if (node.kind === 'number') return Number.isFinite(node.value) ? undefined : node.text;
  const children = node.kind === 'array' ? node.items : node.kind === 'object' ? node.entries.map((e) => e.value) : [];
  for (const child of children) {
    const text = findInfinite(child);
    if (text !== undefined) return text;
  }
  return undefined;
}

/** Runs every fixer in Packer's order; a FixError names what stopped it. */
export function fixTemplate(input: GoMap): GoMap {
  let out = input;
  for (const fixer of fixerOrder) out = fixer.fix(out);
  return out;
}

/** The text `packer fix` prints for a template (before the final newline its Ui adds). */
export function fixText(bytes: Uint8Array): string {
  return encodeFixed(fixTemplate(decodeForFix(bytes)));
}
