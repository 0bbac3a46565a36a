import { FixError, goKind, isMap, type GoMap, type GoValue } from './value.js';

/**
 * What the fixers' `mapstructure.Decode`/`WeakDecode` calls do with the decoded template:
 * the same results (a nil list stays `null`, an empty one stays `[]`) and the same error text,
 * because `packer fix` prints those errors as they are.
 */

/** mapstructure.Error: its messages sorted, under a count. */
export function decodingError(messages: string[]): FixError {
  const points = messages.map((m) => `* ${m}`).sort(byBytes);
  return new FixError(`${messages.length} error(s) decoding:\n\n${points.join('\n')}`);
}

/** Go compares strings byte by byte (UTF-8), not by UTF-16 unit. */
export function byBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/** A struct field's value: the exact key first, then any key equal under case folding. */
function field(input: GoMap, name: string): GoValue {
  if (input.has(name)) return input.get(name)!;
  for (const [k, v] of input) if (k.toLowerCase() === name.toLowerCase()) return v;
  return null;
}

/** `Builders []map[string]interface{}` (strict): messages go to `errors`. */
function mapList(v: GoValue, name: string, errors: string[]): GoMap[] | null {
  if (v === null) return null;
  if (!Array.isArray(v)) {
    errors.push(`'${name}': source data must be an array or slice, got ${goKind(v)}`);
    return null;
  }
  const out: GoMap[] = [];
  v.forEach((item, i) => {
    if (isMap(item)) out.push(item);
    else if (item === null) throw new FixError(`${name.toLowerCase()} ${i + 1} is null (Packer 1.6.6 crashes on this template)`);
    else errors.push(`'${name}[${i}]' expected a map, got '${goKind(item)}'`);
  });
  return out;
}

/** `PostProcessors []interface{}` tagged `post-processors` (strict). */
function anyList(v: GoValue, name: string, errors: string[]): GoValue[] | null {
  if (v === null) return null;
  if (!Array.isArray(v)) {
    errors.push(`'${name}': source data must be an array or slice, got ${goKind(v)}`);
    return null;
  }
  return v;
}

export interface Decoded {
  builders: GoMap[] | null;
  postProcessors: GoValue[] | null;
}

/** Decodes the fields a fixer's template struct declares, all errors at once. */
export function decodeTemplate(input: GoMap, fields: { builders?: boolean; postProcessors?: boolean }): Decoded {
  const errors: string[] = [];
  const builders = fields.builders ? mapList(field(input, 'Builders'), 'Builders', errors) : null;
  const postProcessors = fields.postProcessors ? anyList(field(input, 'post-processors'), 'post-processors', errors) : null;
  if (errors.length > 0) throw decodingError(errors);
  return { builders, postProcessors };
}

export function decodeBuilders(input: GoMap): GoMap[] | null {
  return decodeTemplate(input, { builders: true }).builders;
}

export function decodePostProcessors(input: GoMap): GoValue[] | null {
  return decodeTemplate(input, { postProcessors: true }).postProcessors;
}

/** `WeakDecode` into `[]interface{}`: a lone value is lifted into a list, an empty map is `[]`. */
export function weakList(input: GoMap, name: 'Builders' | 'Provisioners'): GoValue[] {
  const v = field(input, name);
  if (v === null) return [];
  if (Array.isArray(v)) return [...v];
  if (isMap(v) && v.size === 0) return [];
  return [v];
}

/** `WeakDecode` into `map[string]interface{}` (a copy); a list of maps merges into one. */
export function weakMap(v: GoValue, name: string): GoMap | null {
  if (v === null) return null;
  if (isMap(v)) return new Map(v);
  if (Array.isArray(v)) {
    const out: GoMap = new Map();
    v.forEach((item, i) => {
      const m = weakMap(item, `${name}[${i}]`);
      if (m) for (const [k, x] of m) out.set(k, x);
    });
    return out;
  }
  throw new FixError(`'${name}' expected a map, got '${goKind(v)}'`);
}

/** Strict `Decode` into a map: a copy, or undefined where mapstructure fails. */
export function strictMap(v: GoValue): GoMap | undefined {
  return isMap(v) ? new Map(v) : undefined;
}

/** helpers.go `ppList`: every post-processor map, chains flattened, names (strings) skipped. */
export function ppList(pps: GoValue[] | null): GoMap[] {
  const out: GoMap[] = [];
  for (const pp of pps ?? []) {
    if (isMap(pp)) out.push(pp);
    else if (Array.isArray(pp)) for (const inner of pp) if (isMap(inner)) out.push(inner);
  }
  return out;
}
