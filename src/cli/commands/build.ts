import type { OnError } from '../../sdk/index.js';
import { FlagSet } from '../flags.js';
import { loadForCommand } from '../load.js';
import { addMetaFlags, createCommandUi, newMetaArgs, usageError, type CommandContext } from '../meta.js';
import { withComponents } from '../components.js';
import { buildHelp } from '../usage.js';

const ON_ERROR: readonly OnError[] = ['cleanup', 'abort', 'ask', 'run-cleanup-provisioner'];

export interface BuildArgs {
  color: boolean;
  debug: boolean;
  force: boolean;
  timestampUi: boolean;
  parallelBuilds: number;
  onError: OnError;
}

/** Packer's BuildArgs.AddFlagSets (build also knows -machine-readable as a flag of its own). */
export function buildFlags(a: BuildArgs, meta = newMetaArgs()): FlagSet {
  const fs = new FlagSet()
    .bool('color', (v) => (a.color = v))
    .bool('debug', (v) => (a.debug = v))
    .bool('force', (v) => (a.force = v))
    .bool('timestamp-ui', (v) => (a.timestampUi = v))
    .bool('machine-readable', () => {})
    .int('parallel-builds', (v) => (a.parallelBuilds = v))
    .value('on-error', (v) => {
      const found = ON_ERROR.find((o) => o === v);
      if (!found) throw new Error(`expected one of [${ON_ERROR.map((o) => `"${o}"`).join(' ')}]`);
      a.onError = found;
    });
  return addMetaFlags(fs, meta);
}

export async function run(ctx: CommandContext): Promise<number> {
  const a: BuildArgs = { color: true, debug: false, force: false, timestampUi: false, parallelBuilds: 0, onError: 'cleanup' };
  const meta = newMetaArgs();
  const parsed = buildFlags(a, meta).parse(ctx.args);
  // The Ui exists before the flags are known (Go prints flag errors through it), so a failed
  // parse uses the defaults, as Packer's does.
  const ui = createCommandUi(ctx, parsed.kind === 'ok' ? a : {});
  if (parsed.kind === 'help') return usageError(ui, buildHelp);
  if (parsed.kind === 'error') return usageError(ui, buildHelp, parsed.message);
  if (parsed.args.length !== 1) return usageError(ui, buildHelp);

  const now = new Date();
  const template = await loadForCommand(ctx, ui, parsed.args[0]!, meta, { now });
  if (!template) return 1;

  const { runBuilds } = await import('../../core/index.js');
  return withComponents(ctx, ui, async (components, signal) => {
    const summary = await runBuilds(template, {
      only: meta.only,
      except: meta.except,
      parallelBuilds: a.parallelBuilds < 1 ? 0 : a.parallelBuilds,
      onError: a.onError,
      debug: a.debug,
      force: a.force,
      signal,
      emit: (e) => ui.onEvent(e),
      // Packer's MachineReadableUi cannot ask; without a terminal the core falls back itself.
      ...(ctx.io.ask && !ctx.machineReadable ? { ask: ctx.io.ask } : {}),
      components,
      now,
    });
    ui.flush();
    return summary.exitCode;
  });
}
