import { FlagSet } from '../flags.js';
import { inspectTemplate } from '../inspect-template.js';
import { loadForCommand } from '../load.js';
import { addMetaFlags, createCommandUi, newMetaArgs, usageError, type CommandContext } from '../meta.js';
import { inspectHelp } from '../usage.js';

/**
 * Packer inspects its smallest template when given no path (or more than one). Inspect loads
 * syntax only: Packer shows names and defaults raw and ignores missing required variables.
 */
const TINIEST_BUILDER = `{
	"builders": [
		{
			"type":"null",
			"communicator": "none"
		}
	]
}`;

export async function run(ctx: CommandContext): Promise<number> {
  const meta = newMetaArgs();
  const parsed = addMetaFlags(new FlagSet(), meta).parse(ctx.args);
  const ui = createCommandUi(ctx, { color: false });
  if (parsed.kind === 'help') return usageError(ui, inspectHelp);
  if (parsed.kind === 'error') return usageError(ui, inspectHelp, parsed.message);

  const template =
    parsed.args.length === 1
      ? await loadForCommand(ctx, ui, parsed.args[0]!, meta, { syntaxOnly: true })
      : await loadForCommand(ctx, ui, '-', meta, { stdin: TINIEST_BUILDER, syntaxOnly: true });
  if (!template) return 1;
  inspectTemplate(template, ui);
  return 0;
}
