import { decodeBuilders } from '../decode.js';
import type { Fixer } from '../fixer.js';
import { typeOf } from '../value.js';

export const hypervVmxcTypo: Fixer = {
  name: 'hyperv-vmxc-typo',
  synopsis: 'Fixes a typo replacing "clone_from_vmxc_path" with "clone_from_vmcx_path" in Hyper-V VMCX builder templates',
  fix(input) {
    const builders = decodeBuilders(input);
    for (const b of builders ?? []) {
      if (typeOf(b) !== 'hyperv-vmcx' || !b.has('clone_from_vmxc_path')) continue;
      const path = b.get('clone_from_vmxc_path')!;
      b.delete('clone_from_vmxc_path');
      b.set('clone_from_vmcx_path', path);
    }
    input.set('builders', builders);
    return input;
  },
};
