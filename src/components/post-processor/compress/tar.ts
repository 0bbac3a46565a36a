import { createReadStream, readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Writable } from 'node:stream';
import { goPathError } from '../../common/go-errors.js';

/**
 * The tar archive packer's compress writes (Go archive/tar, GNU format via setHeaderFormat):
 * entries named by base name, zero mtime, uid/gid with their names, file data padded to 512.
 */
export async function writeTar(files: string[], out: Writable): Promise<void> {
  for (const path of files) {
    const fh = await open(path, 'r').catch((e) => {
      throw new Error(`Unable to read file ${path}: ${goPathError('open', path, e).message}`);
    });
    try {
      const st = await fh.stat();
      await write(out, gnuHeader(basename(path), st.mode & 0o7777, st.uid, st.gid, st.size));
      for await (const chunk of createReadStream('', { fd: fh, autoClose: false })) await write(out, chunk as Buffer);
      const pad = (512 - (st.size % 512)) % 512;
      if (pad) await write(out, Buffer.alloc(pad));
    } finally {
      await fh.close();
    }
  }
  await write(out, Buffer.alloc(1024));
}

function write(out: Writable, b: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    out.write(b, (e) => (e ? reject(e) : resolve()));
  });
}

function gnuHeader(name: string, mode: number, uid: number, gid: number, size: number): Buffer {
  const h = Buffer.alloc(512);
  const nameBytes = Buffer.from(name);
  if (nameBytes.length > 100) throw new Error(`Failed to write tar header for ${name}: name too long`);
  nameBytes.copy(h, 0);
  numeric(h, 100, 8, mode);
  numeric(h, 108, 8, uid);
  numeric(h, 116, 8, gid);
  numeric(h, 124, 12, size);
  numeric(h, 136, 12, 0);
  h[156] = 0x30; // regular file
  h.write('ustar  \0', 257, 'latin1');
  h.write(userName(uid, '/etc/passwd').slice(0, 32), 265);
  h.write(userName(gid, '/etc/group').slice(0, 32), 297);
  numeric(h, 329, 8, 0);
  numeric(h, 337, 8, 0);
  h.fill(0x20, 148, 156);
  let sum = 0;
  for (const b of h) sum += b;
  h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 'latin1');
  return h;
}

/** Octal, NUL-terminated; GNU base-256 when the value does not fit (files of 8 GiB and more). */
function numeric(h: Buffer, off: number, len: number, n: number): void {
  if (n < 8 ** (len - 1)) {
    h.write(n.toString(8).padStart(len - 1, '0') + '\0', off, 'latin1');
    return;
  }
  let v = BigInt(n);
  for (let i = off + len - 1; i > off; i--) {
    h[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  h[off] = 0x80;
}

const names = new Map<string, string>();

/** os/user lookups, as Go's tar.FileInfoHeader does; empty when the id has no name. */
function userName(id: number, db: string): string {
  const key = `${db}:${id}`;
  let name = names.get(key);
  if (name === undefined) {
    name = '';
    try {
      for (const line of readFileSync(db, 'utf8').split('\n')) {
        const f = line.split(':');
        if (f[2] === String(id)) {
          name = f[0] ?? '';
          break;
        }
      }
    } catch {
      // No database: no name, as Go's lookup failing.
    }
    names.set(key, name);
  }
  return name;
}
