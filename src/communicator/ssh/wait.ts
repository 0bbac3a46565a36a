import { setTimeout as delay } from 'node:timers/promises';
import { CancelledError } from '../../sdk/index.js';
import { SshCommunicator } from './communicator.js';
import { connectOnce } from './connect.js';
import { SshHandshakeError, SshTimeoutError, authFailureMessage } from './errors.js';
import type { SshOptions } from './options.js';

export interface WaitOptions {
  /** ssh_timeout: the whole wait. */
  timeoutMs: number;
  /** ssh_handshake_attempts: authentication failures tolerated before giving up. */
  handshakeAttempts: number;
  /** Told why each attempt failed (Packer logs these). */
  log?: (line: string) => void;
  /** Packer's pauses: 5 s between attempts, 2 s more after an auth failure. Tests shorten them. */
  retryDelayMs?: number;
  authRetryDelayMs?: number;
}

/** Resolves after `ms`, or at once when `signal` aborts (the loop then sees the abort). */
const sleep = (ms: number, signal: AbortSignal): Promise<void> => delay(ms, undefined, { signal }).catch(() => undefined);

/**
 * packer StepConnectSSH's wait: try to connect until it works, retrying refused connections and
 * failed handshakes, giving up after `handshakeAttempts` authentication failures (their error,
 * wrapped as Packer does) or when `timeoutMs` has passed (SshTimeoutError). Aborting `signal`
 * stops at once with CancelledError; nothing is left open.
 */
export async function waitForSsh(opts: SshOptions, w: WaitOptions, signal: AbortSignal): Promise<SshCommunicator> {
  const stop = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    stop.abort();
  }, w.timeoutMs);
  const onAbort = (): void => stop.abort();
  signal.addEventListener('abort', onAbort, { once: true });
  if (signal.aborted) stop.abort();
  const log = w.log ?? (() => undefined);
  let authFailures = 0;
  try {
    for (let first = true; ; first = false) {
      if (!first) await sleep(w.retryDelayMs ?? 5000, stop.signal);
      if (stop.signal.aborted) break;
      try {
        const conn = await connectOnce(opts, stop.signal);
        if (stop.signal.aborted) {
          conn.client.end();
          break;
        }
        return new SshCommunicator(conn, opts);
      } catch (e) {
        if (stop.signal.aborted) break;
        const err = e as Error;
        log(`[DEBUG] SSH connection attempt failed: ${err.message}`);
        if (err instanceof SshHandshakeError && err.auth) {
          authFailures++;
          if (authFailures >= w.handshakeAttempts) throw new Error(authFailureMessage(err.message));
          await sleep(w.authRetryDelayMs ?? 2000, stop.signal);
        }
      }
    }
    if (timedOut && !signal.aborted) throw new SshTimeoutError();
    throw new CancelledError();
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}
