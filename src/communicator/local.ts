import { goPathError, mkdirAll } from '../sdk/index.js';
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream } from 'node:fs';
import { chmod, cp, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Communicator, FileInfo, RemoteCmd } from '../sdk/index.js';

export interface LocalCommunicatorOptions {
  /** Time between SIGTERM and SIGKILL of the command's process group once the signal aborts. */
  killGraceMs?: number;
}

/**
 * A communicator whose "machine" is this one: commands run under `/bin/sh -c`, transfers are file
 * copies. It behaves as the ssh communicator does on a real host (exit statuses, modes, scp's
 * trailing-slash rule for directories), so provisioners are tested for real and other
 * communicators have a reference to be compared with.
 */
export class LocalCommunicator implements Communicator {
  constructor(private readonly opts: LocalCommunicatorOptions = {}) {}

  start(cmd: RemoteCmd, signal?: AbortSignal): Promise<{ exitStatus: number }> {
    return new Promise((resolve, reject) => {
      // Its own process group, so that aborting stops the whole command, not only its shell.
      const child = spawn('/bin/sh', ['-c', cmd.command], {
        detached: true,
        stdio: [cmd.stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'],
      });
      // The caller owns its writers (Go's RemoteCmd): they are fed, never ended here.
      if (cmd.stdout) child.stdout!.pipe(cmd.stdout, { end: false });
      else child.stdout!.resume();
      if (cmd.stderr) child.stderr!.pipe(cmd.stderr, { end: false });
      else child.stderr!.resume();
      if (cmd.stdin && child.stdin) {
        child.stdin.on('error', () => undefined); // EPIPE when the command does not read it all
        cmd.stdin.pipe(child.stdin);
      }

      let killTimer: NodeJS.Timeout | undefined;
      const killGroup = (sig: NodeJS.Signals): void => {
        try {
          if (child.pid !== undefined) process.kill(-child.pid, sig);
        } catch {
          // Already gone.
        }
      };
      const onAbort = (): void => {
        killGroup('SIGTERM');
        killTimer = setTimeout(() => killGroup('SIGKILL'), this.opts.killGraceMs ?? 5000);
        killTimer.unref();
      };
      const done = (): void => {
        signal?.removeEventListener('abort', onAbort);
        if (killTimer) clearTimeout(killTimer);
        if (cmd.stdin && child.stdin) cmd.stdin.unpipe(child.stdin);
      };
      child.on('error', (e) => {
        done();
        reject(e);
      });
      child.on('spawn', () => {
        if (signal?.aborted) onAbort();
        else signal?.addEventListener('abort', onAbort, { once: true });
      });
      child.on('close', (code, sig) => {
        done();
        // Go's ExitStatus of a command killed by a signal.
        resolve({ exitStatus: sig !== null ? -1 : (code ?? -1) });
      });
    });
  }

  async upload(dst: string, src: Readable, info?: FileInfo): Promise<void> {
    const mode = info ? info.mode & 0o7777 : 0o644;
    try {
      await pipeline(src, createWriteStream(dst, { mode }));
      // An existing file keeps its mode on open; scp sets the sent one.
      if (info) await chmod(dst, mode);
    } catch (e) {
      throw goPathError('open', dst, e);
    }
  }

  /**
   * scp -r's rule (packer-plugin-sdk Communicator.UploadDir): `src` without a trailing slash is
   * copied as a directory named like it inside `dst`; with one, only its contents are. A missing
   * `dst` is created, as scp's sink does for a single directory.
   */
  async uploadDir(dst: string, src: string, exclude: string[] = []): Promise<void> {
    await copyTree(src, dst, exclude);
  }

  async download(src: string, dst: Writable): Promise<void> {
    try {
      await pipeline(createReadStream(src), dst, { end: false });
    } catch (e) {
      throw goPathError('open', src, e);
    }
  }

  /** The same trailing-slash rule as uploadDir, from this "machine" to the local `dst`. */
  async downloadDir(src: string, dst: string, exclude: string[] = []): Promise<void> {
    await copyTree(src, dst, exclude);
  }
}

async function copyTree(src: string, dst: string, exclude: string[]): Promise<void> {
  let info;
  try {
    info = await stat(src);
  } catch (e) {
    throw goPathError('stat', src, e);
  }
  if (!info.isDirectory()) throw new Error(`${src}: not a directory`);
  const dstIsDir = await stat(dst).then(
    (s) => s.isDirectory(),
    () => false,
  );
  const target = src.endsWith('/') || !dstIsDir ? dst : join(dst, basename(src));
  const root = src.replace(/\/+$/, '') || '/';
  try {
    await mkdirAll(target, info.mode & 0o7777);
    await cp(root, target, {
      recursive: true,
      dereference: true, // scp follows symlinks
      force: true,
      preserveTimestamps: true,
      filter: (from) => !isExcluded(relative(root, from), exclude),
    });
  } catch (e) {
    throw goPathError('copy', target, e);
  }
}

/** An excluded entry is one whose path below the copied directory, or whose name, is listed. */
function isExcluded(rel: string, exclude: string[]): boolean {
  if (rel === '') return false;
  return exclude.includes(rel) || exclude.includes(basename(rel));
}
