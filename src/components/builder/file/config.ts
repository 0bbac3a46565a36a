import { decodeConfig, defineSpec } from '../../../sdk/config/index.js';
import type { RawConfig } from '../../../sdk/index.js';
import { throwIfAnyPacker } from '../../common/packer-errors.js';

const spec = defineSpec({
  source: { kind: 'string', default: '' },
  target: { kind: 'string', default: '' },
  content: { kind: 'string', default: '' },
});

export interface FileConfig {
  source: string;
  target: string;
  content: string;
}

/** packer `builder/file` Config.Prepare, with its messages. */
export function prepareFileConfig(raws: RawConfig[]): { config: FileConfig; warnings: string[] } {
  const { config } = decodeConfig(spec, raws);
  const errs: Error[] = [];
  const warnings: string[] = [];
  if (config.target === '') errs.push(new Error('target required'));
  if (config.content === '' && config.source === '') {
    warnings.push('Both source file and contents are blank; target will have no content');
  }
  if (config.content !== '' && config.source !== '') errs.push(new Error('Cannot specify source file AND content'));
  throwIfAnyPacker(errs);
  return { config, warnings };
}
