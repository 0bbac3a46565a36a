import { decodeBuilders } from '../decode.js';
import type { Fixer } from '../fixer.js';
import { typeOf } from '../value.js';

export const amazonEnhancedNetworking: Fixer = {
  name: 'amazon-enhanced-networking',
  synopsis: 'Replaces "enhanced_networking" in builders with "ena_support"',
  fix(input) {
    const builders = decodeBuilders(input);
    for (const b of builders ?? []) {
      if (!typeOf(b)?.startsWith('amazon-')) continue;
      const ena = b.get('enhanced_networking');
      if (typeof ena !== 'boolean') continue;
      b.delete('enhanced_networking');
      b.set('ena_support', ena);
    }
    input.set('builders', builders);
    return input;
  },
};
