import type { ComponentSet } from '../sdk/index.js';
import type { CommandContext, CommandUi } from './meta.js';
import { handleInterrupts } from './signals.js';

/**
 * Runs `work` with the built-in components plus the plugins found as Packer finds them, under
 * Ctrl-C handling. Plugin processes are killed on every way out: success, error, and after a
 * cancelled run's cleanup.
 */
export async function withComponents(
  ctx: CommandContext,
  ui: CommandUi,
  work: (components: ComponentSet, signal: AbortSignal) => Promise<number>,
): Promise<number> {
  const [{ builtinComponentSet }, { componentsForCommand }] = await Promise.all([
    import('../components/index.js'),
    import('../plugins/index.js'),
  ]);
  const interrupts = handleInterrupts(ctx.io, ui);
  let components;
  try {
    components = await componentsForCommand(ctx.io, builtinComponentSet(), interrupts.signal);
  } catch (e) {
    interrupts.stop();
    ui.error(`Error loading configuration: \n\n${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
  try {
    return await work(components, interrupts.signal);
  } finally {
    await components.close();
    interrupts.stop();
  }
}
