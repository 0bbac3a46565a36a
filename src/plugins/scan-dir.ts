import { constants, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { componentKinds, multiPrefix, singlePrefix, type ComponentKind } from './component-kind.js';

export interface FoundBinary {
  kind: ComponentKind | 'multi';
  name: string;
  path: string;
}

/**
 * One directory's `packer-<kind>-*` and `packer-plugin-*` files, in Go's `filepath.Glob` order
 * (sorted), so that a later file wins when two map to one name (`x` and `x.exe`).
 * A missing or unreadable directory yields nothing, as `Glob` ignores I/O errors.
 */
export async function scanDir(dir: string, warnings: string[]): Promise<FoundBinary[]> {
  let names: string[];
  try {
    names = (await fs.readdir(dir)).sort();
  } catch {
    return [];
  }
  const found: FoundBinary[] = [];
  for (const base of names) {
    const match = classify(base);
    if (!match) continue;
    const full = path.join(dir, base);
    if (await usable(full, warnings)) found.push({ ...match, path: full });
  }
  return found;
}

function classify(base: string): Omit<FoundBinary, 'path'> | undefined {
  // discoverSingle trims from ".exe" on; other dots stay in the name (`bar.v1` is a plugin name).
  const exe = base.indexOf('.exe');
  const file = exe >= 0 ? base.slice(0, exe) : base;
  for (const kind of componentKinds) {
    const prefix = singlePrefix(kind);
    if (file.startsWith(prefix) && file.length > prefix.length) {
      return { kind, name: file.slice(prefix.length) };
    }
  }
  if (file.startsWith(multiPrefix) && file.length > multiPrefix.length) {
    return { kind: 'multi', name: file.slice(multiPrefix.length) };
  }
  return undefined;
}

/**
 * Directories (`packer-plugin-sdk` checkouts) are skipped silently as in 1.6.6. Packer would
 * register a non-executable file and fail when starting it; we skip it and say why up front.
 */
async function usable(full: string, warnings: string[]): Promise<boolean> {
  let stat;
  try {
    stat = await fs.stat(full);
  } catch {
    warnings.push(`Ignoring plugin ${full}: it is a broken link`);
    return false;
  }
  if (stat.isDirectory()) return false;
  if (!stat.isFile()) {
    warnings.push(`Ignoring plugin ${full}: not a regular file`);
    return false;
  }
  try {
    await fs.access(full, constants.X_OK);
  } catch {
    warnings.push(`Ignoring plugin ${full}: not executable`);
    return false;
  }
  return true;
}
