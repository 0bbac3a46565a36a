import { decodeBuilders } from '../decode.js';
import type { Fixer } from '../fixer.js';
import { typeOf } from '../value.js';

export const scalewayAccessKey: Fixer = {
  name: 'scaleway-access-key',
  synopsis: 'Updates builders using "access_key" to use "organization_id"',
  fix(input) {
    const builders = decodeBuilders(input);
    for (const b of builders ?? []) {
      if (typeOf(b) !== 'scaleway') continue;
      const key = b.get('access_key');
      if (typeof key !== 'string') continue;
      if (!b.has('organization_id')) b.set('organization_id', key);
      b.delete('access_key');
    }
    input.set('builders', builders);
    return input;
  },
};
