// Go's strconv quoting rules: the parser unquotes literals with them and error
// messages (`%q`) quote with them, so both must match Go byte for byte.

const simpleEscapes: Record<string, string> = {
  a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\',
};

export class SyntaxError_ extends Error {
  constructor() {
    super('invalid syntax');
  }
}

/** strconv.UnquoteChar: one (possibly escaped) character of s at i; returns it and the next index. */
export function unquoteChar(s: string, i: number, quote: string): [string, number] {
  const c = s[i];
  if (c === undefined) throw new SyntaxError_();
  if (c === quote && (quote === "'" || quote === '"')) throw new SyntaxError_();
  if (c !== '\\') {
    const cp = s.codePointAt(i)!;
    return [String.fromCodePoint(cp), i + (cp > 0xffff ? 2 : 1)];
  }
  const e = s[i + 1];
  if (e === undefined) throw new SyntaxError_();
  if (e in simpleEscapes) return [simpleEscapes[e]!, i + 2];
  if (e === "'" || e === '"') {
    if (e !== quote) throw new SyntaxError_();
    return [e, i + 2];
  }
  if (e === 'x' || e === 'u' || e === 'U') {
    const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
    const hex = s.slice(i + 2, i + 2 + n);
    if (hex.length !== n || !/^[0-9a-fA-F]+$/.test(hex)) throw new SyntaxError_();
    const v = parseInt(hex, 16);
    if (e === 'x') return [String.fromCharCode(v), i + 2 + n]; // a byte; fine for ASCII
    if (v > 0x10ffff || (v >= 0xd800 && v < 0xe000)) throw new SyntaxError_();
    return [String.fromCodePoint(v), i + 2 + n];
  }
  if (e >= '0' && e <= '7') {
    const oct = s.slice(i + 1, i + 4);
    if (!/^[0-7]{3}$/.test(oct)) throw new SyntaxError_();
    const v = parseInt(oct, 8);
    if (v > 255) throw new SyntaxError_();
    return [String.fromCharCode(v), i + 4];
  }
  throw new SyntaxError_();
}

/** strconv.Unquote for "…", `…` and '…'. */
export function unquote(s: string): string {
  const q = s[0];
  if (s.length < 2 || s[s.length - 1] !== q) throw new SyntaxError_();
  const body = s.slice(1, -1);
  if (q === '`') {
    if (body.includes('`')) throw new SyntaxError_();
    return body.replace(/\r/g, '');
  }
  if (q !== '"' && q !== "'") throw new SyntaxError_();
  if (body.includes('\n')) throw new SyntaxError_();
  let out = '';
  let i = 0;
  while (i < body.length) {
    const [ch, next] = unquoteChar(body, i, q);
    out += ch;
    i = next;
    if (q === "'" && i < body.length) throw new SyntaxError_();
  }
  if (q === "'" && out.length === 0) throw new SyntaxError_();
  return out;
}

const printable = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

/** Go's unicode.IsPrint (letters, marks, numbers, punctuation, symbols and ASCII space). */
export function isPrint(ch: string): boolean {
  return printable.test(ch);
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/** strconv.Quote (asciiOnly=false), or QuoteToASCII when ascii is true (`%+q`). */
export function quote(s: string, ascii = false): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += '\\' + ch;
    else if (cp < 0x80 && isPrint(ch)) out += ch;
    else if (!ascii && cp >= 0x80 && isPrint(ch)) out += ch;
    else if (ch === '\x07') out += '\\a';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\v') out += '\\v';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + hex(cp, 2);
    else if (cp === 0xfffd) out += ascii ? '\\ufffd' : ch;
    else if (cp < 0x10000) out += '\\u' + hex(cp, 4);
    else out += '\\U' + hex(cp, 8);
  }
  return out + '"';
}

/** strconv.QuoteRune. */
export function quoteRune(cp: number): string {
  const ch = cp >= 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp < 0xe000) ? String.fromCodePoint(cp) : '\ufffd';
  if (ch === "'") return "'\\''";
  if (ch === '"') return `'"'`;
  const q = quote(ch);
  return "'" + q.slice(1, -1) + "'";
}

/** UTF-8 length of a JS string: Go reports byte columns. */
export function byteLength(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}
