import { strictMap, weakList } from '../decode.js';
import type { Fixer } from '../fixer.js';

export const galaxyCommand: Fixer = {
  name: 'galaxy-command',
  synopsis: 'Replaces "galaxycommand" in ansible-local provisioner configs with "galaxy_command"',
  fix(input) {
    const provisioners = weakList(input, 'Provisioners');
    provisioners.forEach((raw, i) => {
      const p = strictMap(raw);
      if (!p || p.get('type') !== 'ansible-local') return;
      if (p.has('galaxy_command')) p.delete('galaxycommand');
      else {
        const command = p.get('galaxycommand');
        if (typeof command !== 'string') return;
        p.delete('galaxycommand');
        p.set('galaxy_command', command);
      }
      provisioners[i] = p;
    });
    if (provisioners.length > 0) input.set('provisioners', provisioners);
    return input;
  },
};
