import type { Readable, Writable } from 'node:stream';

/** Go's io.EOF, which packer's scp session treats as "the other side ended early". */
export class EOFError extends Error {
  constructor() {
    super('EOF');
  }
}

/** Writes with backpressure (Go's blocking Write). */
export function writeAll(w: Writable, data: Buffer | string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (e: Error): void => reject(e);
    w.once('error', onError);
    const ok = w.write(data, (e) => {
      w.removeListener('error', onError);
      if (e) reject(e);
      else if (ok) resolve();
    });
    if (!ok) w.once('drain', () => resolve());
  });
}

/**
 * A bufio.Reader over a stream, for the scp protocol: bytes, lines, and exactly n bytes copied
 * on. It pulls only what it needs, so the stream keeps its backpressure.
 */
export class BufReader {
  private buf: Buffer = Buffer.alloc(0);
  private ended = false;
  private readonly it: AsyncIterator<Buffer>;

  constructor(src: Readable) {
    this.it = src[Symbol.asyncIterator]();
  }

  private async fill(): Promise<boolean> {
    if (this.ended) return false;
    const { value, done } = await this.it.next();
    if (done) {
      this.ended = true;
      return false;
    }
    this.buf = this.buf.length ? Buffer.concat([this.buf, value]) : value;
    return true;
  }

  async readByte(): Promise<number> {
    while (this.buf.length === 0) if (!(await this.fill())) throw new EOFError();
    const b = this.buf[0]!;
    this.buf = this.buf.subarray(1);
    return b;
  }

  /** Up to and including '\n' (Go's ReadString('\n')); EOF when the stream ends first. */
  async readLine(): Promise<string> {
    for (;;) {
      const i = this.buf.indexOf(0x0a);
      if (i >= 0) {
        const line = this.buf.subarray(0, i + 1).toString('utf8');
        this.buf = this.buf.subarray(i + 1);
        return line;
      }
      if (!(await this.fill())) throw new EOFError();
    }
  }

  /** io.CopyN: exactly n bytes to `dst`. */
  async copyN(dst: Writable, n: number): Promise<void> {
    let left = n;
    while (left > 0) {
      if (this.buf.length === 0 && !(await this.fill())) throw new EOFError();
      const chunk = this.buf.subarray(0, Math.min(left, this.buf.length));
      this.buf = this.buf.subarray(chunk.length);
      left -= chunk.length;
      await writeAll(dst, chunk);
    }
  }

  /** What is left (io.ReadAll). */
  async rest(): Promise<Buffer> {
    while (await this.fill());
    const all: Buffer = this.buf;
    this.buf = Buffer.alloc(0);
    return all;
  }
}
