import { decodeBuilders } from '../decode.js';
import type { Fixer } from '../fixer.js';
import type { GoValue } from '../value.js';

const str = (v: GoValue | undefined): string => (typeof v === 'string' ? v : '');

export const isoChecksumTypeAndUrl: Fixer = {
  name: 'iso-checksum-type-and-url',
  // Packer's text names iso_checksum_url twice.
  synopsis: 'Puts content of potential "iso_checksum_url" and "iso_checksum_url" in "iso_checksum"',
  fix(input) {
    const builders = decodeBuilders(input);
    for (const b of builders ?? []) {
      const url = str(b.get('iso_checksum_url'));
      const type = str(b.get('iso_checksum_type'));
      let checksum = str(b.get('iso_checksum'));
      b.delete('iso_checksum_url');
      b.delete('iso_checksum_type');
      if (checksum === '' && url === '') continue;
      if (url !== '') checksum = `file:${url}`;
      else if (type !== '') checksum = `${type}:${checksum}`;
      b.set('iso_checksum', checksum);
    }
    input.set('builders', builders);
    return input;
  },
};
