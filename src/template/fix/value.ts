import type { JsonNode } from '../internal/json-node.js';

/**
 * A template as Go's `json.Decode` into `map[string]interface{}` holds it: objects are maps
 * (kept as `Map` so any key, `__proto__` included, is plain data), numbers are float64, and a
 * nil slice or map is `null`.
 */
export type GoValue = null | boolean | number | string | GoValue[] | GoMap;
export type GoMap = Map<string, GoValue>;

export function isMap(v: GoValue | undefined): v is GoMap {
  return v instanceof Map;
}

/** A fix that cannot go on: printed as `Error fixing: <message>`. */
export class FixError extends Error {
  override name = 'FixError';
}

/** Go's decoder: duplicate keys keep the last value; a lone surrogate becomes U+FFFD. */
export function fromJson(node: JsonNode): GoValue {
  switch (node.kind) {
    case 'object':
      return new Map(node.entries.map((e) => [wellFormed(e.key), fromJson(e.value)]));
    case 'array':
      return node.items.map(fromJson);
    case 'string':
      return wellFormed(node.value);
    case 'null':
      return null;
    default:
      return node.value;
  }
}

function wellFormed(s: string): string {
  return s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

/** reflect.Kind names, as mapstructure's errors print them. */
export function goKind(v: GoValue): string {
  if (v === null) return 'invalid';
  if (isMap(v)) return 'map';
  if (Array.isArray(v)) return 'slice';
  return typeof v === 'number' ? 'float64' : typeof v;
}

/** A builder's `type`, when it is a string (Go's `builder["type"].(string)` with ok). */
export function typeOf(m: GoMap | null): string | undefined {
  const t = m?.get('type');
  return typeof t === 'string' ? t : undefined;
}
