import { decodeBuilders } from '../decode.js';
import type { Fixer } from '../fixer.js';
import { typeOf } from '../value.js';

export const vmwareCompaction: Fixer = {
  name: 'vmware-compaction',
  synopsis: 'Adds "skip_compaction = true" to "vmware-iso" builders with incompatible disk_type_id',
  fix(input) {
    const builders = decodeBuilders(input);
    for (const b of builders ?? []) {
      if (typeOf(b) !== 'vmware-iso' || b.get('remote_type') !== 'esx5') continue;
      if (!b.has('disk_type_id')) b.set('disk_type_id', 'zeroedthick');
      else {
        const diskType = b.get('disk_type_id');
        if (typeof diskType !== 'string' || diskType === 'thin') continue;
      }
      if (b.has('skip_compaction')) {
        if (b.get('skip_compaction') === false) b.set('skip_compaction', true);
        continue;
      }
      b.set('skip_compaction', true);
    }
    input.set('builders', builders);
    return input;
  },
};
