import { decodeBuilders } from '../decode.js';
import type { Fixer } from '../fixer.js';
import { typeOf } from '../value.js';

export const hypervDeprecations: Fixer = {
  name: 'hyperv-deprecations',
  synopsis: 'Removes the deprecated "vhd_temp_path" setting from Hyper-V ISO builder templates',
  fix(input) {
    const builders = decodeBuilders(input);
    for (const b of builders ?? []) if (typeOf(b) === 'hyperv-iso') b.delete('vhd_temp_path');
    input.set('builders', builders);
    return input;
  },
};
