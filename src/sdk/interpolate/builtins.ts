// text/template's predefined functions (funcs.go). `and`, `or` and `call` are
// special-cased by the executor as in Go; the rest are plain signatures here.
import { goFunc, type GoFunc } from './exec/signature.js';
import { GoStruct, Iface, floatOf, kindOf, lengthOf, mapGet, typeName, unwrap, type Kind } from './exec/values.js';
import { printArg, sprint, sprintf, sprintln } from './fmt/print.js';
import { isPrint } from './parse/quote.js';

export function truth(v: unknown): boolean {
  return isTrue(unwrap(v))[0];
}

/** template.IsTrue. */
export function isTrue(v: unknown): [truth: boolean, ok: boolean] {
  switch (kindOf(v)) {
    case 'invalid': return [false, true];
    case 'nil': return [false, true];
    case 'string': case 'slice': case 'map': return [lengthOf(v) > 0, true];
    case 'bool': return [v as boolean, true];
    case 'int': case 'float64': return [floatOf(v) !== 0, true];
    case 'func': return [true, true];
    case 'struct': return [true, true];
    case 'interface': return isTrue((v as Iface).value);
  }
}

function indexArg(index: unknown, cap: number): number {
  const k = kindOf(index);
  if (k === 'invalid' || k === 'nil') throw new Error('cannot index slice/array with nil');
  if (k !== 'int') throw new Error(`cannot index slice/array with type ${typeName(index)}`);
  const x = Number(index);
  if (x < 0 || x > cap) throw new Error(`index out of range: ${x}`);
  return x;
}

function index(item: unknown, ...indexes: unknown[]): unknown {
  item = unwrap(item);
  if (item === undefined || item === null) throw new Error('index of untyped nil');
  for (let idx of indexes) {
    idx = unwrap(idx);
    if (item === null) throw new Error('index of nil pointer');
    switch (kindOf(item)) {
      case 'string': {
        const buf = Buffer.from(item as string, 'utf8');
        const x = indexArg(idx, buf.length);
        if (x === buf.length) throw new Error(`reflect: string index out of range`);
        item = buf[x];
        break;
      }
      case 'slice': {
        const arr = item as unknown[];
        const x = indexArg(idx, arr.length);
        if (x === arr.length) throw new Error(`reflect: slice index out of range`);
        item = new Iface(arr[x]);
        break;
      }
      case 'map': {
        if (typeof idx !== 'string') {
          if (idx === undefined || idx === null) throw new Error('value is nil; should be of type string');
          throw new Error(`value has type ${typeName(idx)}; should be string`);
        }
        const r = mapGet(item, idx);
        item = r.found ? new Iface(r.value) : null;
        break;
      }
      default:
        throw new Error(`can't index item of type ${typeName(item)}`);
    }
    item = unwrap(item);
  }
  return item;
}

function slice(item: unknown, ...indexes: unknown[]): unknown {
  item = unwrap(item);
  if (item === undefined || item === null) throw new Error('slice of untyped nil');
  if (indexes.length > 3) throw new Error(`too many slice indexes: ${indexes.length}`);
  let cap: number;
  const k = kindOf(item);
  let bytes: Buffer | null = null;
  if (k === 'string') {
    if (indexes.length === 3) throw new Error('cannot 3-index slice a string');
    bytes = Buffer.from(item as string, 'utf8');
    cap = bytes.length;
  } else if (k === 'slice') cap = (item as unknown[]).length;
  else throw new Error(`can't slice item of type ${typeName(item)}`);
  const idx = [0, cap, cap];
  indexes.forEach((x, i) => {
    idx[i] = indexArg(unwrap(x), cap);
  });
  if (idx[0]! > idx[1]!) throw new Error(`invalid slice index: ${idx[0]} > ${idx[1]}`);
  if (indexes.length === 3 && idx[1]! > idx[2]!) throw new Error(`invalid slice index: ${idx[1]} > ${idx[2]}`);
  if (bytes) return bytes.subarray(idx[0], idx[1]).toString('utf8');
  return (item as unknown[]).slice(idx[0], idx[1]);
}

function length(item: unknown): number {
  item = unwrap(item);
  const k = kindOf(item);
  if (k === 'nil') throw new Error('len of nil pointer');
  if (k === 'string' || k === 'slice' || k === 'map') return lengthOf(item);
  if (k === 'invalid') throw new Error('reflect: call of reflect.Value.Type on zero Value'); // sic, Go's panic text
  throw new Error(`len of type ${typeName(item)}`);
}

type Basic = 'bool' | 'int' | 'float' | 'string' | 'invalid';
function basicKind(v: unknown): Basic {
  const k: Kind = kindOf(v);
  if (k === 'bool' || k === 'int' || k === 'string') return k;
  if (k === 'float64') return 'float';
  return 'invalid';
}

const errBadComparisonType = 'invalid type for comparison';

function eq(arg1: unknown, ...arg2: unknown[]): boolean {
  arg1 = unwrap(arg1);
  if (arg2.length === 0) throw new Error('missing argument for comparison');
  const k1 = basicKind(arg1);
  for (let arg of arg2) {
    arg = unwrap(arg);
    const k2 = basicKind(arg);
    let t = false;
    if (k1 !== k2) {
      const valid = (x: unknown): boolean => x !== undefined && x !== null;
      if (valid(arg1) && valid(arg)) throw new Error(`incompatible types for comparison: ${typeName(arg1)} and ${typeName(arg)}`);
    } else if (k1 === 'float') t = floatOf(arg1) === floatOf(arg);
    else if (k1 !== 'invalid') t = arg1 === arg;
    else {
      const nil1 = arg1 === undefined || arg1 === null;
      const nil2 = arg === undefined || arg === null;
      if (nil1 || nil2) t = nil1 === nil2;
      else if (kindOf(arg1) !== kindOf(arg)) {
        throw new Error(`non-comparable types ${printArg(arg1, 'v', { plus: false, minus: false, sharp: false, space: false, zero: false, width: null, prec: null })}: ${typeName(arg1)}, ${typeName(arg)}: ${sprint([arg])}`);
      } else if (arg1 instanceof GoStruct || kindOf(arg1) === 'func') t = arg1 === arg;
      else throw new Error(`non-comparable type ${sprint([arg])}: ${typeName(arg)}`);
    }
    if (t) return true;
  }
  return false;
}

function lt(arg1: unknown, arg2: unknown): boolean {
  arg1 = unwrap(arg1);
  arg2 = unwrap(arg2);
  const k1 = basicKind(arg1);
  if (k1 === 'invalid') throw new Error(errBadComparisonType);
  const k2 = basicKind(arg2);
  if (k2 === 'invalid') throw new Error(errBadComparisonType);
  if (k1 !== k2) throw new Error(`incompatible types for comparison: ${typeName(arg1)} and ${typeName(arg2)}`);
  if (k1 === 'bool') throw new Error(errBadComparisonType);
  if (k1 === 'float') return floatOf(arg1) < floatOf(arg2);
  if (k1 === 'string') return Buffer.compare(Buffer.from(arg1 as string), Buffer.from(arg2 as string)) < 0;
  return (arg1 as number) < (arg2 as number);
}
const le = (a: unknown, b: unknown): boolean => lt(a, b) || eq(a, b);

/** template.HTMLEscapeString. */
function htmlEscape(s: string): string {
  return s.replace(/[\0"'&<>]/g, (c) => ({ '\0': '\uFFFD', '"': '&#34;', "'": '&#39;', '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
}

/** template.JSEscapeString. */
function jsEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    const special: Record<string, string> = { '\\': '\\\\', "'": "\\'", '"': '\\"', '<': '\\u003C', '>': '\\u003E', '&': '\\u0026', '=': '\\u003D' };
    if (special[ch]) out += special[ch];
    else if (cp < 0x20) out += '\\u00' + cp.toString(16).toUpperCase().padStart(2, '0');
    else if (cp < 0x80) out += ch;
    else if (isPrint(ch)) out += ch;
    else out += '\\u' + cp.toString(16).toUpperCase().padStart(4, '0');
  }
  return out;
}

/** url.QueryEscape. */
function queryEscape(s: string): string {
  let out = '';
  for (const b of Buffer.from(s, 'utf8')) {
    const c = String.fromCharCode(b);
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
    else if (c === ' ') out += '+';
    else out += '%' + b.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

/** evalArgs of funcs.go: a lone string as is, otherwise fmt.Sprint. */
function evalArgs(args: unknown[]): string {
  if (args.length === 1 && typeof unwrap(args[0]) === 'string') return unwrap(args[0]) as string;
  return sprint(args);
}

export const builtinFuncs: Record<string, GoFunc> = {
  and: goFunc(['value'], () => undefined, 'value'),
  or: goFunc(['value'], () => undefined, 'value'),
  call: goFunc(['value'], () => undefined, 'value'),
  html: goFunc([], (...a: unknown[]) => htmlEscape(evalArgs(a)), 'any'),
  index: goFunc(['value'], index, 'value'),
  slice: goFunc(['value'], slice, 'value'),
  js: goFunc([], (...a: unknown[]) => jsEscape(evalArgs(a)), 'any'),
  len: goFunc(['value'], length),
  not: goFunc(['value'], (v: unknown) => !truth(v)),
  print: goFunc([], (...a: unknown[]) => sprint(a), 'any'),
  printf: goFunc(['string'], (f: string, ...a: unknown[]) => sprintf(f, a), 'any'),
  println: goFunc([], (...a: unknown[]) => sprintln(a), 'any'),
  urlquery: goFunc([], (...a: unknown[]) => queryEscape(evalArgs(a)), 'any'),
  eq: goFunc(['value'], eq, 'value'),
  ge: goFunc(['value', 'value'], (a: unknown, b: unknown) => !lt(a, b)),
  gt: goFunc(['value', 'value'], (a: unknown, b: unknown) => !le(a, b)),
  le: goFunc(['value', 'value'], le),
  lt: goFunc(['value', 'value'], lt),
  ne: goFunc(['value', 'value'], (a: unknown, b: unknown) => !eq(a, b)),
};
