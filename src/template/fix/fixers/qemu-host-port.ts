import { decodeBuilders } from '../decode.js';
import type { Fixer } from '../fixer.js';
import { typeOf } from '../value.js';

export const qemuHostPort: Fixer = {
  name: 'qemu-host-port',
  synopsis: 'Updates ssh_host_port_min and ssh_host_port_max to host_port_min and host_port_max',
  fix(input) {
    const builders = decodeBuilders(input);
    for (const b of builders ?? []) {
      if (typeOf(b) !== 'qemu') continue;
      for (const name of ['host_port_min', 'host_port_max']) {
        if (!b.has(`ssh_${name}`)) continue;
        const v = b.get(`ssh_${name}`)!;
        b.delete(`ssh_${name}`);
        b.set(name, v);
      }
    }
    input.set('builders', builders);
    return input;
  },
};
