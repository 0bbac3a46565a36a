import { FlagSet } from '../flags.js';
import { loadForCommand } from '../load.js';
import { addMetaFlags, createCommandUi, newMetaArgs, usageError, type CommandContext } from '../meta.js';
import { withComponents } from '../components.js';
import { validateHelp } from '../usage.js';

/** Packer's validate: silent on success; `-syntax-only` stops after loading. */
export async function run(ctx: CommandContext): Promise<number> {
  let syntaxOnly = false;
  const meta = newMetaArgs();
  const parsed = addMetaFlags(new FlagSet().bool('syntax-only', (v) => (syntaxOnly = v)), meta).parse(ctx.args);
  const ui = createCommandUi(ctx, { color: false });
  if (parsed.kind === 'help') return usageError(ui, validateHelp);
  if (parsed.kind === 'error') return usageError(ui, validateHelp, parsed.message);
  if (parsed.args.length !== 1) return usageError(ui, validateHelp);

  const now = new Date();
  const template = await loadForCommand(ctx, ui, parsed.args[0]!, meta, { syntaxOnly, now });
  if (!template) return 1;
  if (syntaxOnly) {
    ui.say('Syntax-only check passed. Everything looks okay.');
    return 0;
  }

  const { validateBuilds } = await import('../../core/index.js');
  return withComponents(ctx, ui, async (components, signal) => {
    const diagnostics = await validateBuilds(template, {
      only: meta.only,
      except: meta.except,
      parallelBuilds: 0,
      onError: 'cleanup',
      debug: false,
      force: false,
      signal,
      emit: (e) => ui.onEvent(e),
      components,
      now,
    });
    for (const diagnostic of diagnostics) ui.onEvent({ kind: 'diagnostic', time: new Date(), diagnostic });
    ui.flush();
    return diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
  });
}
