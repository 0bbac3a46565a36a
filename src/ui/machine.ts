import { machineOutput, type Write } from './output.js';
import { createRenderer, type Renderer, type RendererOptions } from './renderer.js';

export interface MachineRendererOptions extends Partial<Omit<RendererOptions, 'color' | 'stripEscapes'>> {
  write: Write;
}

/**
 * Packer 1.6.6's `-machine-readable` format: one CSV-like record per line, Ui text as `ui`
 * records with the full human text (prefix included) and never a colour.
 */
export function createMachineRenderer(opts: MachineRendererOptions): Renderer {
  return createRenderer(machineOutput(opts.write), {
    color: false,
    stripEscapes: true,
    timestampUi: opts.timestampUi ?? false,
    debug: opts.debug,
    mask: opts.mask,
  });
}
