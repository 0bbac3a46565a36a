import { byBytes } from './decode.js';
import { isMap, type GoValue } from './value.js';

/**
 * `packer fix`'s output: json.Encoder (map keys sorted bytewise, `&`, `<`, `>`, U+2028 and
 * U+2029 escaped, float64 in Go's shortest form) then json.Indent with two spaces and the
 * encoder's trailing newline; finally Packer turns `\u003c` and `\u003e` back into `<` and `>`
 * (anywhere in the text, as its strings.Replace does).
 */
export function encodeFixed(v: GoValue): string {
  return `${encode(v, '')}\n`.replaceAll('\\u003c', '<').replaceAll('\\u003e', '>');
}

function encode(v: GoValue, indent: string): string {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return goFloat(v);
  if (typeof v === 'string') return goString(v);
  const inner = `${indent}  `;
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    return `[\n${v.map((x) => inner + encode(x, inner)).join(',\n')}\n${indent}]`;
  }
  if (!isMap(v) || v.size === 0) return '{}';
  const keys = [...v.keys()].sort(byBytes);
  return `{\n${keys.map((k) => `${inner}${goString(k)}: ${encode(v.get(k)!, inner)}`).join(',\n')}\n${indent}}`;
}

/** encoding/json floatEncoder for float64: JavaScript's shortest form agrees except for -0. */
export function goFloat(f: number): string {
  if (Object.is(f, -0)) return '-0';
  return String(f);
}

const HEX = '0123456789abcdef';

/** encoding/json `encodeState.string` with HTML escaping (Go 1.15). */
export function goString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || ch === '<' || ch === '>' || ch === '&') out += `\\u00${HEX[c >> 4]}${HEX[c & 0xf]}`;
    else if (c === 0x2028 || c === 0x2029) out += `\\u${c.toString(16)}`;
    else out += ch;
  }
  return `${out}"`;
}
