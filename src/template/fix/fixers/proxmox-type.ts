import { decodeBuilders } from '../decode.js';
import type { Fixer } from '../fixer.js';
import { typeOf } from '../value.js';

export const proxmoxType: Fixer = {
  name: 'proxmox-type',
  synopsis: 'Updates the builder type proxmox to proxmox-iso',
  fix(input) {
    const builders = decodeBuilders(input);
    for (const b of builders ?? []) if (typeOf(b) === 'proxmox') b.set('type', 'proxmox-iso');
    input.set('builders', builders);
    return input;
  },
};
