import { spawn, type ChildProcess } from 'node:child_process';
import type { Socket } from 'node:net';
import { MuxBroker, YamuxSession } from '../rpc/index.js';
import type { PluginConnection } from '../rpc/remote/connection.js';
import { watchChild, withTimeout, type ChildLife } from './child-life.js';
import { dialPlugin, errnoText } from './dial.js';
import { readFirstLine } from './first-line.js';
import { parseHandshake, type Handshake } from './handshake.js';
import { pluginEnv, pluginName, type PluginCommand } from './plugin-command.js';
import { PluginStartError } from './plugin-errors.js';
import { PluginRpcClient } from './plugin-rpc-client.js';
import { killGroup, reapOnExit } from './reaper.js';
import { StderrLog, type LogSink } from './stderr-log.js';

export interface StartOptions {
  /** The environment to extend (PACKER_RUN_UUID etc. pass through); default process.env. */
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** Packer's StartTimeout: the handshake and the first connection must be done by then. */
  handshakeTimeoutMs?: number;
  /** Where `<name> plugin: <line>` goes; undefined (PACKER_LOG unset) = nowhere. */
  log?: LogSink;
  /** Aborting gives up a start still waiting for the plugin (Ctrl-C during a slow handshake). */
  signal?: AbortSignal;
}

export const DEFAULT_HANDSHAKE_TIMEOUT_MS = 60_000;
/** A grandchild can hold the stderr pipe after the plugin died; stop waiting for EOF then. */
const STDERR_GRACE_MS = 2_000;

/** A started, connected plugin process: the PluginConnection rpc/remote drives, plus its life. */
export interface PluginProcess extends PluginConnection {
  readonly pid: number;
  readonly handshake: Handshake;
  /** SIGKILL (as Packer), then waits for the exit and the end of stderr; idempotent. */
  kill(): Promise<void>;
}

/**
 * Packer's plugin client Start: spawn with the cookie, read the handshake line, connect, run a
 * yamux client session and the broker, dial the main server (id 0). Any failure kills the process
 * (and its process group) before the error, which names the plugin, is thrown.
 */
export async function startPlugin(cmd: PluginCommand, options: StartOptions = {}): Promise<PluginProcess> {
  const name = pluginName(cmd);
  const stderr = new StderrLog(name, options.log);
  const child = spawn(cmd.path, cmd.args ?? [], {
    env: pluginEnv(options.env ?? process.env),
    ...(options.cwd !== undefined ? { cwd: options.cwd } : {}),
    // Plugins never read stdin (Ui.Ask is an RPC); their own process group lets kill() reach
    // whatever a plugin spawned, and keeps a terminal's Ctrl-C for us to handle.
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  reapOnExit(child);
  const life = watchChild(child, stderr);
  const proc = new Process(name, child, stderr, life);
  const timeoutMs = options.handshakeTimeoutMs ?? DEFAULT_HANDSHAKE_TIMEOUT_MS;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout while waiting for plugin to start')), timeoutMs);
  });
  const died = life.exit.then((reason): never => {
    throw new Error(`plugin exited before we could connect (${reason})`);
  });
  let onAbort = (): void => undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(new Error('cancelled while waiting for plugin to start'));
    if (options.signal?.aborted) onAbort();
    else options.signal?.addEventListener('abort', onAbort, { once: true });
  });
  const giveUp = Promise.race([deadline, aborted]);
  for (const p of [died, deadline, aborted, giveUp]) p.catch(() => undefined);
  try {
    const spawned = await Promise.race([life.spawned, giveUp]);
    if (spawned) throw new Error(`fork/exec ${cmd.path}: ${errnoText(spawned)}`);
    const line = await Promise.race([readFirstLine(child.stdout!), giveUp, died]);
    if (line === undefined) await Promise.race([died, giveUp]);
    const handshake = parseHandshake(shorten(line ?? ''));
    const dialling = dialPlugin(handshake);
    // A connection that completes after we gave up must not hold its descriptor open.
    dialling.then((socket) => void (proc.gaveUp && socket.destroy()), () => undefined);
    const socket = await Promise.race([dialling, giveUp, died]);
    await Promise.race([proc.connect(socket, handshake, options.log), giveUp, died]);
    return proc;
  } catch (err) {
    proc.gaveUp = true;
    await proc.kill();
    throw new PluginStartError(name, err instanceof Error ? err.message : String(err), stderr.tail(), child.pid);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

class Process implements PluginProcess {
  broker!: MuxBroker;
  main!: PluginRpcClient;
  handshake!: Handshake;
  /** Set when the start failed: late results are discarded. */
  gaveUp = false;
  private session: YamuxSession | undefined;
  private killing: Promise<void> | undefined;

  constructor(
    readonly name: string,
    private readonly child: ChildProcess,
    private readonly stderr: StderrLog,
    private readonly life: ChildLife,
  ) {}

  get pid(): number {
    return this.child.pid ?? -1;
  }

  exitReason(): string | undefined {
    return this.life.reason();
  }

  async connect(socket: Socket, handshake: Handshake, log: LogSink | undefined): Promise<void> {
    this.handshake = handshake;
    this.session = new YamuxSession(socket, { role: 'client', ...(log ? { log: (m: string) => log(`${this.name}: ${m}`) } : {}) });
    this.broker = new MuxBroker(this.session);
    void this.broker.run();
    const stream = await this.broker.dial(0);
    this.main = new PluginRpcClient(stream, {
      name: this.name,
      exitedWithin: (ms) => withTimeout(this.life.exit, ms),
      logTail: () => this.stderr.tail(),
    });
  }

  kill(): Promise<void> {
    this.killing ??= (async () => {
      this.session?.close();
      if (this.child.pid !== undefined) killGroup(this.child);
      await this.life.exit;
      if ((await withTimeout(this.life.stderrEnd.then(() => 'ended'), STDERR_GRACE_MS)) === undefined) {
        this.child.stderr?.destroy();
        this.stderr.end();
      }
      this.child.stdout?.destroy();
    })();
    return this.killing;
  }
}

/** Quoting a megabyte of garbage helps nobody. */
function shorten(line: string): string {
  return line.length > 500 ? `${line.slice(0, 500)}…` : line;
}
