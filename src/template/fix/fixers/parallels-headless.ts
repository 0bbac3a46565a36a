import { decodeBuilders } from '../decode.js';
import type { Fixer } from '../fixer.js';
import { typeOf } from '../value.js';

export const parallelsHeadless: Fixer = {
  name: 'parallels-headless',
  synopsis: 'Removes unused "headless" from Parallels builders',
  fix(input) {
    const builders = decodeBuilders(input);
    for (const b of builders ?? []) {
      const t = typeOf(b);
      if (t === 'parallels-iso' || t === 'parallels-pvm') b.delete('headless');
    }
    input.set('builders', builders);
    return input;
  },
};
