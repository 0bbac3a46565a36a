import { createReadStream, createWriteStream } from 'node:fs';
import { lstat, mkdtemp, readdir, realpath, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Client } from 'ssh2';
import type { FileInfo } from '../../sdk/index.js';
import { isExcluded } from './exclude.js';
import { EOFError, writeAll, type BufReader } from './reader.js';
import { checkStatus, perms, scpSession } from './scp-session.js';

/** scpUploadFile: the C record, the bytes, a 0. Without a regular file's info, sizes via a temp file. */
async function uploadFile(name: string, src: Readable, w: Writable, r: BufReader, info?: FileInfo): Promise<void> {
  let tmp: string | undefined;
  let mode = 0o644;
  let size: number;
  try {
    if (info) {
      mode = info.mode;
      size = info.size;
    } else {
      tmp = await mkdtemp(join(tmpdir(), 'packer-upload'));
      const file = join(tmp, 'data');
      await pipeline(src, createWriteStream(file));
      size = (await stat(file)).size;
      src = createReadStream(file);
    }
    await writeAll(w, `C${perms(mode)} ${size} ${name}\n`);
    await checkStatus(r);
    await copyN(src, w, size);
    await writeAll(w, '\x00');
    await checkStatus(r);
  } finally {
    if (tmp) await rm(tmp, { recursive: true, force: true });
  }
}

/** io.CopyN from a stream: exactly `n` bytes, EOF when it has fewer. */
async function copyN(src: Readable, w: Writable, n: number): Promise<void> {
  let left = n;
  for await (const chunk of src as AsyncIterable<Buffer>) {
    const part = chunk.length > left ? chunk.subarray(0, left) : chunk;
    if (part.length) await writeAll(w, part);
    left -= part.length;
    if (left === 0) break;
  }
  if (left > 0) throw new EOFError();
}

/** scp -vt: one file named `name` into directory `dir`. */
export function scpUpload(client: Client, dir: string, name: string, src: Readable, info?: FileInfo): Promise<void> {
  return scpSession(client, `scp -vt ${dir}`, (w, r) => uploadFile(name, src, w, r, info));
}

async function uploadDirProtocol(name: string, mode: number, w: Writable, r: BufReader, body: () => Promise<void>): Promise<void> {
  await writeAll(w, `D${perms(mode)} 0 ${name}\n`);
  await checkStatus(r);
  await body();
  await writeAll(w, 'E\n');
  await checkStatus(r);
}

/**
 * scpUploadDirWithTracking: each entry of `root` (symlinks followed, a directory reached twice
 * through links sent once); files keep their mode, a symlinked file goes as 0644 as in packer.
 */
async function uploadEntries(root: string, rel: string, w: Writable, r: BufReader, visited: Set<string>, exclude: string[]): Promise<void> {
  const real = await realpath(root);
  if (visited.has(real)) return;
  visited.add(real);
  for (const name of await readdir(root)) {
    const path = join(root, name);
    const relPath = rel ? `${rel}/${name}` : name;
    if (isExcluded(relPath, exclude)) continue;
    const fi = await lstat(path);
    const isLink = fi.isSymbolicLink();
    const target = isLink ? await stat(path) : fi;
    if (!target.isDirectory()) {
      const info = fi.isFile() ? { name, size: fi.size, mode: fi.mode & 0o777 } : undefined;
      await uploadFile(name, createReadStream(path), w, r, info);
      continue;
    }
    await uploadDirProtocol(name, fi.mode, w, r, () => uploadEntries(path, relPath, w, r, visited, exclude));
  }
}

/** scp -rvt dst: `src` itself (no trailing slash) or only its contents (trailing slash). */
export function scpUploadDir(client: Client, dst: string, src: string, exclude: string[]): Promise<void> {
  return scpSession(client, `scp -rvt ${dst}`, async (w, r) => {
    const visited = new Set<string>();
    if (!src.endsWith('/')) {
      const fi = await stat(src);
      await uploadDirProtocol(basename(src), fi.mode, w, r, () => uploadEntries(src, '', w, r, visited, exclude));
    } else await uploadEntries(src, '', w, r, visited, exclude);
  });
}

