import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { crc32, createDeflateRaw } from 'node:zlib';
import { goPathError } from '../../common/go-errors.js';

/**
 * The zip archive packer's compress writes (Go archive/zip `Create`): entries named by the path
 * as given (slashes), deflated, with a data descriptor, DOS time zero, no attributes; zip64
 * records when sizes or offsets pass 4 GiB.
 */
const U32 = 0xffffffff;

interface Entry {
  name: Buffer;
  crc: number;
  csize: number;
  usize: number;
  offset: number;
}

export async function writeZip(files: string[], out: Writable, level: number): Promise<void> {
  let offset = 0;
  const put = async (b: Buffer) => {
    offset += b.length;
    await new Promise<void>((resolve, reject) => out.write(b, (e) => (e ? reject(e) : resolve())));
  };
  const entries: Entry[] = [];
  for (const path of files) {
    const name = Buffer.from(path.replaceAll('\\', '/'));
    const fh = await open(path, 'r').catch((e) => {
      throw new Error(`Unable to read file ${path}: ${goPathError('open', path, e).message}`);
    });
    const e: Entry = { name, crc: 0, csize: 0, usize: 0, offset };
    try {
      const lh = Buffer.alloc(30);
      lh.writeUInt32LE(0x04034b50, 0);
      lh.writeUInt16LE(20, 4);
      lh.writeUInt16LE(0x8, 6);
      lh.writeUInt16LE(8, 8);
      lh.writeUInt16LE(name.length, 26);
      await put(Buffer.concat([lh, name]));
      const deflate = createDeflateRaw({ level });
      const done = (async () => {
        for await (const d of deflate) {
          e.csize += (d as Buffer).length;
          await put(d as Buffer);
        }
      })();
      for await (const chunk of createReadStream('', { fd: fh, autoClose: false })) {
        const b = chunk as Buffer;
        e.crc = crc32(b, e.crc);
        e.usize += b.length;
        if (!deflate.write(b)) await new Promise((r) => deflate.once('drain', r));
      }
      deflate.end();
      await done;
    } finally {
      await fh.close();
    }
    const big = e.csize >= U32 || e.usize >= U32;
    const dd = Buffer.alloc(big ? 24 : 16);
    dd.writeUInt32LE(0x08074b50, 0);
    dd.writeUInt32LE(e.crc >>> 0, 4);
    if (big) {
      dd.writeBigUInt64LE(BigInt(e.csize), 8);
      dd.writeBigUInt64LE(BigInt(e.usize), 16);
    } else {
      dd.writeUInt32LE(e.csize, 8);
      dd.writeUInt32LE(e.usize, 12);
    }
    await put(dd);
    entries.push(e);
  }
  const cdStart = offset;
  for (const e of entries) {
    const z64 = e.csize >= U32 || e.usize >= U32 || e.offset >= U32;
    const extra = z64 ? Buffer.alloc(28) : Buffer.alloc(0);
    if (z64) {
      extra.writeUInt16LE(1, 0);
      extra.writeUInt16LE(24, 2);
      extra.writeBigUInt64LE(BigInt(e.usize), 4);
      extra.writeBigUInt64LE(BigInt(e.csize), 12);
      extra.writeBigUInt64LE(BigInt(e.offset), 20);
    }
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(z64 ? 45 : 20, 4);
    ch.writeUInt16LE(z64 ? 45 : 20, 6);
    ch.writeUInt16LE(0x8, 8);
    ch.writeUInt16LE(8, 10);
    ch.writeUInt32LE(e.crc >>> 0, 16);
    ch.writeUInt32LE(z64 ? U32 : e.csize, 20);
    ch.writeUInt32LE(z64 ? U32 : e.usize, 24);
    ch.writeUInt16LE(e.name.length, 28);
    ch.writeUInt16LE(extra.length, 30);
    ch.writeUInt32LE(z64 ? U32 : e.offset, 42);
    await put(Buffer.concat([ch, e.name, extra]));
  }
  const cdSize = offset - cdStart;
  if (entries.length >= 0xffff || cdSize >= U32 || cdStart >= U32) {
    const z = Buffer.alloc(56 + 20);
    z.writeUInt32LE(0x06064b50, 0);
    z.writeBigUInt64LE(44n, 4);
    z.writeUInt16LE(45, 12);
    z.writeUInt16LE(45, 14);
    z.writeBigUInt64LE(BigInt(entries.length), 24);
    z.writeBigUInt64LE(BigInt(entries.length), 32);
    z.writeBigUInt64LE(BigInt(cdSize), 40);
    z.writeBigUInt64LE(BigInt(cdStart), 48);
    z.writeUInt32LE(0x07064b50, 56);
    z.writeBigUInt64LE(BigInt(offset), 64);
    z.writeUInt32LE(1, 72);
    await put(z);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
  end.writeUInt32LE(Math.min(cdSize, U32), 12);
  end.writeUInt32LE(Math.min(cdStart, U32), 16);
  await put(end);
}
