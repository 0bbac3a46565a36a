// NumberNode construction (parse/node.go newNumber) with Go's strconv rules.
import type { NumberNode } from './nodes.js';
import { quote, unquoteChar } from './quote.js';

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

/** Go's underscoreOK: '_' only between digits or after a base prefix. */
function underscoreOK(s: string): boolean {
  let saw = '^';
  let i = 0;
  if (s[0] === '+' || s[0] === '-') s = s.slice(1);
  let hex = false;
  if (s.length >= 2 && s[0] === '0' && 'bBoOxX'.includes(s[1]!)) {
    i = 2;
    saw = '0';
    hex = s[1] === 'x' || s[1] === 'X';
  }
  for (; i < s.length; i++) {
    const c = s[i]!;
    if ((c >= '0' && c <= '9') || (hex && /[a-fA-F]/.test(c))) {
      saw = '0';
      continue;
    }
    if (c === '_') {
      if (saw !== '0') return false;
      saw = '_';
      continue;
    }
    if (saw === '_') return false;
    saw = '!';
  }
  return saw !== '_';
}

/** strconv.ParseInt/ParseUint with base 0; null on any error. */
function parseInteger(text: string, signed: boolean): bigint | null {
  let s = text;
  let neg = false;
  if (s[0] === '+' || s[0] === '-') {
    if (!signed) return null;
    neg = s[0] === '-';
    s = s.slice(1);
  }
  let base = 10;
  let digits = s;
  if (/^0[xX]/.test(s)) [base, digits] = [16, s.slice(2)];
  else if (/^0[oO]/.test(s)) [base, digits] = [8, s.slice(2)];
  else if (/^0[bB]/.test(s)) [base, digits] = [2, s.slice(2)];
  else if (s.length > 1 && s[0] === '0') [base, digits] = [8, s.slice(1)];
  if (s.includes('_') && !underscoreOK(text)) return null;
  digits = digits.replace(/_/g, '');
  const valid = { 2: /^[01]+$/, 8: /^[0-7]+$/, 10: /^[0-9]+$/, 16: /^[0-9a-fA-F]+$/ }[base]!;
  if (!valid.test(digits)) return null;
  let v = 0n;
  for (const c of digits) v = v * BigInt(base) + BigInt(parseInt(c, 16));
  if (neg) v = -v;
  if (signed ? v < INT64_MIN || v > INT64_MAX : v > UINT64_MAX) return null;
  return v;
}

/** strconv.ParseFloat(…, 64) for decimal and hex forms; null when malformed. */
function parseFloat64(text: string): number | null {
  if (text.includes('_') && !underscoreOK(text)) return null;
  const s = text.replace(/_/g, '');
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) {
    const f = Number(s);
    return Number.isFinite(f) ? f : null;
  }
  const m = /^([+-]?)0[xX]([0-9a-fA-F]*)\.?([0-9a-fA-F]*)[pP]([+-]?\d+)$/.exec(s);
  if (m && (m[2]! + m[3]!).length > 0) {
    const mant = parseInt((m[2]! + m[3]!) || '0', 16) / 16 ** m[3]!.length;
    const f = mant * 2 ** Number(m[4]);
    return m[1] === '-' ? -f : f;
  }
  return null;
}

export function newNumber(pos: number, text: string, isChar: boolean, isComplexItem: boolean): NumberNode {
  const n: NumberNode = {
    kind: 'number', pos, text, isInt: false, isUint: false, isFloat: false, isComplex: false, int: 0n, uint: 0n, float: 0,
  };
  if (isChar) {
    const [ch, next] = unquoteChar(text, 1, text[0]!);
    if (text.slice(next) !== "'") throw new Error(`malformed character constant: ${text}`);
    const cp = ch.codePointAt(0)!;
    Object.assign(n, { int: BigInt(cp), isInt: true, uint: BigInt(cp), isUint: true, float: cp, isFloat: true });
    return n;
  }
  if (isComplexItem || text.endsWith('i')) {
    throw new Error(`complex constants are not supported: ${text}`);
  }
  const u = parseInteger(text, false);
  if (u !== null) Object.assign(n, { isUint: true, uint: u });
  const i = parseInteger(text, true);
  if (i !== null) {
    Object.assign(n, { isInt: true, int: i });
    if (i === 0n) Object.assign(n, { isUint: true, uint: 0n });
  }
  if (n.isInt) Object.assign(n, { isFloat: true, float: Number(n.int) });
  else if (n.isUint) Object.assign(n, { isFloat: true, float: Number(n.uint) });
  else {
    const f = parseFloat64(text);
    if (f !== null) {
      if (!/[.eEpP]/.test(text)) throw new Error(`integer overflow: ${quote(text)}`);
      n.isFloat = true;
      n.float = f;
      if (Number.isInteger(f) && BigInt(f) >= INT64_MIN && BigInt(f) <= INT64_MAX) Object.assign(n, { isInt: true, int: BigInt(f) });
      if (Number.isInteger(f) && f >= 0 && BigInt(f) <= UINT64_MAX) Object.assign(n, { isUint: true, uint: BigInt(f) });
    }
  }
  if (!n.isInt && !n.isUint && !n.isFloat) throw new Error(`illegal number syntax: ${quote(text)}`);
  return n;
}
