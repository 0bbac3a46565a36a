import { decodeBuilders } from '../decode.js';
import type { Fixer } from '../fixer.js';
import { FixError, typeOf, type GoMap, type GoValue } from '../value.js';

/**
 * Moves the old flat keys into one new list entry, put before the entries already listed:
 * `network`/`networkCard`/`network_card` into `network_adapters`, the disk keys into `storage`.
 */
function gather(b: GoMap, moves: Array<[string, string]>, listKey: string): void {
  const entry: GoMap = new Map();
  for (const [from, to] of moves) {
    if (!b.has(from)) continue;
    entry.set(to, b.get(from)!);
    b.delete(from);
  }
  if (entry.size === 0) return;
  const list: GoValue[] = [entry];
  if (b.has(listKey)) {
    const existing = b.get(listKey);
    if (!Array.isArray(existing)) throw new FixError(`vsphere-iso: "${listKey}" is not a list (Packer 1.6.6 crashes on this template)`);
    list.push(...existing);
  }
  b.set(listKey, list);
}

export const vsphereIsoNetDisk: Fixer = {
  name: 'vsphere-iso-net-disk',
  synopsis: 'Removes deprecated network and disk fields from "vsphere-iso" builder',
  fix(input) {
    const builders = decodeBuilders(input);
    for (const b of builders ?? []) {
      if (typeOf(b) !== 'vsphere-iso') continue;
      gather(b, [['network', 'network'], ['networkCard', 'network_card'], ['network_card', 'network_card']], 'network_adapters');
      gather(b, [['disk_size', 'disk_size'], ['disk_thin_provisioned', 'disk_thin_provisioned'], ['disk_eagerly_scrub', 'disk_eagerly_scrub']], 'storage');
    }
    input.set('builders', builders);
    return input;
  },
};
