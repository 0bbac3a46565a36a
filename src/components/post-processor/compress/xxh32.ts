/** Streaming XXH32 (seed 0 by default), for LZ4 frame checksums. */
const P1 = 2654435761;
const P2 = 2246822519;
const P3 = 3266489917;
const P4 = 668265263;
const P5 = 374761393;

const rotl = (x: number, r: number) => ((x << r) | (x >>> (32 - r))) >>> 0;
const mul = (a: number, b: number) => Math.imul(a, b) >>> 0;
const round = (acc: number, lane: number) => mul(rotl((acc + mul(lane, P2)) >>> 0, 13), P1);

export class Xxh32 {
  private v = [0, 0, 0, 0];
  private buf = Buffer.alloc(16);
  private bufLen = 0;
  private total = 0;

  constructor(private readonly seed = 0) {
    this.v = [(seed + P1 + P2) >>> 0, (seed + P2) >>> 0, seed >>> 0, (seed - P1) >>> 0];
  }

  update(data: Uint8Array): this {
    this.total += data.length;
    let i = 0;
    if (this.bufLen > 0) {
      const take = Math.min(16 - this.bufLen, data.length);
      this.buf.set(data.subarray(0, take), this.bufLen);
      this.bufLen += take;
      i = take;
      if (this.bufLen < 16) return this;
      this.stripe(this.buf, 0);
      this.bufLen = 0;
    }
    const view = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    for (; i + 16 <= data.length; i += 16) this.stripe(view, i);
    if (i < data.length) {
      this.buf.set(data.subarray(i), 0);
      this.bufLen = data.length - i;
    }
    return this;
  }

  private stripe(b: Buffer, o: number): void {
    const v = this.v;
    v[0] = round(v[0]!, b.readUInt32LE(o));
    v[1] = round(v[1]!, b.readUInt32LE(o + 4));
    v[2] = round(v[2]!, b.readUInt32LE(o + 8));
    v[3] = round(v[3]!, b.readUInt32LE(o + 12));
  }

  digest(): number {
    const v = this.v;
    let h =
      this.total >= 16
        ? (rotl(v[0]!, 1) + rotl(v[1]!, 7) + rotl(v[2]!, 12) + rotl(v[3]!, 18)) >>> 0
        : (this.seed + P5) >>> 0;
    h = (h + this.total) >>> 0;
    let i = 0;
    for (; i + 4 <= this.bufLen; i += 4) h = mul(rotl((h + mul(this.buf.readUInt32LE(i), P3)) >>> 0, 17), P4);
    for (; i < this.bufLen; i++) h = mul(rotl((h + mul(this.buf[i]!, P5)) >>> 0, 11), P1);
    h = mul(h ^ (h >>> 15), P2);
    h = mul(h ^ (h >>> 13), P3);
    return (h ^ (h >>> 16)) >>> 0;
  }
}
