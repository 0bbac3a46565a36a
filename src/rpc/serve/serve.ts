import type { Writable } from 'node:stream';
import { MuxBroker } from '../mux-broker.js';
import { RpcServer } from '../net-rpc/index.js';
import { YamuxSession } from '../yamux/index.js';
import { registerComponent, type ServedComponent } from './component.js';
import { ServeContext } from './context.js';
import {
  MAGIC_COOKIE_KEY,
  MAGIC_COOKIE_VALUE,
  NOT_A_COMMAND,
  firstConnection,
  handshakeLine,
  listen,
  protocolOverride,
  type HandshakeProtocol,
} from './handshake.js';
import { stderrLog, type ServeLog } from './log.js';

export interface ServeOptions {
  /** The handshake this invocation prints unless IMAGE_BUILD_PLUGIN_PROTOCOL overrides it. */
  protocol: HandshakeProtocol;
  env?: NodeJS.ProcessEnv;
  stdout?: Writable;
  log?: ServeLog;
  /** Where the socket goes (default os.tmpdir(), i.e. $TMPDIR as Go's os.TempDir). */
  socketDir?: string;
  /** A core that printed nothing back within this time is gone (Go waits forever; we do not leak). */
  connectTimeoutMs?: number;
  /** How long calls in flight may run on after the session ended (their cleanup), default 2 min. */
  drainLimitMs?: number;
  /** Eat SIGINT/SIGTERM once connected, as Go plugins do (default true; false when serving inside a test runner). */
  ignoreInterrupts?: boolean;
}

/** Starting failed before a core connected (no cookie, bad override, no listener). */
export class PluginServeError extends Error {
  override readonly name = 'PluginServeError';
}

/**
 * Serves one component to one core, as packer-plugin-sdk's `Server.Serve`: listener, handshake
 * line, exactly one connection, yamux (plugin = server role) with a MuxBroker, the component on
 * id 0. From the connection on, SIGINT/SIGTERM are only logged: the core cancels through the
 * Cancel RPCs and ends the process itself. Resolves when the session is over and every call in
 * flight (and so the component's cleanup) has finished.
 */
export async function serveComponent(served: ServedComponent, opts: ServeOptions): Promise<void> {
  const env = opts.env ?? process.env;
  const log = opts.log ?? stderrLog;
  if (env[MAGIC_COOKIE_KEY] !== MAGIC_COOKIE_VALUE) throw new PluginServeError(NOT_A_COMMAND);
  let protocol: HandshakeProtocol;
  try {
    protocol = protocolOverride(env) ?? opts.protocol;
  } catch (err) {
    throw new PluginServeError((err as Error).message);
  }

  const { server, path } = await listen(opts.socketDir);
  log(`Plugin address: unix ${path}`);
  (opts.stdout ?? process.stdout).write(handshakeLine(protocol, path));
  log('Waiting for connection...');
  const ownSignals = opts.ignoreInterrupts ?? true;
  // Interrupted before any core connected: nobody will SIGKILL us, so leave no socket behind.
  const early = (): void => {
    server.close(() => process.exit(1));
  };
  if (ownSignals) process.once('SIGINT', early).once('SIGTERM', early);
  const socket = await firstConnection(server, opts.connectTimeoutMs ?? 120_000).finally(() => {
    process.off('SIGINT', early).off('SIGTERM', early);
  });
  log('Serving a plugin connection...');
  if (ownSignals) ignoreInterrupts(log);

  const session = new YamuxSession(socket, { role: 'server', log });
  const broker = new MuxBroker(session);
  void broker.run();
  const ctx = new ServeContext(broker, log);
  const rpc = new RpcServer();
  registerComponent(rpc, served, ctx);
  broker.accept(0).then(
    (main) => rpc.serve(main),
    (err: unknown) => {
      log(`no core dialled the component server: ${String(err)}`);
      session.close();
    },
  );

  const cause = await session.closed;
  log(`session ended${cause ? `: ${cause.message}` : ''}`);
  ctx.markLost();
  // A component that ignores its aborted signal must not keep the process forever.
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<void>((resolve) => (timer = setTimeout(resolve, opts.drainLimitMs ?? 120_000)));
  await Promise.race([ctx.drained(), limit]);
  clearTimeout(timer);
}

let interrupts = 0;
let ignoring = false;
function ignoreInterrupts(log: ServeLog): void {
  if (ignoring) return;
  ignoring = true;
  const eat = (): void => {
    interrupts++;
    log(`Received interrupt signal (count: ${interrupts}). Ignoring.`);
  };
  process.on('SIGINT', eat);
  process.on('SIGTERM', eat);
}
