import { decodeBuilders } from '../decode.js';
import type { Fixer } from '../fixer.js';
import { typeOf } from '../value.js';

export const parallelsDeprecations: Fixer = {
  name: 'parallels-deprecations',
  synopsis: 'Removes deprecated "parallels_tools_host_path" from Parallels builders and changes "guest_os_distribution" to "guest_os_type".',
  fix(input) {
    const builders = decodeBuilders(input);
    for (const b of builders ?? []) {
      const t = typeOf(b);
      if (t !== 'parallels-iso' && t !== 'parallels-pvm') continue;
      b.delete('parallels_tools_host_path');
      if (b.has('guest_os_distribution')) {
        b.set('guest_os_type', b.get('guest_os_distribution')!);
        b.delete('guest_os_distribution');
      }
    }
    input.set('builders', builders);
    return input;
  },
};
