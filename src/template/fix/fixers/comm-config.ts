import { strictMap, weakList } from '../decode.js';
import type { Fixer } from '../fixer.js';
import { FixError } from '../value.js';

export const commConfig: Fixer = {
  name: 'comm-config',
  synopsis: 'Remove ssh prefixes from communicator port forwarding configuration (host_port_min, host_port_max, skip_nat_mapping)',
  fix(input) {
    const builders = weakList(input, 'Builders');
    builders.forEach((raw, i) => {
      const b = strictMap(raw);
      if (!b) return;
      const t = b.get('type');
      if (typeof t !== 'string') throw new FixError(`builder ${i + 1} has no string "type" (Packer 1.6.6 crashes on this template)`);
      if (!t.startsWith('virtualbox')) return;
      for (const name of ['host_port_min', 'host_port_max']) {
        if (b.has(name)) b.delete(`ssh_${name}`);
        else if (b.has(`ssh_${name}`)) {
          b.set(name, b.get(`ssh_${name}`)!);
          b.delete(`ssh_${name}`);
        }
      }
      if (b.has('skip_nat_mapping')) b.delete('ssh_skip_nat_mapping');
      else if (typeof b.get('ssh_skip_nat_mapping') === 'boolean') {
        b.set('skip_nat_mapping', b.get('ssh_skip_nat_mapping')!);
        b.delete('ssh_skip_nat_mapping');
      }
      builders[i] = b;
    });
    if (builders.length > 0) input.set('builders', builders);
    return input;
  },
};
