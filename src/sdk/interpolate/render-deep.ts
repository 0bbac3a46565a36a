// interpolate.RenderMap with a RenderFilter: config decoding renders every
// string of a raw config. Each top-level key is first validated (parsed, even
// when excluded), then rendered unless excluded — Packer's InterpolateFilter
// Exclude, e.g. "execute_command", which the component renders itself later
// with its own data. Errors are worded as Packer's:
//   invalid 'content': template: root:1: function "nosuch" not defined in:\n\n{{ nosuch }}
//   render 'content': template: root:1:5: executing "root" at <…>: … in:\n\n<the string>
import type { InterpolateContext } from './context.js';
import { isRecord } from './exec/values.js';
import { InterpolateError, render, validate } from './render.js';

function walk(v: unknown, f: (s: string) => string): unknown {
  if (typeof v === 'string') return f(v);
  if (Array.isArray(v)) return v.map((e) => walk(e, f));
  if (isRecord(v)) {
    const out: Record<string, unknown> = {};
    for (const [k, e] of Object.entries(v)) out[k] = walk(e, f);
    return out;
  }
  return v;
}

function inString(s: string, fn: (s: string) => string): string {
  try {
    return fn(s);
  } catch (e) {
    if (e instanceof InterpolateError) throw new InterpolateError(`${e.message} in:\n\n${s}`);
    throw e;
  }
}

function prefixed<T>(prefix: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof InterpolateError) throw new InterpolateError(`${prefix}${e.message}`);
    throw e;
  }
}

/**
 * Renders each string inside objects and arrays (keys are not rendered).
 * `skip` names top-level keys, case-insensitively, to leave as written.
 */
export function renderDeep(value: unknown, ctx: InterpolateContext, skip: string[] = []): unknown {
  if (!isRecord(value)) return walk(value, (s) => inString(s, (x) => render(x, ctx)));
  const excluded = new Set(skip.map((s) => s.toLowerCase()));
  const out: Record<string, unknown> = {};
  for (const [k, raw] of Object.entries(value)) {
    prefixed(`invalid '${k}': `, () => walk(raw, (s) => inString(s, (x) => (validate(x, ctx), x))));
    out[k] = excluded.has(k.toLowerCase()) ? raw : prefixed(`render '${k}': `, () => walk(raw, (s) => inString(s, (x) => render(x, ctx))));
  }
  return out;
}
