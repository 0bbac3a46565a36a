import { parseDurationNs } from '../duration.js';
import { goKindName, goTypeName, goValue } from './go-format.js';
import type { FieldKind } from './spec.js';

/**
 * mapstructure's decoding with WeaklyTypedInput, one function per target kind. Each pushes
 * mapstructure's own error text onto `errs` (named by the full key path) and returns undefined
 * when the value cannot be converted.
 */
type Errs = string[];

const isMap = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function unconvertible(name: string, want: string, v: unknown, errs: Errs): undefined {
  errs.push(`'${name}' expected type '${want}', got unconvertible type '${goTypeName(v)}', value: '${goValue(v)}'`);
  return undefined;
}

export function weakString(name: string, v: unknown, errs: Errs): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? '1' : '0';
  if (typeof v === 'number') return goNumberString(v);
  return unconvertible(name, 'string', v, errs);
}

/** strconv.FormatFloat(f, 'f', -1, 64) for floats, FormatInt for whole numbers. */
function goNumberString(v: number): string {
  if (Number.isInteger(v) && Math.abs(v) < 1e21) return v.toFixed(0);
  return String(v);
}

export function weakInt(name: string, v: unknown, errs: Errs): number | undefined {
  if (typeof v === 'number') return Math.trunc(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') {
    const text = v === '' ? '0' : v;
    // strconv.ParseInt(s, 0, 64): decimal, 0x, 0o/0 and 0b prefixes, optional sign.
    const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO]?[0-7]+|[1-9]\d*|0)$/.exec(text);
    if (!m) {
      errs.push(`cannot parse '${name}' as int: strconv.ParseInt: parsing ${JSON.stringify(v)}: invalid syntax`);
      return undefined;
    }
    const body = m[2]!;
    let n: number;
    if (/^0[xX]/.test(body)) n = parseInt(body.slice(2), 16);
    else if (/^0[bB]/.test(body)) n = parseInt(body.slice(2), 2);
    else if (/^0[oO]/.test(body)) n = parseInt(body.slice(2), 8);
    else if (body.length > 1 && body.startsWith('0')) n = parseInt(body.slice(1), 8);
    else n = parseInt(body, 10);
    return m[1] === '-' ? -n : n;
  }
  return unconvertible(name, 'int', v, errs);
}

const goTrue = ['1', 't', 'T', 'TRUE', 'true', 'True'];
const goFalse = ['0', 'f', 'F', 'FALSE', 'false', 'False'];

export function weakBool(name: string, v: unknown, errs: Errs): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') {
    if (v === '' || goFalse.includes(v)) return false;
    if (goTrue.includes(v)) return true;
    errs.push(`cannot parse '${name}' as bool: strconv.ParseBool: parsing ${JSON.stringify(v)}: invalid syntax`);
    return undefined;
  }
  return unconvertible(name, 'bool', v, errs);
}

/** Packer's StringToTimeDurationHookFunc for strings; numbers are nanoseconds as in Go. */
export function weakDuration(name: string, v: unknown, errs: Errs): number | undefined {
  if (typeof v === 'string') {
    try {
      return Number(parseDurationNs(v)) / 1e6;
    } catch (e) {
      errs.push(`error decoding '${name}': ${(e as Error).message}`);
      return undefined;
    }
  }
  const ns = weakInt(name, v, errs);
  return ns === undefined ? undefined : ns / 1e6;
}

/** Weak input lifts a single value into a one-element list; an empty map is an empty list. */
function weakList<T>(
  name: string,
  v: unknown,
  errs: Errs,
  elem: (n: string, x: unknown, e: Errs) => T | undefined,
  zero: T,
) {
  let items: unknown[];
  if (Array.isArray(v)) items = v;
  else if (isMap(v) && Object.keys(v).length === 0) items = [];
  else items = [v];
  const out: T[] = [];
  const before = errs.length;
  items.forEach((x, i) => {
    const d = x === null ? zero : elem(`${name}[${i}]`, x, errs);
    if (d !== undefined) out.push(d);
  });
  return errs.length > before ? undefined : out;
}

export function weakStringMap(name: string, v: unknown, errs: Errs): Record<string, string> | undefined {
  let maps: Record<string, unknown>[];
  if (isMap(v)) maps = [v];
  else if (Array.isArray(v) && v.every(isMap)) maps = v; // weak input merges a list of maps
  else {
    errs.push(`'${name}' expected a map, got '${goKindName(v)}'`);
    return undefined;
  }
  const out: Record<string, string> = {};
  const before = errs.length;
  for (const m of maps) {
    for (const [k, x] of Object.entries(m)) {
      // Keys arrive as interface{} over RPC, hence mapstructure's odd element name.
      const s = x === null ? '' : weakString(`${name}[<interface {} Value>]`, x, errs);
      if (s !== undefined) out[k] = s;
    }
  }
  return errs.length > before ? undefined : out;
}

export function decodeKind(kind: FieldKind, name: string, v: unknown, errs: Errs): unknown {
  switch (kind) {
    case 'string':
      return weakString(name, v, errs);
    case 'int':
      return weakInt(name, v, errs);
    case 'bool':
      return weakBool(name, v, errs);
    case 'duration':
      return weakDuration(name, v, errs);
    case 'string-list':
      return weakList(name, v, errs, weakString, '');
    case 'int-list':
      return weakList(name, v, errs, weakInt, 0);
    case 'string-map':
      return weakStringMap(name, v, errs);
    case 'any':
      return v;
  }
}
