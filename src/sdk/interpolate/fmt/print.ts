// Go's fmt.Sprint / Sprintf / Sprintln for the value model of exec/values.ts:
// the verbs templates use, Go's flags and width/precision, and Go's
// %!verb(type=value) / %!d(MISSING) / %!(EXTRA …) error forms.
import { quote, quoteRune } from '../parse/quote.js';
import { GoFloat, GoStruct, Iface, floatOf, kindOf, mapEntries, typeName } from '../exec/values.js';
import { formatFloat } from './float.js';

interface Flags {
  plus: boolean; minus: boolean; sharp: boolean; space: boolean; zero: boolean;
  width: number | null; prec: number | null;
}

const noFlags = (): Flags => ({ plus: false, minus: false, sharp: false, space: false, zero: false, width: null, prec: null });

function pad(s: string, f: Flags, numeric = false): string {
  if (f.width === null) return s;
  const n = [...s].length;
  if (n >= f.width) return s;
  const fill = f.width - n;
  if (f.minus) return s + ' '.repeat(fill);
  if (f.zero && numeric) {
    const sign = /^[+\- ]/.test(s) ? s[0]! : '';
    return sign + '0'.repeat(fill) + s.slice(sign.length);
  }
  if (f.zero && !numeric) return '0'.repeat(fill) + s;
  return ' '.repeat(fill) + s;
}

function withSign(s: string, neg: boolean, f: Flags): string {
  if (neg) return '-' + s;
  if (f.plus) return '+' + s;
  if (f.space) return ' ' + s;
  return s;
}

function fmtInt(v: number | bigint, verb: string, f: Flags): string | null {
  const b = BigInt(v);
  const neg = b < 0n;
  const abs = neg ? -b : b;
  let s: string;
  switch (verb) {
    case 'v': case 'd': s = abs.toString(10); break;
    case 'b': s = abs.toString(2); break;
    case 'o': case 'O': s = abs.toString(8); break;
    case 'x': s = abs.toString(16); break;
    case 'X': s = abs.toString(16).toUpperCase(); break;
    case 'c': return pad(String.fromCodePoint(Number(b)), f);
    case 'q': return pad(quoteRune(Number(b)), f);
    case 'U': {
      let u = 'U+' + abs.toString(16).toUpperCase().padStart(4, '0');
      if (f.sharp) u += ` '${String.fromCodePoint(Number(b))}'`;
      return pad(u, f);
    }
    default: return null;
  }
  if (f.prec !== null) s = f.prec === 0 && abs === 0n ? '' : s.padStart(f.prec, '0');
  if (verb === 'O') s = '0o' + s;
  else if (f.sharp) {
    if (verb === 'x') s = '0x' + s;
    else if (verb === 'X') s = '0X' + s;
    else if (verb === 'o' && !s.startsWith('0')) s = '0' + s;
    else if (verb === 'b') s = '0b' + s;
  }
  return pad(withSign(s, neg, f), f.prec !== null ? { ...f, zero: false } : f, true);
}

function fmtFloatVerb(x: number, verb: string, f: Flags): string | null {
  let s: string;
  switch (verb) {
    case 'v': case 'g': case 'G': s = formatFloat(x, verb === 'G' ? 'G' : 'g', f.prec ?? -1); break;
    case 'e': case 'E': case 'f': case 'F': s = formatFloat(x, verb === 'F' ? 'f' : verb, f.prec ?? 6); break;
    default: return null;
  }
  if (f.sharp && !s.includes('.') && /^[+-]?\d/.test(s)) {
    const m = /^([^eE]*)(.*)$/.exec(s)!;
    s = m[1] + '.' + m[2];
  }
  const neg = s.startsWith('-');
  if (neg) s = s.slice(1);
  if (s === 'Inf' || s === '+Inf') return pad(withSign('Inf', neg, { ...f, plus: f.plus || !neg }), { ...f, zero: false });
  return pad(withSign(s, neg, f), f, true);
}

function fmtString(s: string, verb: string, f: Flags): string | null {
  switch (verb) {
    case 'v': case 's':
      return pad(f.prec !== null ? [...s].slice(0, f.prec).join('') : s, f);
    case 'q':
      if (f.sharp && !/[`\x00-\x08\x0a-\x1f\x7f]/.test(s)) return pad('`' + s + '`', f);
      return pad(quote(f.prec !== null ? [...s].slice(0, f.prec).join('') : s, f.plus), f);
    case 'x': case 'X': {
      let bytes = [...Buffer.from(s, 'utf8')];
      if (f.prec !== null) bytes = bytes.slice(0, f.prec);
      const hs = bytes.map((b) => {
        const h = b.toString(16).padStart(2, '0');
        const x = verb === 'X' ? h.toUpperCase() : h;
        return f.sharp ? (verb === 'X' ? '0X' : '0x') + x : x;
      });
      return pad(hs.join(f.space ? ' ' : ''), f);
    }
    default: return null;
  }
}

function badVerb(v: unknown, verb: string): string {
  if (v === undefined || v === null) return `%!${verb}(<nil>)`;
  return `%!${verb}(${typeName(v)}=${printArg(v, 'v', noFlags(), 1)})`;
}

/** One operand formatted under one verb (fmt's printArg/printValue). */
export function printArg(v: unknown, verb: string, f: Flags, depth = 0): string {
  if (v instanceof Iface) v = v.value;
  if (verb === 'T') return pad(typeName(v), f);
  if (verb === 'v' && f.sharp) return pad(goSyntax(v, depth), f);
  const k = kindOf(v);
  let out: string | null = null;
  switch (k) {
    case 'invalid': case 'nil':
      if (verb === 'v') return pad(depth > 0 ? '<nil>' : '<nil>', f);
      return badVerb(v, verb);
    case 'bool':
      out = verb === 'v' || verb === 't' ? pad(String(v), f) : null;
      break;
    case 'int':
      out = fmtInt(v as number, verb, f);
      break;
    case 'float64':
      out = fmtFloatVerb(floatOf(v), verb, f);
      break;
    case 'string':
      out = fmtString(v as string, verb, f);
      break;
    case 'slice':
      return pad('[' + (v as unknown[]).map((e) => printArg(e, verb, { ...f, width: null }, depth + 1)).join(' ') + ']', { ...f, zero: false, width: null });
    case 'map':
      return 'map[' + mapEntries(v).map(([key, e]) => printArg(key, verb, f, depth + 1) + ':' + printArg(e, verb, f, depth + 1)).join(' ') + ']';
    case 'struct': {
      const st = v as GoStruct;
      const fields = st instanceof GoStruct ? Object.values(st.fields) : [];
      const body = '{' + fields.map((e) => printArg(e, verb, f, depth + 1)).join(' ') + '}';
      return (st instanceof GoStruct && st.typeName.startsWith('*') && depth === 0 ? '&' : '') + body;
    }
    case 'func':
      return verb === 'v' || verb === 'p' ? '0xc000000000' : badVerb(v, verb);
    default:
      break;
  }
  return out ?? badVerb(v, verb);
}

/** %#v: a Go-syntax representation of the value. */
function goSyntax(v: unknown, depth: number): string {
  if (v instanceof Iface) v = v.value;
  switch (kindOf(v)) {
    case 'invalid': case 'nil': return depth > 0 ? 'interface {}(nil)' : '<nil>';
    case 'string': return quote(v as string);
    case 'float64': return formatFloat(floatOf(v), 'g', -1);
    case 'slice': return '[]interface {}{' + (v as unknown[]).map((e) => goSyntax(e, depth + 1)).join(', ') + '}';
    case 'map': return 'map[string]interface {}{' + mapEntries(v).map(([k, e]) => `${quote(k)}:${goSyntax(e, depth + 1)}`).join(', ') + '}';
    default: return printArg(v, 'v', noFlags(), depth + 1);
  }
}

const isStringArg = (v: unknown): boolean => typeof unwrapOne(v) === 'string';
const unwrapOne = (v: unknown): unknown => (v instanceof Iface ? v.value : v);

/** fmt.Sprint: spaces between operands when neither side is a string. */
export function sprint(args: unknown[]): string {
  let out = '';
  args.forEach((a, i) => {
    if (i > 0 && !isStringArg(a) && !isStringArg(args[i - 1])) out += ' ';
    out += printArg(a, 'v', noFlags());
  });
  return out;
}

/** fmt.Sprintln: always spaces, then a newline. */
export function sprintln(args: unknown[]): string {
  return args.map((a) => printArg(a, 'v', noFlags())).join(' ') + '\n';
}

function intArg(v: unknown): number | null {
  const u = unwrapOne(v);
  return kindOf(u) === 'int' ? Number(u) : null;
}

/** fmt.Sprintf. */
export function sprintf(format: string, args: unknown[]): string {
  let out = '';
  let argNum = 0;
  let reordered = false;
  const n = format.length;
  let i = 0;
  while (i < n) {
    const pct = format.indexOf('%', i);
    if (pct < 0) {
      out += format.slice(i);
      break;
    }
    out += format.slice(i, pct);
    i = pct + 1;
    const f = noFlags();
    for (; i < n; i++) {
      const c = format[i];
      if (c === '#') f.sharp = true;
      else if (c === '0') f.zero = !f.minus;
      else if (c === '+') f.plus = true;
      else if (c === '-') {
        f.minus = true;
        f.zero = false;
      } else if (c === ' ') f.space = true;
      else break;
    }
    const argIndex = (): boolean => {
      const m = /^\[(\d+)\]/.exec(format.slice(i));
      if (!m) return true;
      i += m[0].length;
      reordered = true;
      const idx = Number(m[1]) - 1;
      if (idx < 0 || idx > args.length) return false;
      argNum = idx;
      return true;
    };
    let goodIndex = argIndex();
    if (format[i] === '*') {
      i++;
      const w = argNum < args.length ? intArg(args[argNum]) : null;
      argNum++;
      if (w === null) out += '%!(BADWIDTH)';
      else {
        f.width = Math.abs(w);
        if (w < 0) {
          f.minus = true;
          f.zero = false;
        }
      }
      goodIndex = argIndex() && goodIndex;
    } else {
      const m = /^\d+/.exec(format.slice(i));
      if (m) {
        f.width = Number(m[0]);
        i += m[0].length;
      }
    }
    if (format[i] === '.') {
      i++;
      goodIndex = argIndex() && goodIndex;
      if (format[i] === '*') {
        i++;
        const p = argNum < args.length ? intArg(args[argNum]) : null;
        argNum++;
        if (p === null || p < 0) out += '%!(BADPREC)';
        else f.prec = p;
        goodIndex = argIndex() && goodIndex;
      } else {
        const m = /^\d*/.exec(format.slice(i))!;
        f.prec = m[0] === '' ? 0 : Number(m[0]);
        i += m[0].length;
      }
    }
    if (i >= n) {
      out += '%!(NOVERB)';
      break;
    }
    const verb = String.fromCodePoint(format.codePointAt(i)!);
    i += verb.length;
    if (verb === '%') {
      out += '%';
      continue;
    }
    if (!goodIndex) {
      out += `%!${verb}(BADINDEX)`;
      continue;
    }
    if (argNum >= args.length) {
      out += `%!${verb}(MISSING)`;
      continue;
    }
    const a = args[argNum++];
    if (verb === 'w') {
      out += badVerb(a, verb);
      continue;
    }
    out += printArg(a, verb, f);
  }
  if (!reordered && argNum < args.length) {
    out += '%!(EXTRA ' + args.slice(argNum).map((a) => {
      const u = unwrapOne(a);
      return u === undefined || u === null ? '<nil>' : `${typeName(u)}=${printArg(u, 'v', noFlags())}`;
    }).join(', ') + ')';
  }
  return out;
}

export { GoFloat };
