// How Go values are represented here. Templates only see a few Go types, and
// error messages name them, so each JS value maps to one Go type name:
//   undefined          the invalid reflect.Value (missing key, untyped nil)
//   null               a nil interface{}
//   string, boolean    string, bool
//   number             int when integral, float64 otherwise
//   GoFloat            a float64 that happens to be integral (`1.0` in a template)
//   Array              []interface {}
//   plain object, Map  map[string]interface {}
//   GoStruct           a named struct (pointer), e.g. *shell_local.ExecuteCommandTemplate
//   Iface              a value read out of an interface{}-typed container: Go reports its
//                      static type "interface {}" until the pipeline unwraps it

export class GoFloat {
  constructor(readonly value: number) {}
}

/** Data that behaves like a Go struct: a missing field is an error naming `typeName`. */
export class GoStruct {
  constructor(
    readonly typeName: string,
    readonly fields: Readonly<Record<string, unknown>>,
  ) {}
}

export class Iface {
  constructor(readonly value: unknown) {}
}

export const MISSING: unique symbol = Symbol('missingVal');

export type Kind = 'invalid' | 'nil' | 'string' | 'bool' | 'int' | 'float64' | 'slice' | 'map' | 'struct' | 'func' | 'interface';

export function unwrap(v: unknown): unknown {
  return v instanceof Iface ? v.value : v;
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

export function kindOf(v: unknown): Kind {
  if (v === undefined) return 'invalid';
  if (v === null) return 'nil';
  switch (typeof v) {
    case 'string': return 'string';
    case 'boolean': return 'bool';
    case 'number': return Number.isInteger(v) ? 'int' : 'float64';
    case 'bigint': return 'int';
    case 'function': return 'func';
  }
  if (v instanceof GoFloat) return 'float64';
  if (v instanceof Iface) return 'interface';
  if (v instanceof GoStruct) return 'struct';
  if (Array.isArray(v)) return 'slice';
  if (v instanceof Map || isRecord(v)) return 'map';
  return 'struct';
}

/** The Go type name as reflect.Type.String() would print it. */
export function typeName(v: unknown): string {
  switch (kindOf(v)) {
    case 'invalid': case 'nil': return '<nil>';
    case 'string': return 'string';
    case 'bool': return 'bool';
    case 'int': return 'int';
    case 'float64': return 'float64';
    case 'slice': return '[]interface {}';
    case 'map': return 'map[string]interface {}';
    case 'func': return 'func(...interface {}) (interface {}, error)';
    case 'interface': return 'interface {}';
    case 'struct': return v instanceof GoStruct ? v.typeName : 'struct {}';
  }
}

export function floatOf(v: unknown): number {
  return v instanceof GoFloat ? v.value : Number(v);
}

/** Entries of a map value, keys sorted as Go's fmtsort does for strings. */
export function mapEntries(v: unknown): [string, unknown][] {
  const entries: [string, unknown][] = v instanceof Map ? [...v.entries()].map(([k, x]) => [String(k), x]) : Object.entries(v as object);
  return entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

export function mapGet(m: unknown, key: string): { found: boolean; value: unknown } {
  if (m instanceof Map) return { found: m.has(key), value: m.get(key) };
  const rec = m as Record<string, unknown>;
  return Object.prototype.hasOwnProperty.call(rec, key) ? { found: true, value: rec[key] } : { found: false, value: undefined };
}

export function lengthOf(v: unknown): number {
  if (typeof v === 'string') return Buffer.byteLength(v);
  if (Array.isArray(v)) return v.length;
  if (v instanceof Map) return v.size;
  return Object.keys(v as object).length;
}
