import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { verifyChecksum } from '../plugins/checksum.js';

/**
 * The plugin directory's cache key: OS, arch and a hash of every `*_SHA256SUM` file (path and
 * digest) in it. Main restores with the key of what the checkout holds (prefix fallback), and
 * saves after the run under the key of what the directory then holds, when that differs: a new
 * or upgraded plugin gives a new key, an unchanged directory is not saved again.
 */
export const KEY_PREFIX = 'image-build-plugins';

export function keyPrefix(platform: string = process.platform, arch: string = process.arch): string {
  return `${KEY_PREFIX}-${platform}-${arch}-`;
}

export async function cacheKey(dir: string, platform?: string, arch?: string): Promise<string> {
  const hash = createHash('sha256');
  for (const file of await checksumFiles(dir)) {
    hash.update(`${path.relative(dir, file)}\0${(await fs.readFile(file, 'utf8')).trim()}\n`);
  }
  return `${keyPrefix(platform, arch)}${hash.digest('hex').slice(0, 32)}`;
}

/** Every `<binary>_SHA256SUM` under `dir` (the versioned layout nests them), sorted; none when `dir` is absent. */
export async function checksumFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string): Promise<void> => {
    let entries;
    try {
      entries = await fs.readdir(d, { withFileTypes: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw e;
    }
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.name.endsWith('_SHA256SUM')) out.push(p);
    }
  };
  await walk(dir);
  return out.sort();
}

export interface BadPlugin {
  binary: string;
  message: string;
}

/**
 * Every `<binary>_SHA256SUM` in `dir` checked against its binary (after a restore, a corrupted or
 * tampered cache must not run; before a save, a broken directory must not be cached).
 */
export async function checkPlugins(dir: string): Promise<{ verified: number; bad: BadPlugin[] }> {
  const bad: BadPlugin[] = [];
  const sums = await checksumFiles(dir);
  for (const sum of sums) {
    const binary = sum.slice(0, -'_SHA256SUM'.length);
    try {
      await verifyChecksum(binary);
    } catch (e) {
      bad.push({ binary, message: (e as NodeJS.ErrnoException).code === 'ENOENT' ? `${binary}: missing (its ${path.basename(sum)} is there)` : (e as Error).message });
    }
  }
  return { verified: sums.length - bad.length, bad };
}
