import { statSync } from 'node:fs';
import { decodeConfig, defineSpec } from '../../../sdk/config/index.js';
import type { RawConfig } from '../../../sdk/index.js';
import type { InterpolateContext } from '../../../sdk/interpolate/index.js';
import { goPathError } from '../../common/go-errors.js';
import { throwIfAnyPacker } from '../../common/packer-errors.js';

const spec = defineSpec({
  source: { kind: 'string' },
  sources: { kind: 'string-list' },
  destination: { kind: 'string' },
  direction: { kind: 'string' },
  generated: { kind: 'bool' },
});

export interface FileConfig {
  sources: string[];
  destination: string;
  direction: 'upload' | 'download';
  /** Renders the `{{ build }}` references left for run time (source and destination). */
  ctx: InterpolateContext;
}

/** Decode + Prepare of packer `provisioner/file` (Packer 1.6.6), with its messages and order. */
export function decodeFileConfig(raws: RawConfig[]): FileConfig {
  const { config: c, ctx } = decodeConfig(spec, raws);
  const direction = c.direction || 'upload';
  const errs: Error[] = [];
  if (direction !== 'download' && direction !== 'upload') errs.push(new Error('Direction must be one of: download, upload.'));
  const sources = [...(c.sources ?? [])];
  if (c.source) sources.push(c.source);
  if (direction === 'upload' && !c.generated) {
    for (const src of sources) {
      try {
        statSync(src);
      } catch (e) {
        errs.push(new Error(`Bad source '${src}': ${goPathError('stat', src, e).message}`));
      }
    }
  }
  if (sources.length < 1) errs.push(new Error('Source must be specified.'));
  if (!c.destination) errs.push(new Error('Destination must be specified.'));
  throwIfAnyPacker(errs);
  return { sources, destination: c.destination!, direction: direction as FileConfig['direction'], ctx };
}
