import type { JsonNode } from './json-node.js';

/**
 * How Go prints the values Packer's error messages embed (mapstructure's `%T`/`%v`, json's
 * `quoteChar`), so our messages match Packer's byte for byte.
 */

/** encoding/json `quoteChar`: the offending byte as Go shows it in a syntax error. */
export function goQuoteChar(c: number): string {
  if (c === 0x27) return `'\\''`;
  if (c === 0x22) return `'"'`;
  return `'${goQuoteRune(c)}'`;
}

/** strconv.Quote of one rune, without the surrounding quotes. */
function goQuoteRune(cp: number): string {
  const special: Record<number, string> = { 7: '\\a', 8: '\\b', 12: '\\f', 10: '\\n', 13: '\\r', 9: '\\t', 11: '\\v', 0x5c: '\\\\' };
  if (special[cp] !== undefined) return special[cp]!;
  if (cp < 0x20 || cp === 0x7f) return `\\x${cp.toString(16).padStart(2, '0')}`;
  // Latin-1 runes that Go's unicode.IsPrint rejects: C1 controls, NBSP, soft hyphen.
  if ((cp >= 0x80 && cp <= 0xa0) || cp === 0xad) return `\\u${cp.toString(16).padStart(4, '0')}`;
  return String.fromCodePoint(cp);
}

/** Go type name of a decoded JSON value (`%T` of `interface{}` from encoding/json). */
export function goTypeName(node: JsonNode): string {
  switch (node.kind) {
    case 'object':
      return 'map[string]interface {}';
    case 'array':
      return '[]interface {}';
    case 'string':
      return 'string';
    case 'number':
      return 'float64';
    case 'bool':
      return 'bool';
    case 'null':
      return '<nil>';
  }
}

/** mapstructure's kind name in `expected a map, got '<kind>'`. */
export function goKindName(node: JsonNode): string {
  switch (node.kind) {
    case 'object':
      return 'map';
    case 'array':
      return 'slice';
    case 'number':
      return 'float64';
    case 'null':
      return 'invalid';
    default:
      return goTypeName(node);
  }
}

/** `%v` of a decoded JSON value. */
export function goValue(node: JsonNode): string {
  switch (node.kind) {
    case 'object': {
      const parts = [...node.entries]
        .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
        .map((e) => `${e.key}:${goValue(e.value)}`);
      return `map[${parts.join(' ')}]`;
    }
    case 'array':
      return `[${node.items.map(goValue).join(' ')}]`;
    case 'string':
      return node.value;
    case 'number':
      return goFloatG(node.value);
    case 'bool':
      return String(node.value);
    case 'null':
      return '<nil>';
  }
}

/** `%v` of a float64 (strconv 'g', shortest): exponent form from 1e+06 and below 1e-04. */
export function goFloatG(f: number): string {
  if (f === 0) return Object.is(f, -0) ? '-0' : '0';
  const [mant, expText] = f.toExponential().split('e') as [string, string];
  const exp = Number(expText);
  if (exp < -4 || exp >= 6) {
    const sign = exp < 0 ? '-' : '+';
    return `${mant}e${sign}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  return goFloatF(f);
}

/** strconv.FormatFloat(f, 'f', -1, 64): what a weak decode turns a JSON number into. */
export function goFloatF(f: number): string {
  if (Number.isInteger(f) && Math.abs(f) < 1e21) return BigInt(f).toString();
  const s = String(f);
  if (!s.includes('e')) return s;
  return f.toFixed(20).replace(/0+$/, '').replace(/\.$/, '');
}
