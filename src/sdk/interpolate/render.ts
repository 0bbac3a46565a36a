// interpolate.Render: parse (cached per text and function set), then execute.
import type { InterpolateContext } from './context.js';
import { builtinFuncs } from './builtins.js';
import { ExecError, execute } from './exec/executor.js';
import { looseFunc, type GoFunc } from './exec/signature.js';
import { packerFuncs } from './funcs.js';
import type { ListNode } from './parse/nodes.js';
import { ParseError, parseTemplate } from './parse/parser.js';

/** A template error, worded as Go's text/template words it (template name "root"). */
export class InterpolateError extends Error {
  override name = 'InterpolateError';
}

const packerNames = new Set(Object.keys(packerFuncs({})));
const cache = new Map<string, Map<string, ListNode> | InterpolateError>();
const maxCache = 5000;

function parseCached(text: string, extra: string[]): Map<string, ListNode> {
  const key = extra.length ? extra.join(',') + '\0' + text : text;
  let hit = cache.get(key);
  if (hit === undefined) {
    const names = new Set(extra);
    const has = (n: string): boolean => packerNames.has(n) || names.has(n) || Object.hasOwn(builtinFuncs, n);
    try {
      hit = parseTemplate('root', text, has);
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      hit = new InterpolateError(e.message);
    }
    if (cache.size >= maxCache) cache.clear();
    cache.set(key, hit);
  }
  if (hit instanceof InterpolateError) throw new InterpolateError(hit.message);
  return hit;
}

/** interpolate.Validate: parse only (unknown functions, syntax); throws InterpolateError. */
export function validate(text: string, ctx: InterpolateContext): void {
  parseCached(text, ctx.funcs ? Object.keys(ctx.funcs).sort() : []);
}

/** interpolate.RenderOnce: one pass of text/template over `text`. */
export function render(text: string, ctx: InterpolateContext): string {
  const extra = ctx.funcs ? Object.keys(ctx.funcs).sort() : [];
  const trees = parseCached(text, extra);
  let pf: Record<string, GoFunc> | null = null;
  const lookup = (name: string): { fn: GoFunc; builtin: boolean } | undefined => {
    const own = ctx.funcs?.[name];
    if (own) return { fn: looseFunc(own), builtin: false };
    if (packerNames.has(name)) {
      pf ??= packerFuncs(ctx);
      return { fn: pf[name]!, builtin: false };
    }
    const b = Object.hasOwn(builtinFuncs, name) ? builtinFuncs[name] : undefined;
    return b ? { fn: b, builtin: true } : undefined;
  };
  try {
    return execute({ name: 'root', text, trees, funcs: lookup }, ctx.data === null ? undefined : ctx.data);
  } catch (e) {
    if (e instanceof ExecError) throw new InterpolateError(e.message);
    throw e;
  }
}

/** True when the text holds a {{ action (what Packer would interpolate). */
export function isTemplated(text: string): boolean {
  return text.includes('{{');
}
