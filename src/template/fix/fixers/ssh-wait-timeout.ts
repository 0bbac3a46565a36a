import { strictMap, weakList } from '../decode.js';
import type { Fixer } from '../fixer.js';

export const sshWaitTimeout: Fixer = {
  name: 'ssh-wait-timeout',
  synopsis: 'Replaces "ssh_wait_timeout" with "ssh_timeout"',
  fix(input) {
    const builders = weakList(input, 'Builders');
    builders.forEach((raw, i) => {
      const b = strictMap(raw);
      if (!b) return;
      if (b.has('ssh_timeout')) b.delete('ssh_wait_timeout');
      else {
        const timeout = b.get('ssh_wait_timeout');
        if (typeof timeout !== 'string') return;
        b.delete('ssh_wait_timeout');
        b.set('ssh_timeout', timeout);
      }
      builders[i] = b;
    });
    if (builders.length > 0) input.set('builders', builders);
    return input;
  },
};
