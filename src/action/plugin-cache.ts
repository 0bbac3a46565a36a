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

/**
 * After a restore: every installed plugin must match its `_SHA256SUM` (a corrupted or tampered
 * cache must not run). Throws one error naming every file that does not.
 */
export async function verifyPlugins(dir: string): Promise<number> {
  const files = await checksumFiles(dir);
  const bad: string[] = [];
  for (const sum of files) {
    try {
      await verifyChecksum(sum.slice(0, -'_SHA256SUM'.length));
    } catch (e) {
      bad.push((e as Error).message);
    }
  }
  if (bad.length > 0) throw new Error(`plugin cache: ${bad.length} plugin(s) fail their checksum after restore:\n${bad.join('\n')}`);
  return files.length;
}
