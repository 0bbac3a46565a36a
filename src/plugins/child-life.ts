import type { ChildProcess } from 'node:child_process';
import type { StderrLog } from './stderr-log.js';

/** What a started child is doing: spawned or not, its end, the end of its stderr. */
export interface ChildLife {
  /** undefined once running; the spawn error otherwise. */
  spawned: Promise<NodeJS.ErrnoException | undefined>;
  exit: Promise<string>;
  stderrEnd: Promise<void>;
  reason(): string | undefined;
}

export function watchChild(child: ChildProcess, stderr: StderrLog): ChildLife {
  let reason: string | undefined;
  const spawned = new Promise<NodeJS.ErrnoException | undefined>((resolve) => {
    child.once('spawn', () => resolve(undefined));
    child.once('error', (err: NodeJS.ErrnoException) => {
      reason ??= `could not start: ${err.message}`;
      resolve(err);
    });
  });
  const exit = new Promise<string>((resolve) => {
    child.once('exit', (code, signal) => {
      reason = code !== null ? `exited with status ${code}` : `killed by ${signal ?? 'a signal'}`;
      resolve(reason);
    });
    child.once('error', () => resolve(reason ?? 'could not start'));
  });
  child.stdout?.on('error', () => undefined);
  child.stderr?.on('error', () => undefined);
  child.stderr?.on('data', (chunk: Buffer) => stderr.write(chunk));
  const stderrEnd = new Promise<void>((resolve) => {
    if (!child.stderr) return resolve();
    child.stderr.once('close', () => {
      stderr.end();
      resolve();
    });
  });
  return { spawned, exit, stderrEnd, reason: () => reason };
}

/** `p`'s value, or undefined once `ms` have passed (or it rejected). */
export function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | undefined> {
  return new Promise((resolve) => {
    const t = setTimeout(() => resolve(undefined), ms);
    p.then(
      (v) => {
        clearTimeout(t);
        resolve(v);
      },
      () => {
        clearTimeout(t);
        resolve(undefined);
      },
    );
  });
}
