import { ShutdownError } from '../rpc/index.js';

/** Why a plugin could not be started; the message names it and quotes its last log lines. */
export class PluginStartError extends Error {
  constructor(
    readonly plugin: string,
    readonly reason: string,
    readonly logTail: readonly string[],
    /** The process that was started and has been reaped (undefined when spawning failed). */
    readonly pid?: number,
  ) {
    super(`${plugin}: ${reason}${formatTail(plugin, logTail)}`);
    this.name = 'PluginStartError';
  }
}

/** An RPC to a plugin whose process is gone: names the plugin and how it ended. */
export class PluginShutdownError extends ShutdownError {
  constructor(
    readonly plugin: string,
    cause: string,
    readonly exitReason: string,
    readonly logTail: readonly string[],
  ) {
    super(`${plugin}: ${cause}: plugin ${exitReason}${formatTail(plugin, logTail)}`);
  }
}

export function formatTail(plugin: string, tail: readonly string[]): string {
  if (tail.length === 0) return '';
  return `\nlast log lines of ${plugin}:\n${tail.map((l) => `  ${l}`).join('\n')}`;
}
