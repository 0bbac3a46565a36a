import { CancelledError } from '../../sdk/index.js';
import { RpcError, ShutdownError, RpcProtocolError } from '../net-rpc/index.js';
import type { PluginConnection } from './connection.js';
import { PluginExitedError } from './errors.js';

const CANCEL_AFTER_DIAL_MS = 100;

/** How long a dead connection may precede the process's exit status. */
const EXIT_GRACE_MS = 3_000;

async function exitReason(conn: PluginConnection): Promise<string | undefined> {
  for (let waited = 0; waited < EXIT_GRACE_MS; waited += 50) {
    const reason = conn.exitReason();
    if (reason !== undefined) return reason;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return conn.exitReason();
}

/**
 * Turns a failure of `method` into what a user can act on: the plugin's own error text as is,
 * or, when the connection died, which plugin went away and why.
 */
export async function explain(conn: PluginConnection, method: string, err: unknown): Promise<Error> {
  if (err instanceof RpcError) return new Error(err.message);
  if (err instanceof ShutdownError || err instanceof RpcProtocolError || conn.exitReason() !== undefined) {
    const reason = await exitReason(conn);
    if (reason !== undefined) return new PluginExitedError(conn.name, reason, method);
    return new PluginExitedError(conn.name, `closed its connection (${err instanceof Error ? err.message : String(err)})`, method);
  }
  return err instanceof Error ? err : new Error(String(err));
}

/** A call on the plugin's main server (broker id 0) with explained failures. */
export async function callMain(conn: PluginConnection, method: string, args: unknown): Promise<unknown> {
  try {
    return await conn.main.call(method, args);
  } catch (err) {
    throw await explain(conn, method, err);
  }
}

/**
 * Sends `<Service>.Cancel` once when `signal` aborts while `run` is in flight (never before:
 * Go's BuilderServer/ProvisionerServer.Cancel panic when nothing runs yet), once the plugin
 * has dialled the callback id of this call.
 */
export async function withCancel<T>(conn: PluginConnection, service: string, signal: AbortSignal, dialled: Promise<void>, run: () => Promise<T>): Promise<T> {
  // The Go server makes its cancellable context right after dialling our callback id; a Cancel
  // that overtook it would panic the plugin, so it waits for the dial and a moment more.
  const onAbort = (): void => {
    dialled
      .then(() => new Promise((resolve) => setTimeout(resolve, CANCEL_AFTER_DIAL_MS)))
      .then(
        () => conn.main.call(`${service}.Cancel`, null).catch(() => undefined),
        () => undefined,
      );
  };
  if (signal.aborted) throw new CancelledError();
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    return await run();
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}
