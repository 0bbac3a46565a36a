import { decodeBuilders, strictMap, weakList, weakMap } from '../decode.js';
import type { Fixer } from '../fixer.js';
import { isMap, typeOf } from '../value.js';

export const virtualboxRename: Fixer = {
  name: 'virtualbox-rename',
  synopsis: 'Updates "virtualbox" builders to "virtualbox-iso"',
  fix(input) {
    const builders = decodeBuilders(input);
    const provisioners = weakList(input, 'Provisioners');
    for (const b of builders ?? []) if (typeOf(b) === 'virtualbox') b.set('type', 'virtualbox-iso');

    provisioners.forEach((raw, i) => {
      // WeakDecode of one provisioner: a non-map is skipped, a list of maps merges.
      let m;
      try {
        m = isMap(raw) ? strictMap(raw) : weakMap(raw, '');
      } catch {
        return;
      }
      if (!m || !m.has('override')) return;
      const override = weakMap(m.get('override')!, '');
      if (override?.has('virtualbox')) {
        override.set('virtualbox-iso', override.get('virtualbox')!);
        override.delete('virtualbox');
        m.set('override', override);
        provisioners[i] = m;
      }
    });

    if (builders && builders.length > 0) input.set('builders', builders);
    if (provisioners.length > 0) input.set('provisioners', provisioners);
    return input;
  },
};
