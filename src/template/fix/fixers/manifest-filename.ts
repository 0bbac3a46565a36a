import { decodePostProcessors, ppList } from '../decode.js';
import type { Fixer } from '../fixer.js';
import { typeOf } from '../value.js';

export const manifestFilename: Fixer = {
  name: 'manifest-filename',
  synopsis: 'Updates "manifest" post-processor so any "filename" field is renamed to "output".',
  fix(input) {
    if ((input.get('post-processors') ?? null) === null) return input;
    const pps = decodePostProcessors(input);
    for (const pp of ppList(pps)) {
      if (typeOf(pp) !== 'manifest') continue;
      const filename = pp.get('filename');
      if (typeof filename !== 'string') continue;
      pp.delete('filename');
      pp.set('output', filename);
    }
    input.set('post-processors', pps);
    return input;
  },
};
