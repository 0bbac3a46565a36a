import { basicOutput, type Write } from './output.js';
import { createRenderer, type Renderer, type RendererOptions } from './renderer.js';

export interface HumanRendererOptions extends RendererOptions {
  write: Write;
}

/** Packer 1.6.6's human format: targeted lines, per-build colours, Packer's summary. */
export function createHumanRenderer(opts: HumanRendererOptions): Renderer {
  return createRenderer(basicOutput(opts.write), opts);
}
