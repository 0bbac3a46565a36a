/**
 * How Go prints the values a plugin received over RPC, so that decode errors read exactly as
 * Packer's (mapstructure's `%v` and the Go type names of msgpack-decoded JSON values).
 */

/** Go's `%T` of a JSON value after Packer's template → RPC round trip. */
export function goTypeName(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return 'float64';
  if (Array.isArray(v)) return '[]interface {}';
  return 'map[interface {}]interface {}';
}

/** Go's reflect.Kind name, used by mapstructure's "expected a map, got '<kind>'". */
export function goKindName(v: unknown): string {
  if (v === null || v === undefined) return 'invalid';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return 'float64';
  if (Array.isArray(v)) return 'slice';
  return 'map';
}

/** Go's `%v`. Map keys are printed sorted, as fmt does since Go 1.12. */
export function goValue(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean' || typeof v === 'number') return goFloat(v);
  if (Array.isArray(v)) return `[${v.map(goValue).join(' ')}]`;
  const obj = v as Record<string, unknown>;
  const parts = Object.keys(obj)
    .sort()
    .map((k) => `${k}:${goValue(obj[k])}`);
  return `map[${parts.join(' ')}]`;
}

function goFloat(v: number | boolean): string {
  if (typeof v === 'boolean') return String(v);
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? '+Inf' : '-Inf';
  // Go's %v for float64 is %g with the shortest repr: exponent form from 1e21 up, as JS does.
  return String(v).replace(/e([+-])(\d)$/, 'e$10$2');
}

