// The sdk's own entry point of the engine; switch to '../../sdk/index.js' once it re-exports render.
import { render, type InterpolateContext } from '../../sdk/interpolate/index.js';

/**
 * The `{{ }}` engine as the template reader sees it: sdk `render(text, ctx)` (one pass of Go
 * text/template with Packer's functions), which throws an InterpolateError in Go's wording.
 */

export type RenderContext = InterpolateContext;

export type RenderFn = (text: string, ctx: RenderContext) => string;

export function sdkRender(): RenderFn {
  return render;
}

/** Go's ExecError (a function failed while running) as opposed to a template parse error. */
export function isExecError(err: Error): boolean {
  return /^template: [^:]+:\d+:\d+: executing /.test(err.message);
}
