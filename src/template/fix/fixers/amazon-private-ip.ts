import { goQuote } from '../../../sdk/index.js';
import { decodeBuilders } from '../decode.js';
import type { Fixer } from '../fixer.js';
import { FixError, typeOf, type GoValue } from '../value.js';

export const amazonPrivateIp: Fixer = {
  name: 'amazon-private-ip',
  synopsis: 'Replaces `"ssh_private_ip": true` in amazon builders with `"ssh_interface": "private_ip"`',
  fix(input) {
    const builders = decodeBuilders(input);
    for (const b of builders ?? []) {
      if (!typeOf(b)?.startsWith('amazon-') || b.has('ssh_interface') || !b.has('ssh_private_ip')) continue;
      const privateIp = parseBool(b.get('ssh_private_ip')!);
      b.delete('ssh_private_ip');
      b.set('ssh_interface', privateIp ? 'private_ip' : 'public_ip');
    }
    input.set('builders', builders);
    return input;
  },
};

/** A bool, or a string strconv.ParseBool accepts. */
function parseBool(v: GoValue): boolean {
  if (typeof v === 'boolean') return v;
  if (typeof v !== 'string') throw new FixError('ssh_private_ip is neither a boolean nor a string (Packer 1.6.6 crashes on this template)');
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(v)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(v)) return false;
  throw new FixError(`ssh_private_ip is not a boolean, strconv.ParseBool: parsing ${goQuote(v)}: invalid syntax`);
}
