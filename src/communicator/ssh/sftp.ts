import { createReadStream } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { basename, join, posix, relative } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Client, SFTPWrapper } from 'ssh2';
import type { FileInfo } from '../../sdk/index.js';
import { isExcluded } from './exclude.js';

/** Whether a remote path is a directory (packer 1.6.6 asks the shell: `test -d "<path>"`). */
export type IsRemoteDir = (path: string) => Promise<boolean>;

const fxNames: Record<number, string> = {
  1: 'SSH_FX_EOF', 4: 'SSH_FX_FAILURE', 5: 'SSH_FX_BAD_MESSAGE', 6: 'SSH_FX_NO_CONNECTION',
  7: 'SSH_FX_CONNECTION_LOST', 8: 'SSH_FX_OP_UNSUPPORTED',
};

/** pkg/sftp's error texts: "no such file" and "permission denied" become Go's os errors. */
export function sftpError(e: unknown): Error {
  const err = e as Error & { code?: number };
  if (err.code === 2) return new Error('file does not exist');
  if (err.code === 3) return new Error('permission denied');
  if (typeof err.code === 'number') return new Error(`sftp: "${err.message}" (${fxNames[err.code] ?? `SSH_FX_${err.code}`})`);
  return err instanceof Error ? err : new Error(String(e));
}

function openSftp(client: Client): Promise<SFTPWrapper> {
  return new Promise((resolve, reject) => client.sftp((err, s) => (err ? reject(err) : resolve(s))));
}

/** packer `sftpSession`: an sftp subsystem for the duration of `f`. */
export async function sftpSession<T>(client: Client, f: (s: SFTPWrapper) => Promise<T>): Promise<T> {
  let s: SFTPWrapper;
  try {
    s = await openSftp(client);
  } catch (e) {
    // x/crypto's text for a server without the sftp subsystem.
    const msg = (e as Error).message.startsWith('Unable to start subsystem') ? 'ssh: subsystem request failed' : (e as Error).message;
    throw new Error(`sftpSession error: ${msg}`);
  }
  try {
    return await f(s);
  } finally {
    s.end();
  }
}

/** Go's filepath.Join: cleaned, no trailing slash. */
const goJoin = (...parts: string[]): string => posix.join(...parts).replace(/(.)\/+$/, '$1');

const call = <T>(fn: (cb: (err: Error | null | undefined, v?: T) => void) => void): Promise<T | undefined> =>
  new Promise((resolve, reject) => fn((err, v) => (err ? reject(sftpError(err)) : resolve(v))));

/** sftpUploadFile (1.6.6): into a directory when `path` is one; the sent mode set afterwards. */
async function uploadFile(s: SFTPWrapper, isDir: IsRemoteDir, path: string, src: Readable, info?: FileInfo, regular = true): Promise<void> {
  if (info && (await isDir(path))) path = goJoin(path, basename(info.name));
  try {
    await pipeline(src, s.createWriteStream(path, { flags: 'w' }));
  } catch (e) {
    throw sftpError(e);
  }
  if (info && regular) await call((cb) => s.chmod(path, info.mode & 0o777, cb));
}

export function sftpUpload(client: Client, isDir: IsRemoteDir, path: string, src: Readable, info?: FileInfo): Promise<void> {
  return sftpSession(client, (s) => uploadFile(s, isDir, path, src, info));
}

/** sftpMkdir: an existing directory is fine; the mode is set either way. */
async function mkdirMode(s: SFTPWrapper, path: string, mode: number): Promise<void> {
  try {
    await call((cb) => s.mkdir(path, cb));
  } catch (e) {
    const st = await call<{ isDirectory(): boolean }>((cb) => s.lstat(path, cb)).catch(() => undefined);
    if (!st?.isDirectory()) throw e;
  }
  await call((cb) => s.chmod(path, mode & 0o777, cb));
}

/** filepath.Walk: lexical order, links not followed (a linked file is sent by content). */
async function walk(path: string, visit: (p: string, isDir: boolean, mode: number, regular: boolean) => Promise<boolean>): Promise<void> {
  const fi = await lstat(path);
  const descend = await visit(path, fi.isDirectory(), fi.mode, fi.isFile());
  if (!fi.isDirectory() || !descend) return;
  for (const name of (await readdir(path)).sort()) await walk(join(path, name), visit);
}

/**
 * sftpUploadDirSession: `src` without a trailing slash lands as dst/<basename>, with one its
 * contents land in dst; `dst` itself is never created (unless spelled differently, as in packer).
 */
export function sftpUploadDir(client: Client, isDir: IsRemoteDir, dst: string, src: string, exclude: string[]): Promise<void> {
  return sftpSession(client, async (s) => {
    const rootDst = src.endsWith('/') ? dst : goJoin(dst, basename(src));
    await walk(src, async (path, dir, mode, regular) => {
      const rel = relative(src, path);
      if (isExcluded(rel, exclude)) return false;
      const finalDst = goJoin(rootDst, rel || '.');
      if (finalDst === dst) return true;
      if (dir) await mkdirMode(s, finalDst, mode);
      else await uploadFile(s, isDir, finalDst, createReadStream(path), { name: basename(path), size: 0, mode }, regular);
      return true;
    });
  });
}

export function sftpDownload(client: Client, path: string, output: Writable): Promise<void> {
  return sftpSession(client, async (s) => {
    try {
      await pipeline(s.createReadStream(path), output, { end: false });
    } catch (e) {
      throw sftpError(e);
    }
  });
}
