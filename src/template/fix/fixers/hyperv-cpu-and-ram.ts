import { decodeBuilders } from '../decode.js';
import type { Fixer } from '../fixer.js';
import { typeOf } from '../value.js';

export const hypervCpuAndRam: Fixer = {
  name: 'hyperv-cpu-and-ram',
  // Packer's text lacks the space before "in".
  synopsis: 'Replaces "cpu" with "cpus" and "ram_size" with "memory"in Hyper-V VMCX builder templates',
  fix(input) {
    const builders = decodeBuilders(input);
    for (const b of builders ?? []) {
      const t = typeOf(b);
      if (t !== 'hyperv-vmcx' && t !== 'hyperv-iso') continue;
      for (const [from, to] of [['cpu', 'cpus'], ['ram_size', 'memory']] as const) {
        if (!b.has(from)) continue;
        b.set(to, b.get(from)!);
        b.delete(from);
      }
    }
    input.set('builders', builders);
    return input;
  },
};
