import { decodePostProcessors, ppList } from '../decode.js';
import type { Fixer } from '../fixer.js';
import { typeOf, type GoMap } from '../value.js';

const providers = ['aws', 'digitalocean', 'virtualbox', 'vmware'];

export const ppVagrantOverride: Fixer = {
  name: 'pp-vagrant-override',
  synopsis: 'Fixes provider-specific overrides for Vagrant post-processor',
  fix(input) {
    if ((input.get('post-processors') ?? null) === null) return input;
    const pps = decodePostProcessors(input);
    for (const pp of ppList(pps)) {
      if (typeOf(pp) !== 'vagrant') continue;
      const overrides: GoMap = new Map();
      for (const name of providers) {
        if (!pp.has(name)) continue;
        overrides.set(name, pp.get(name)!);
        pp.delete(name);
      }
      if (overrides.size > 0) pp.set('override', overrides);
    }
    input.set('post-processors', pps);
    return input;
  },
};
