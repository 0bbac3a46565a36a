import type { JsonEntry, JsonNode } from './json-node.js';
import { goQuoteChar } from './go-format.js';

/**
 * A strict JSON reader that reproduces Go's encoding/json scanner (the reader Packer 1.6.6 uses):
 * same accepted language (no comments, no trailing commas, no BOM), same error wording
 * (`invalid character '}' looking for beginning of object key string`) and the same error offset
 * (bytes consumed including the bad byte). A generic parser such as jsonc-parser is lenient where
 * Go is strict and words its errors differently, so it could not give Packer's messages; this one
 * also keeps the byte offset of every key and value for diagnostics.
 */
export class JsonSyntaxError extends Error {
  override readonly name = 'JsonSyntaxError';
  /** Go's `SyntaxError.Offset`: bytes read before the error, including the offending byte. */
  constructor(message: string, readonly offset: number) {
    super(message);
  }
}

export interface ParsedJson {
  root: JsonNode;
  /** First duplicate object key in document order (Packer checks this after the syntax). */
  duplicate?: { key: string; offset: number };
}

const MAX_DEPTH = 1000;
const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);
const ESCAPES: Record<number, string> = { 0x22: '"', 0x5c: '\\', 0x2f: '/', 0x62: '\b', 0x66: '\f', 0x6e: '\n', 0x72: '\r', 0x74: '\t' };

export function readJson(bytes: Uint8Array): ParsedJson {
  return new Reader(bytes).document();
}

/**
 * As Go's `json.NewDecoder(f).Decode(&v)` reads a var-file: only the first value counts (trailing
 * text is ignored), and running out of input is `unexpected EOF` (`EOF` when there is no value).
 */
export function readFirstJsonValue(bytes: Uint8Array): ParsedJson {
  const reader = new Reader(bytes);
  try {
    return reader.first();
  } catch (err) {
    if (err instanceof JsonSyntaxError && err.offset === bytes.length && err.message === 'unexpected end of JSON input') {
      const empty = bytes.every((b) => WS.has(b));
      throw new JsonSyntaxError(empty ? 'EOF' : 'unexpected EOF', err.offset);
    }
    throw err;
  }
}

class Reader {
  private pos = 0;
  private depth = 0;
  private duplicate: ParsedJson['duplicate'];
  private readonly decoder = new TextDecoder('utf-8');

  constructor(private readonly b: Uint8Array) {}

  first(): ParsedJson {
    const root = this.value();
    return this.duplicate ? { root, duplicate: this.duplicate } : { root };
  }

  document(): ParsedJson {
    const root = this.value();
    this.ws();
    if (this.pos < this.b.length) this.fail('after top-level value');
    return this.duplicate ? { root, duplicate: this.duplicate } : { root };
  }

  private fail(context: string): never {
    if (this.pos >= this.b.length) throw new JsonSyntaxError('unexpected end of JSON input', this.b.length);
    throw new JsonSyntaxError(`invalid character ${goQuoteChar(this.b[this.pos]!)} ${context}`, this.pos + 1);
  }

  private ws(): void {
    while (this.pos < this.b.length && WS.has(this.b[this.pos]!)) this.pos++;
  }

  private peek(): number | undefined {
    return this.b[this.pos];
  }

  private value(): JsonNode {
    // Go 1.15 had no limit (a Go stack grows); ours does not, so a pathological file is refused
    // with modern Go's message instead of crashing. No real template nests 1000 deep.
    if (++this.depth > MAX_DEPTH) throw new JsonSyntaxError('exceeded max depth', this.pos + 1);
    try {
      return this.valueAt();
    } finally {
      this.depth--;
    }
  }

  private valueAt(): JsonNode {
    this.ws();
    const c = this.peek();
    const offset = this.pos;
    if (c === 0x7b) return this.object();
    if (c === 0x5b) return this.array();
    if (c === 0x22) return { kind: 'string', offset, value: this.string() };
    if (c === 0x2d || (c !== undefined && c >= 0x30 && c <= 0x39)) return this.number();
    if (c === 0x74) return this.literal('true', { kind: 'bool', offset, value: true });
    if (c === 0x66) return this.literal('false', { kind: 'bool', offset, value: false });
    if (c === 0x6e) return this.literal('null', { kind: 'null', offset });
    return this.fail('looking for beginning of value');
  }

  private object(): JsonNode {
    const offset = this.pos++;
    const entries: JsonEntry[] = [];
    const seen = new Set<string>();
    this.ws();
    if (this.peek() === 0x7d) {
      this.pos++;
      return { kind: 'object', offset, entries };
    }
    for (;;) {
      this.ws();
      if (this.peek() !== 0x22) this.fail('looking for beginning of object key string');
      const keyOffset = this.pos;
      const key = this.string();
      if (seen.has(key) && !this.duplicate) this.duplicate = { key, offset: keyOffset };
      seen.add(key);
      this.ws();
      if (this.peek() !== 0x3a) this.fail('after object key');
      this.pos++;
      entries.push({ key, keyOffset, value: this.value() });
      this.ws();
      const c = this.peek();
      if (c === 0x2c) {
        this.pos++;
        continue;
      }
      if (c === 0x7d) {
        this.pos++;
        return { kind: 'object', offset, entries };
      }
      this.fail('after object key:value pair');
    }
  }

  private array(): JsonNode {
    const offset = this.pos++;
    const items: JsonNode[] = [];
    this.ws();
    if (this.peek() === 0x5d) {
      this.pos++;
      return { kind: 'array', offset, items };
    }
    for (;;) {
      items.push(this.value());
      this.ws();
      const c = this.peek();
      if (c === 0x2c) {
        this.pos++;
        continue;
      }
      if (c === 0x5d) {
        this.pos++;
        return { kind: 'array', offset, items };
      }
      this.fail('after array element');
    }
  }

  private string(): string {
    this.pos++; // opening quote
    let out = '';
    let runStart = this.pos;
    for (;;) {
      const c = this.peek();
      if (c === undefined) this.fail('');
      if (c === 0x22) {
        out += this.decoder.decode(this.b.subarray(runStart, this.pos));
        this.pos++;
        return out;
      }
      if (c < 0x20) this.fail('in string literal');
      if (c !== 0x5c) {
        this.pos++;
        continue;
      }
      out += this.decoder.decode(this.b.subarray(runStart, this.pos));
      this.pos++;
      const e = this.peek();
      if (e === undefined) this.fail('');
      if (e === 0x75) {
        this.pos++;
        let code = 0;
        for (let i = 0; i < 4; i++) {
          const h = this.peek();
          const d = h === undefined ? -1 : hexValue(h);
          if (d < 0) this.fail('in \\u hexadecimal character escape');
          code = code * 16 + d;
          this.pos++;
        }
        out += String.fromCharCode(code);
      } else {
        const esc = ESCAPES[e];
        if (esc === undefined) this.fail('in string escape code');
        out += esc;
        this.pos++;
      }
      runStart = this.pos;
    }
  }

  private number(): JsonNode {
    const offset = this.pos;
    const digits = (): void => {
      while (isDigit(this.peek())) this.pos++;
    };
    if (this.peek() === 0x2d) {
      this.pos++;
      if (!isDigit(this.peek())) this.fail('in numeric literal');
    }
    if (this.peek() === 0x30) this.pos++;
    else digits();
    if (this.peek() === 0x2e) {
      this.pos++;
      if (!isDigit(this.peek())) this.fail('after decimal point in numeric literal');
      digits();
    }
    if (this.peek() === 0x65 || this.peek() === 0x45) {
      this.pos++;
      if (this.peek() === 0x2b || this.peek() === 0x2d) this.pos++;
      if (!isDigit(this.peek())) this.fail('in exponent of numeric literal');
      digits();
    }
    const text = this.decoder.decode(this.b.subarray(offset, this.pos));
    return { kind: 'number', offset, value: Number(text), text };
  }

  private literal(word: string, node: JsonNode): JsonNode {
    this.pos++;
    for (let i = 1; i < word.length; i++) {
      if (this.peek() !== word.charCodeAt(i)) this.fail(`in literal ${word} (expecting '${word[i]}')`);
      this.pos++;
    }
    return node;
  }
}

function isDigit(c: number | undefined): boolean {
  return c !== undefined && c >= 0x30 && c <= 0x39;
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}
