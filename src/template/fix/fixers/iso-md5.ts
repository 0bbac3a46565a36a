import { decodeBuilders } from '../decode.js';
import type { Fixer } from '../fixer.js';

export const isoMd5: Fixer = {
  name: 'iso-md5',
  synopsis: 'Replaces "iso_md5" in builders with "iso_checksum"',
  fix(input) {
    const builders = decodeBuilders(input);
    for (const b of builders ?? []) {
      const md5 = b.get('iso_md5');
      if (typeof md5 !== 'string') continue;
      b.delete('iso_md5');
      b.set('iso_checksum', md5);
      b.set('iso_checksum_type', 'md5');
    }
    input.set('builders', builders);
    return input;
  },
};
