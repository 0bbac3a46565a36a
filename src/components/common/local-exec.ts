import { spawn } from 'node:child_process';
import { OutputLines } from './output-lines.js';

export interface LocalExecOptions {
  signal: AbortSignal;
  onStdout: (line: string) => void;
  onStderr: (line: string) => void;
  env?: NodeJS.ProcessEnv;
  /** Time between SIGTERM and SIGKILL of the process group once `signal` aborts. */
  killGraceMs?: number;
}

/**
 * Runs argv on this machine (shell-local's communicator), streaming stdout and stderr line by
 * line. Resolves with the exit status as Go reports it (-1 when killed by a signal); rejects when
 * the program cannot be started. The command leads its own process group, so aborting stops the
 * whole script, not just its shell.
 */
export function runLocal(argv: string[], opts: LocalExecOptions): Promise<number> {
  const [file, ...args] = argv;
  if (file === undefined) {
    return Promise.reject(new Error('Error launching command via shell-local communicator: No ExecuteCommand provided'));
  }
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: opts.env ?? process.env });
    const out = new OutputLines(opts.onStdout);
    const err = new OutputLines(opts.onStderr);
    child.stdout.setEncoding('utf8').on('data', (c: string) => out.write(c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => err.write(c));

    let killTimer: NodeJS.Timeout | undefined;
    const killGroup = (sig: NodeJS.Signals) => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, sig);
      } catch {
        // Already gone.
      }
    };
    const onAbort = () => {
      killGroup('SIGTERM');
      killTimer = setTimeout(() => killGroup('SIGKILL'), opts.killGraceMs ?? 5000);
      killTimer.unref();
    };
    if (opts.signal.aborted) onAbort();
    else opts.signal.addEventListener('abort', onAbort, { once: true });

    const done = () => {
      opts.signal.removeEventListener('abort', onAbort);
      if (killTimer) clearTimeout(killTimer);
    };
    child.on('error', (e) => {
      done();
      reject(e);
    });
    child.on('close', (code, sig) => {
      done();
      out.end();
      err.end();
      resolve(sig !== null ? -1 : (code ?? -1));
    });
  });
}
