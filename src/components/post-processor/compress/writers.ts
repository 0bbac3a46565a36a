import { spawn } from 'node:child_process';
import { Transform, type TransformCallback } from 'node:stream';
import { constants, crc32, deflateRawSync, createDeflateRaw } from 'node:zlib';
import { compressBlock } from 'lz4js';
import { Xxh32 } from './xxh32.js';

/**
 * The compressors of packer's compress post-processor, as Transform streams writing the same
 * container formats as its Go libraries (pgzip, biogo bgzf, pierrec/lz4, ulikunitz/xz).
 */

/** Go writes a zero time.Time as Unix seconds, truncated to 32 bits: 0x886e0900. */
const GO_ZERO_MTIME = 0x886e0900;

/** gzip (pgzip): Go's header (zero mtime as above, OS 255), raw deflate, CRC32 + size trailer. */
export function gzipWriter(level: number): Transform {
  const deflate = createDeflateRaw({ level });
  let crc = 0;
  let size = 0;
  const header = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, level === 9 ? 2 : level === 1 ? 4 : 0, 0xff]);
  header.writeUInt32LE(GO_ZERO_MTIME, 4);
  const t = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      crc = crc32(chunk, crc);
      size = (size + chunk.length) >>> 0;
      if (!deflate.write(chunk)) deflate.once('drain', () => cb());
      else cb();
    },
    flush(cb) {
      deflate.once('end', () => {
        const trailer = Buffer.alloc(8);
        trailer.writeUInt32LE(crc >>> 0, 0);
        trailer.writeUInt32LE(size, 4);
        t.push(trailer);
        cb();
      });
      deflate.end();
    },
  });
  t.push(header);
  deflate.on('data', (d: Buffer) => t.push(d));
  deflate.on('error', (e) => t.destroy(e));
  return t;
}

const BGZF_BLOCK = 0xff00;
const BGZF_EOF = Buffer.from('1f8b08040000000000ff0600424302001b0003000000000000000000', 'hex');

/** BGZF: independent gzip members of at most 0xff00 input bytes, each naming its size (BC field). */
export function bgzfWriter(level: number): Transform {
  let pending: Buffer = Buffer.alloc(0);
  const member = (data: Buffer): Buffer => {
    const body = deflateRawSync(data, { level });
    const head = Buffer.from([0x1f, 0x8b, 8, 4, 0, 0, 0, 0, 0, 0xff, 6, 0, 0x42, 0x43, 2, 0, 0, 0]);
    head.writeUInt16LE(head.length + body.length + 8 - 1, 16);
    const tail = Buffer.alloc(8);
    tail.writeUInt32LE(crc32(data) >>> 0, 0);
    tail.writeUInt32LE(data.length, 4);
    return Buffer.concat([head, body, tail]);
  };
  return new Transform({
    transform(chunk: Buffer, _enc, cb: TransformCallback) {
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      while (pending.length >= BGZF_BLOCK) {
        this.push(member(pending.subarray(0, BGZF_BLOCK)));
        pending = pending.subarray(BGZF_BLOCK);
      }
      cb();
    },
    flush(cb) {
      if (pending.length) this.push(member(pending));
      this.push(BGZF_EOF);
      cb();
    },
  });
}

const LZ4_BLOCK = 4 << 20;

/** LZ4 frame (pierrec/lz4 defaults): 4 MiB independent blocks, content checksum. */
export function lz4Writer(): Transform {
  const hashTable = new Uint32Array(1 << 16);
  const out = new Uint8Array(LZ4_BLOCK + (LZ4_BLOCK / 255 | 0) + 16);
  const content = new Xxh32();
  let pending: Buffer = Buffer.alloc(0);
  const block = (data: Buffer): Buffer => {
    hashTable.fill(0);
    content.update(data);
    const n = compressBlock(data, out, 0, data.length, hashTable);
    const head = Buffer.alloc(4);
    if (n === 0 || n >= data.length) {
      head.writeUInt32LE((0x80000000 | data.length) >>> 0, 0);
      return Buffer.concat([head, data]);
    }
    head.writeUInt32LE(n, 0);
    return Buffer.concat([head, Buffer.from(out.subarray(0, n))]);
  };
  const t = new Transform({
    transform(chunk: Buffer, _enc, cb: TransformCallback) {
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      while (pending.length >= LZ4_BLOCK) {
        this.push(block(pending.subarray(0, LZ4_BLOCK)));
        pending = pending.subarray(LZ4_BLOCK);
      }
      cb();
    },
    flush(cb) {
      if (pending.length) this.push(block(pending));
      const end = Buffer.alloc(8);
      end.writeUInt32LE(content.digest(), 4);
      this.push(end);
      cb();
    },
  });
  const desc = Buffer.from([0x64, 0x70]);
  const hc = (new Xxh32().update(desc).digest() >>> 8) & 0xff;
  t.push(Buffer.concat([Buffer.from([0x04, 0x22, 0x4d, 0x18]), desc, Buffer.from([hc])]));
  return t;
}

/**
 * xz: no maintained pure-JS xz encoder exists, so this pipes through the system's `xz`
 * (XZ Utils, single-threaded as Packer's library). Fails with a clear error when it is missing.
 */
export function xzWriter(): Transform {
  const child = spawn('xz', ['--compress', '--stdout', '--threads=1', '-6'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  let failed: Error | undefined;
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const t = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      if (failed) return cb(failed);
      if (!child.stdin.write(chunk)) child.stdin.once('drain', () => cb());
      else cb();
    },
    flush(cb) {
      child.once('close', (code) => {
        if (failed) return cb(failed);
        cb(code === 0 ? undefined : new Error(`xz exited with status ${code}: ${stderr.trim()}`));
      });
      child.stdin.end();
    },
  });
  child.on('error', (e: NodeJS.ErrnoException) => {
    failed = new Error(
      e.code === 'ENOENT' ? 'xz compression needs the `xz` program (XZ Utils) on PATH' : `xz: ${e.message}`,
    );
    t.destroy(failed);
  });
  child.stdin.on('error', () => undefined);
  child.stdout.on('data', (d: Buffer) => t.push(d));
  return t;
}

export { constants as zlibConstants };
