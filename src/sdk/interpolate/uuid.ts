// packer-plugin-sdk/uuid.TimeOrderedUUID: Unix seconds, then 12 random bytes.
import { randomBytes } from 'node:crypto';

export function timeOrderedUUID(now: Date = new Date()): string {
  const unix = (Math.floor(now.getTime() / 1000) >>> 0).toString(16).padStart(8, '0');
  const b = randomBytes(12).toString('hex');
  return `${unix}-${b.slice(0, 4)}-${b.slice(4, 8)}-${b.slice(8, 12)}-${b.slice(12, 24)}`;
}
