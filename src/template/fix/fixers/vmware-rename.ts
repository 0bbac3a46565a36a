import { decodeBuilders } from '../decode.js';
import type { Fixer } from '../fixer.js';
import { typeOf } from '../value.js';

export const vmwareRename: Fixer = {
  name: 'vmware-rename',
  synopsis: 'Updates "vmware" builders to "vmware-iso"',
  fix(input) {
    const builders = decodeBuilders(input);
    for (const b of builders ?? []) if (typeOf(b) === 'vmware') b.set('type', 'vmware-iso');
    input.set('builders', builders);
    return input;
  },
};
