import { decodeBuilders } from '../decode.js';
import type { Fixer } from '../fixer.js';
import { typeOf } from '../value.js';

export const qemuDiskSize: Fixer = {
  name: 'qemu-disk-size',
  synopsis: 'Updates "disk_size" from int to string in QEMU builders.',
  fix(input) {
    const builders = decodeBuilders(input);
    for (const b of builders ?? []) {
      const size = b.get('disk_size');
      if (typeOf(b) === 'qemu' && typeof size === 'number') b.set('disk_size', `${goInt(size)}M`);
    }
    input.set('builders', builders);
    return input;
  },
};

/** Go's int(float64) on amd64: truncation, and the minimum int64 when out of range. */
function goInt(f: number): string {
  const t = Math.trunc(f);
  if (!(Math.abs(t) < 2 ** 63)) return '-9223372036854775808';
  return BigInt(t).toString();
}
