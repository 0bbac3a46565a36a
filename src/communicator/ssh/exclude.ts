import { basename } from 'node:path';

/**
 * An excluded entry is one whose path below the copied directory, or whose name, is listed — the
 * rule of the local communicator. (Packer's ssh communicator ignores excludes; its only caller,
 * the file provisioner, passes none.)
 */
export function isExcluded(rel: string, exclude: string[]): boolean {
  if (rel === '' || exclude.length === 0) return false;
  return exclude.includes(rel) || exclude.includes(basename(rel));
}
