import { decodeBuilders } from '../decode.js';
import type { Fixer } from '../fixer.js';
import { isMap, typeOf } from '../value.js';

export const azureExcludeFromLatest: Fixer = {
  name: 'azure-exclude_from_latest',
  synopsis: 'Changes "exlude_from_latest" to "exclude_from_latest" in Azure builders.',
  fix(input) {
    const builders = decodeBuilders(input);
    for (const b of builders ?? []) {
      if (!typeOf(b)?.startsWith('azure-chroot')) continue;
      const dest = b.get('shared_image_destination');
      if (!isMap(dest) || !dest.has('exlude_from_latest')) continue;
      dest.set('exclude_from_latest', dest.get('exlude_from_latest')!);
      dest.delete('exlude_from_latest');
    }
    input.set('builders', builders);
    return input;
  },
};
