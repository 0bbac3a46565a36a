import type { Template } from '../template/model.js';
import type { CommandContext, CommandUi, MetaArgs } from './meta.js';

/**
 * Packer's GetConfig: loads the template with the command's variables, reports every diagnostic
 * (one Ui call, as writeDiags), and gives the template only when nothing stops it.
 */
export interface LoadFor {
  /** Template text to use instead of reading `path` (inspect's built-in smallest template). */
  stdin?: string;
  /** `validate -syntax-only` and `inspect`: parse only, names and defaults stay raw. */
  syntaxOnly?: boolean;
  now?: Date;
}

export async function loadForCommand(ctx: CommandContext, ui: CommandUi, path: string, m: MetaArgs, o: LoadFor = {}): Promise<Template | undefined> {
  const { loadTemplate } = await import('../template/index.js');
  const { io } = ctx;
  const input = o.stdin ?? (path === '-' ? await io.readStdin() : undefined);
  const result = await loadTemplate({
    path,
    ...(input !== undefined ? { stdin: input } : {}),
    vars: m.vars,
    varFiles: m.varFiles,
    env: io.env,
    cwd: io.cwd,
    ...(o.syntaxOnly ? { syntaxOnly: true } : {}),
    ...(o.now ? { now: o.now } : {}),
  });
  if (result.template) ui.learnSecrets(result.template);
  for (const diagnostic of result.diagnostics) ui.onEvent({ kind: 'diagnostic', time: new Date(), diagnostic });
  ui.flush();
  if (!result.template || result.diagnostics.some((d) => d.severity === 'error')) return undefined;
  return result.template;
}
