import { finished } from 'node:stream/promises';
import type { Client, ClientChannel, ExecOptions } from 'ssh2';
import type { RemoteCmd } from '../../sdk/index.js';
import { CmdDisconnect } from './options.js';

/** Go's `ssh.Waitmsg` status for a command killed by a signal: 128 + the signal's number. */
const signalNumbers: Record<string, number> = {
  ABRT: 6, ALRM: 14, FPE: 8, HUP: 1, ILL: 4, INT: 2, KILL: 9, PIPE: 13, QUIT: 3, SEGV: 11, TERM: 15, USR1: 10, USR2: 12,
};

export function signalStatus(name: string): number {
  return 128 + (signalNumbers[name.replace(/^SIG/, '')] ?? 0);
}

/** packer's pty request: xterm 40x80, no echo, 14.4 kbaud. */
export const packerPty: ExecOptions['pty'] = {
  term: 'xterm',
  rows: 40,
  cols: 80,
  modes: { ECHO: 0, TTY_OP_ISPEED: 14400, TTY_OP_OSPEED: 14400 },
};

/** Opens a session channel running `command` (ssh2's exec, as a promise). */
export function openExec(client: Client, command: string, opts: ExecOptions = {}): Promise<ClientChannel> {
  return new Promise((resolve, reject) => {
    try {
      client.exec(command, opts, (err, ch) => (err ? reject(err) : resolve(ch)));
    } catch (e) {
      reject(e as Error);
    }
  });
}

/** Resolves with the channel's exit status once it has closed (Go's session.Wait). */
export function channelExit(ch: ClientChannel): Promise<number> {
  return new Promise((resolve) => {
    let status = CmdDisconnect; // no exit-status nor exit-signal: packer's "disconnected"
    ch.on('exit', (code: number | null, signal?: string) => {
      if (typeof code === 'number') status = code;
      else if (signal) status = signalStatus(signal);
    });
    ch.once('close', () => resolve(status));
  });
}

/**
 * packer `comm.Start` + `RemoteCmd.Wait`: runs the command (with a newline, as packer sends it),
 * feeds stdin (or EOF at once), streams stdout/stderr into the caller's writers without ending
 * them, and resolves with the exit status. Aborting closes the channel after asking the remote
 * side to stop the command.
 */
export async function execCommand(
  client: Client,
  cmd: RemoteCmd,
  opts: { pty?: boolean },
  signal?: AbortSignal,
): Promise<number> {
  const execOpts: ExecOptions = {};
  if (opts.pty) execOpts.pty = packerPty;
  const ch = await openExec(client, cmd.command + '\n', execOpts);
  const exited = channelExit(ch);
  let onAbandon = (): void => undefined;
  if (cmd.stdout) ch.pipe(cmd.stdout, { end: false });
  else ch.resume();
  if (cmd.stderr) ch.stderr.pipe(cmd.stderr, { end: false });
  else ch.stderr.resume();
  if (cmd.stdin) {
    cmd.stdin.on('error', () => ch.end());
    cmd.stdin.pipe(ch);
  } else ch.end();
  // sshd keeps a channel open until its command ends, and may ignore signal requests (no pty):
  // after a short grace the command is reported lost rather than waited for.
  let giveUp: NodeJS.Timeout | undefined;
  const abandoned = new Promise<number>((resolve) => {
    onAbandon = () => {
      giveUp = setTimeout(() => resolve(CmdDisconnect), 2000);
      giveUp.unref();
    };
  });
  const onAbort = (): void => {
    try {
      ch.signal('TERM');
    } catch {
      // The channel may already be closing.
    }
    ch.close();
    onAbandon();
  };
  if (signal?.aborted) onAbort();
  else signal?.addEventListener('abort', onAbort, { once: true });
  try {
    // All output is delivered before the status is: the readers must reach their end too.
    const drained = (s: NodeJS.ReadableStream) => finished(s, { writable: false }).catch(() => undefined);
    const ended = Promise.all([exited, drained(ch), drained(ch.stderr)]).then(([status]) => status);
    return await Promise.race([ended, abandoned]);
  } finally {
    if (giveUp) clearTimeout(giveUp);
    signal?.removeEventListener('abort', onAbort);
    if (cmd.stdin) cmd.stdin.unpipe(ch);
    if (cmd.stdout) ch.unpipe(cmd.stdout);
    if (cmd.stderr) ch.stderr.unpipe(cmd.stderr);
  }
}
