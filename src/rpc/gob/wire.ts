import { GobError } from './errors.js';

// gob's integer encodings (encoding/gob encode.go): unsigned < 128 is one byte, otherwise the
// negated byte count followed by big-endian bytes; signed ints are folded into unsigned.

export function encodeUint(n: bigint): Buffer {
  if (n < 0n || n >= 1n << 64n) throw new GobError(`uint ${n} out of range`);
  if (n < 128n) return Buffer.from([Number(n)]);
  const bytes: number[] = [];
  for (let v = n; v > 0n; v >>= 8n) bytes.unshift(Number(v & 0xffn));
  return Buffer.from([256 - bytes.length, ...bytes]);
}

export function encodeInt(i: bigint): Buffer {
  if (i < -(1n << 63n) || i >= 1n << 63n) throw new GobError(`int ${i} out of range`);
  return encodeUint(i < 0n ? ((-i - 1n) << 1n) | 1n : i << 1n);
}

/** One gob message: its length as uint, then the payload. */
export function frame(payload: Buffer): Buffer {
  return Buffer.concat([encodeUint(BigInt(payload.length)), payload]);
}

/** A cursor over gob bytes; every read names what it was reading when the bytes run out. */
export class GobReader {
  private pos = 0;
  constructor(private readonly buf: Buffer) {}

  get done(): boolean {
    return this.pos >= this.buf.length;
  }

  byte(what: string): number {
    if (this.pos >= this.buf.length) throw new GobError(`stream truncated while reading ${what}`);
    return this.buf[this.pos++]!;
  }

  uint(what: string): bigint {
    const first = this.byte(what);
    if (first < 128) return BigInt(first);
    const count = 256 - first;
    if (count > 8) throw new GobError(`invalid uint length ${count} in ${what}`);
    let n = 0n;
    for (let k = 0; k < count; k++) n = (n << 8n) | BigInt(this.byte(what));
    return n;
  }

  int(what: string): bigint {
    const u = this.uint(what);
    return u & 1n ? -(u >> 1n) - 1n : u >> 1n;
  }

  /** A uint that must fit a JS number (lengths, counts, field deltas). */
  count(what: string): number {
    const n = this.uint(what);
    if (n > BigInt(this.buf.length)) throw new GobError(`${what} ${n} exceeds the stream`);
    return Number(n);
  }

  bytes(n: number, what: string): Buffer {
    if (this.pos + n > this.buf.length) throw new GobError(`stream truncated while reading ${what}`);
    const out = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  string(what: string): string {
    return this.bytes(this.count(`${what} length`), what).toString('utf8');
  }
}
