import { decodeBuilders } from '../decode.js';
import type { Fixer } from '../fixer.js';
import { FixError, isMap } from '../value.js';

const oldName = /clean_(image|ami)_name/g;
const fixName = (s: string): string => s.replace(oldName, 'clean_resource_name');

export const cleanImageName: Fixer = {
  name: 'clean-image-name',
  synopsis: 'Replaces /clean_(image|ami)_name/ in builder configs with "clean_resource_name"',
  fix(input) {
    const builders = decodeBuilders(input);
    for (const b of builders ?? []) {
      for (const [key, value] of b) {
        if (typeof value === 'string') b.set(key, fixName(value));
        else if (isMap(value)) {
          for (const [k, v] of value) if (typeof v === 'string') value.set(k, fixName(v));
        } else if (key === 'image_labels') {
          throw new FixError('"image_labels" is neither a string nor a map (Packer 1.6.6 crashes on this template)');
        }
      }
    }
    input.set('builders', builders);
    return input;
  },
};
