import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { goPathError } from '../../sdk/index.js';
import { FlagSet } from '../flags.js';
import { createCommandUi, usageError, type CommandContext } from '../meta.js';
import { fixHelp } from '../usage.js';

/**
 * Packer's fix: decode the JSON template, run every fixer in order, print the result as Go's
 * encoder indents it, then (unless `-validate=false`) parse and validate what was printed.
 */
export async function run(ctx: CommandContext): Promise<number> {
  let validate = true;
  const parsed = new FlagSet().bool('validate', (v) => (validate = v)).parse(ctx.args);
  const ui = createCommandUi(ctx, { color: false });
  if (parsed.kind === 'help') return usageError(ui, fixHelp);
  if (parsed.kind === 'error') return usageError(ui, fixHelp, parsed.message);
  if (parsed.args.length !== 1) return usageError(ui, fixHelp);
  const file = parsed.args[0]!;

  const fix = await import('../../template/fix/index.js');
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path.resolve(ctx.io.cwd, file));
  } catch (err) {
    const { code } = err as NodeJS.ErrnoException;
    // os.Open succeeds on a directory; Go's decoder then fails to read it.
    if (code === 'EISDIR') ui.error(`Error parsing template: read ${file}: is a directory`);
    else ui.error(`Error opening template: ${goPathError('open', file, err).message}`);
    return 1;
  }

  let text: string;
  try {
    text = fix.fixText(bytes);
  } catch (err) {
    if (err instanceof fix.FixParseError) ui.error(`Error parsing template: ${err.message}`);
    else if (err instanceof fix.FixError) ui.error(`Error fixing: ${err.message}`);
    else throw err;
    return 1;
  }
  ui.say(text);
  if (!validate) return 0;
  const problem = fix.checkFixed(text);
  if (problem === undefined) return 0;
  ui.error(problem);
  return 1;
}
