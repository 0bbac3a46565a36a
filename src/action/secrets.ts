import type { ActionInputs } from './inputs.js';
import { templateSecrets } from '../ui/mask.js';

/**
 * The template's secrets, read before anything runs so the mask is in place before the first log
 * line. A template that does not load has none here: the engine then reports why.
 */
export async function secretsOf(inputs: ActionInputs, env: Record<string, string | undefined>, now: Date): Promise<string[]> {
  const { loadTemplate } = await import('../template/index.js');
  try {
    const r = await loadTemplate({ path: inputs.template, vars: inputs.variables, varFiles: inputs.varFiles, env, cwd: inputs.workingDirectory, now });
    return r.template ? templateSecrets(r.template) : [];
  } catch {
    return [];
  }
}
