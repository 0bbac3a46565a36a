// The command-line face: Packer's commands, flags and output formats over the engine.

import { dispatch } from './cli.js';
import { processIo, type CliIo } from './io.js';

export { dispatch, commands, EXIT_USAGE } from './cli.js';
export { FlagSet, type ParseResult } from './flags.js';
export { processIo, type CliIo, type SignalName } from './io.js';
export type { CommandContext } from './meta.js';
export { VERSION, PACKER_COMPAT_VERSION } from './version.js';

/**
 * Runs one command line and gives its exit code. The one place errors become exit codes: a
 * command reports what users did wrong itself; anything thrown is our bug, reported in one line
 * (the stack only with PACKER_LOG, as Packer keeps its panics for the log).
 */
export async function run(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    const log = io.env['PACKER_LOG'];
    const verbose = log !== undefined && log !== '' && log !== '0';
    io.stderr(`image-build: internal error: ${verbose ? (e.stack ?? e.message) : e.message}\n`);
    return 1;
  } finally {
    await io.flush();
  }
}
