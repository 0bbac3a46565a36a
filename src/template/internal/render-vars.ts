import { randomUUID } from 'node:crypto';
import type { VariableDef } from '../model.js';
import { isExecError, type RenderContext, type RenderFn } from './engine.js';

/**
 * Packer's `Core.renderVarsRecursively`, step for step, because its quirks are visible: keys are
 * rendered in sorted order, up to 100 passes, a reference to a variable not rendered *yet* is
 * retried, `{{ .Field }}` calls are left for the components, and the error texts are Packer's.
 * Returns the final user variables or throws an Error with Packer's message.
 */

const NOT_SET = 'Error: variable not set:';
const USER_CALL = /{{\s*user\s*`.*`\s*}}/;
const DOT_CALL = /{{(\s|)\.(.*?)(\s|)}}/g;

export function renderVariables(
  declared: VariableDef[],
  given: Record<string, string>,
  render: RenderFn,
  base: Omit<RenderContext, 'userVariables'>,
): Record<string, string> {
  const variables: Record<string, string> = { ...given };
  const pending = new Map<string, string>();
  for (const v of declared) pending.set(v.name, v.default ?? '');
  for (const [k, v] of Object.entries(given)) pending.set(k, v);
  let queue = [...pending.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

  // Packer's loop list starts with empty ("" → "") entries, so its context points at the shared
  // map before any real variable is rendered; sharing it from the start is the same thing.
  const ctx: RenderContext = { ...base, enableEnv: true, userVariables: variables };
  let shouldRetry = true;
  let changed = false;
  let failed = '';
  for (let i = 0; i < 100; i++) {
    shouldRetry = false;
    changed = false;
    const done: string[] = [];
    for (const [key, value] of queue) {
      let rendered: string;
      try {
        rendered = renderExcludingDotCalls(value, render, ctx);
      } catch (e) {
        const err = e as Error;
        if (!isExecError(err)) throw new Error(`error interpolating default value for '${key}': ${err.message}`);
        if (!err.message.includes(NOT_SET)) throw err;
        shouldRetry = true;
        failed = `"${key}": "${value}"; error: ${err.message}`;
        continue;
      }
      changed = true;
      variables[key] = rendered;
      if (USER_CALL.test(value)) shouldRetry = true;
      else done.push(key);
    }
    if (!shouldRetry) break;
    queue = queue.filter(([k]) => !done.includes(k));
  }
  if (!changed && shouldRetry) {
    throw new Error(
      `Failed to interpolate ${failed}: Please make sure that the variable you're referencing has been defined; ` +
        'Packer treats all variables used to interpolate other user variables as required.',
    );
  }
  return variables;
}

/** interpolate.RenderRegex: `{{ .X }}` survives untouched for the component that knows `.X`. */
function renderExcludingDotCalls(value: string, render: RenderFn, ctx: RenderContext): string {
  const excluded = new Map<string, string>();
  let text = value;
  let n = 0;
  for (const m of value.matchAll(DOT_CALL)) {
    const id = `${randomUUID()}-${n++}`;
    excluded.set(id, m[0]);
    text = text.split(m[0]).join(id);
  }
  let out = render(text, ctx);
  for (const [id, original] of excluded) out = out.split(id).join(original);
  return out;
}
