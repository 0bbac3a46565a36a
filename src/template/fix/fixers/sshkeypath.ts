import { decodeBuilders } from '../decode.js';
import type { Fixer } from '../fixer.js';

export const sshkeypath: Fixer = {
  name: 'sshkeypath',
  synopsis: 'Updates builders using "ssh_key_path" to use "ssh_private_key_file"',
  fix(input) {
    const builders = decodeBuilders(input);
    for (const b of builders ?? []) {
      const path = b.get('ssh_key_path');
      if (typeof path !== 'string') continue;
      // An existing ssh_private_key_file wins; the old key goes either way.
      if (!b.has('ssh_private_key_file')) b.set('ssh_private_key_file', path);
      b.delete('ssh_key_path');
    }
    input.set('builders', builders);
    return input;
  },
};
