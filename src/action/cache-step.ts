import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as core from '@actions/core';
import type { ActionInputs } from './inputs.js';
import { cacheKey, checkPlugins, checksumFiles, keyPrefix } from './plugin-cache.js';

export interface CacheRestore {
  dir: string;
  hit: boolean;
  /** The key restored (or looked up): a save under the same key is skipped. */
  key: string;
  enabled: boolean;
}

/** The plugin directory the engine uses: `plugin-path`, else Packer's `~/.packer.d/plugins`. */
export function pluginDir(inputs: ActionInputs, env: NodeJS.ProcessEnv): string {
  return inputs.pluginPath ?? path.join(env['HOME'] || os.homedir(), '.packer.d', 'plugins');
}

/**
 * Restores the plugin directory, then verifies every plugin's checksum. A plugin that fails it
 * is removed, with a warning naming it, and the restore counts as a miss: a damaged cache entry
 * is never run, and never fails the build (its key does not change, so failing would fail every
 * later run too).
 */
export async function restorePlugins(inputs: ActionInputs, env: NodeJS.ProcessEnv): Promise<CacheRestore> {
  const dir = pluginDir(inputs, env);
  const key = await cacheKey(dir);
  if (!inputs.cachePlugins) return { dir, hit: false, key, enabled: false };
  const cache = await import('@actions/cache');
  // @github/local-action stubs the module without isFeatureAvailable: no cache service there.
  if (typeof cache.isFeatureAvailable !== 'function' || !cache.isFeatureAvailable()) {
    core.info('plugin cache: the cache service is not available here; plugins are not restored');
    return { dir, hit: false, key, enabled: false };
  }
  let matched: string | undefined;
  try {
    matched = await inScratchTemp(env, () => cache.restoreCache([dir], key, [keyPrefix()]));
  } catch (e) {
    core.warning(`plugin cache: restore failed: ${(e as Error).message}`);
  }
  if (matched === undefined) return { dir, hit: false, key, enabled: true };
  const { verified, bad } = await checkPlugins(dir);
  if (bad.length > 0) {
    core.warning(
      `plugin cache: ${bad.length} plugin(s) restored from ${matched} fail their checksum and were removed (the cache entry is damaged; they are not run):\n${bad.map((b) => b.message).join('\n')}`,
    );
    for (const b of bad) await fs.rm(b.binary, { force: true });
    return { dir, hit: false, key, enabled: true };
  }
  core.info(`plugin cache: restored ${matched} (${verified} plugin checksum(s) verified)`);
  // A hit is a verified restore by any key of this OS and arch: the key hashes the directory's
  // own checksums, so an empty directory (Packer's default on a new runner) can never match exactly.
  return { dir, hit: true, key: matched, enabled: true };
}

/** Saves the directory when it now holds something other than what was restored. */
export async function savePlugins(r: CacheRestore, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (!r.enabled) return;
  if ((await checksumFiles(r.dir)).length === 0) return;
  const key = await cacheKey(r.dir);
  if (key === r.key) return;
  const { bad } = await checkPlugins(r.dir);
  if (bad.length > 0) {
    core.warning(`plugin cache: not saved: ${bad.length} plugin(s) fail their checksum:\n${bad.map((b) => b.message).join('\n')}`);
    return;
  }
  const mode = (env['ACTIONS_CACHE_MODE'] ?? '').trim().toLowerCase();
  if (mode === 'none' || mode === 'read') return core.info(`plugin cache: not saved: the runner's cache-mode '${mode}' does not permit writes`);
  try {
    const cache = await import('@actions/cache');
    const id = await inScratchTemp(env, () => cache.saveCache([r.dir], key));
    if (id !== -1) return core.info(`plugin cache: saved ${key}`);
    // -1 is both "another job saved this key first" and "the service could not be reached"
    // (@actions/cache logs the latter as info only): a lookup tells them apart.
    const found = await inScratchTemp(env, () => cache.restoreCache([r.dir], key, [], { lookupOnly: true }));
    if (found === key) core.info(`plugin cache: ${key} is already in the cache (saved by another job)`);
    else core.warning(`plugin cache: ${key} was not saved: the cache service did not take it (see the lines above)`);
  } catch (e) {
    core.warning(`plugin cache: save failed: ${(e as Error).message}`);
  }
}

/**
 * @actions/cache makes its archive folder (a uuid dir holding the archive and tar's manifest)
 * under RUNNER_TEMP and leaves it behind; pointed at a scratch folder, nothing is left.
 */
async function inScratchTemp<T>(env: NodeJS.ProcessEnv, fn: () => Promise<T>): Promise<T> {
  const base = env['RUNNER_TEMP'] || os.tmpdir();
  const scratch = await fs.mkdtemp(path.join(base, 'image-build-cache-'));
  const before = process.env['RUNNER_TEMP'];
  process.env['RUNNER_TEMP'] = scratch;
  try {
    return await fn();
  } finally {
    if (before === undefined) delete process.env['RUNNER_TEMP'];
    else process.env['RUNNER_TEMP'] = before;
    await fs.rm(scratch, { recursive: true, force: true });
  }
}
