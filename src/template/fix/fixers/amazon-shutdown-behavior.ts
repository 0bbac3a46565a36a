import { decodeBuilders } from '../decode.js';
import type { Fixer } from '../fixer.js';
import { typeOf } from '../value.js';

export const amazonShutdownBehavior: Fixer = {
  name: 'amazon-shutdown_behavior',
  synopsis: 'Changes "shutdown_behaviour" to "shutdown_behavior" in Amazon builders.',
  fix(input) {
    const builders = decodeBuilders(input);
    for (const b of builders ?? []) {
      if (!typeOf(b)?.startsWith('amazon-') || !b.has('shutdown_behaviour')) continue;
      b.set('shutdown_behavior', b.get('shutdown_behaviour')!);
      b.delete('shutdown_behaviour');
    }
    input.set('builders', builders);
    return input;
  },
};
