import type { Duplex } from 'node:stream';
import { RpcClient, ShutdownError } from '../rpc/index.js';
import { PluginShutdownError } from './plugin-errors.js';

/** What the client asks the process when a call dies with the connection. */
export interface ExitWatch {
  readonly name: string;
  /** Resolves with the exit reason once the process is gone, or undefined after `graceMs`. */
  exitedWithin(graceMs: number): Promise<string | undefined>;
  logTail(): string[];
}

/** The connection can drop a moment before the exit is reported; wait this long for it. */
const EXIT_GRACE_MS = 2_000;

/**
 * The main net/rpc client of a plugin. A call that dies because the connection went away is
 * reported as the plugin's death (name, exit status, last log lines) instead of Go's bare
 * "connection is shut down"; it stays a ShutdownError for callers that test for one.
 */
export class PluginRpcClient extends RpcClient {
  constructor(
    stream: Duplex,
    private readonly watch: ExitWatch,
  ) {
    super(stream);
  }

  override async call(serviceMethod: string, args: unknown): Promise<unknown> {
    try {
      return await super.call(serviceMethod, args);
    } catch (err) {
      if (!(err instanceof ShutdownError) || err instanceof PluginShutdownError) throw err;
      const reason = await this.watch.exitedWithin(EXIT_GRACE_MS);
      if (reason === undefined) throw new ShutdownError(`${this.watch.name}: ${err.message}`);
      throw new PluginShutdownError(this.watch.name, err.message, reason, this.watch.logTail());
    }
  }
}
