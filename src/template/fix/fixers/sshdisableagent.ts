import { decodeBuilders } from '../decode.js';
import type { Fixer } from '../fixer.js';

export const sshdisableagent: Fixer = {
  name: 'sshdisableagent',
  synopsis: 'Updates builders using "ssh_disable_agent" to use "ssh_disable_agent_forwarding"',
  fix(input) {
    const builders = decodeBuilders(input);
    for (const b of builders ?? []) {
      const disable = b.get('ssh_disable_agent');
      if (typeof disable !== 'boolean') continue;
      if (!b.has('ssh_disable_agent_forwarding')) b.set('ssh_disable_agent_forwarding', disable);
      b.delete('ssh_disable_agent');
    }
    input.set('builders', builders);
    return input;
  },
};
