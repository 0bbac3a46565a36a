import { decodeBuilders } from '../decode.js';
import type { Fixer } from '../fixer.js';

// Go's \s is ASCII whitespace only.
const createTime = /\{\{[\t\n\f\r ]*\.CreateTime[\t\n\f\r ]*\}\}/g;

export const createtime: Fixer = {
  name: 'createtime',
  synopsis: 'Replaces ".CreateTime" in builder configs with "{{timestamp}}"',
  fix(input) {
    const builders = decodeBuilders(input);
    for (const b of builders ?? []) {
      for (const key of ['ami_name', 'bundle_prefix', 'snapshot_name']) {
        const v = b.get(key);
        if (typeof v === 'string') b.set(key, v.replace(createTime, '{{timestamp}}'));
      }
    }
    input.set('builders', builders);
    return input;
  },
};
