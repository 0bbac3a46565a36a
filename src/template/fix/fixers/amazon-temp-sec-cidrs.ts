import { decodeBuilders } from '../decode.js';
import type { Fixer } from '../fixer.js';
import { typeOf } from '../value.js';

export const amazonTempSecCidrs: Fixer = {
  name: 'amazon-temp-sec-cidrs',
  synopsis: 'Replaces "temporary_security_group_source_cidr" (string) with "temporary_security_group_source_cidrs" (list of strings)',
  fix(input) {
    const builders = decodeBuilders(input);
    for (const b of builders ?? []) {
      if (!typeOf(b)?.startsWith('amazon-')) continue;
      const cidr = b.get('temporary_security_group_source_cidr');
      if (typeof cidr !== 'string') continue;
      b.delete('temporary_security_group_source_cidr');
      b.set('temporary_security_group_source_cidrs', [cidr]);
    }
    input.set('builders', builders);
    return input;
  },
};
