import { createCommandUi, type CommandContext } from '../meta.js';
import { VERSION } from '../version.js';

/**
 * Packer's version records with image-build's own version (intended difference): scripts that
 * parse `version,<v>` keep working, and the text names what actually runs.
 */
export async function run(ctx: CommandContext): Promise<number> {
  const ui = createCommandUi(ctx, { color: false });
  ui.machine('version', VERSION);
  ui.machine('version-prelease', '');
  ui.machine('version-commit', '');
  ui.say(`image-build v${VERSION}`);
  return 0;
}
