import { decodeBuilders } from '../decode.js';
import type { Fixer } from '../fixer.js';
import { typeOf } from '../value.js';

export const virtualboxGaattach: Fixer = {
  name: 'virtualbox-gaattach',
  synopsis: 'Updates VirtualBox builders using "guest_additions_attach" to use "guest_additions_mode"',
  fix(input) {
    const builders = decodeBuilders(input);
    for (const b of builders ?? []) {
      if (typeOf(b) !== 'virtualbox') continue;
      const attach = b.get('guest_additions_attach');
      if (typeof attach !== 'boolean') continue;
      b.delete('guest_additions_attach');
      b.set('guest_additions_mode', attach ? 'attach' : 'upload');
    }
    input.set('builders', builders);
    return input;
  },
};
