import * as os from 'node:os';
import * as path from 'node:path';
import * as core from '@actions/core';
import type { ActionInputs } from './inputs.js';
import { cacheKey, checksumFiles, keyPrefix, verifyPlugins } from './plugin-cache.js';

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

/** Restores the plugin directory, then verifies every plugin's checksum (a mismatch throws, naming the file). */
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
    matched = await cache.restoreCache([dir], key, [keyPrefix()]);
  } catch (e) {
    core.warning(`plugin cache: restore failed: ${(e as Error).message}`);
  }
  if (matched !== undefined) {
    const n = await verifyPlugins(dir);
    core.info(`plugin cache: restored ${matched} (${n} plugin checksum(s) verified)`);
  }
  return { dir, hit: matched === key, key: matched ?? key, enabled: true };
}

/** Saves the directory when it now holds something other than what was restored. */
export async function savePlugins(r: CacheRestore): Promise<void> {
  if (!r.enabled) return;
  if ((await checksumFiles(r.dir)).length === 0) return;
  const key = await cacheKey(r.dir);
  if (key === r.key) return;
  try {
    const cache = await import('@actions/cache');
    await cache.saveCache([r.dir], key);
    core.info(`plugin cache: saved ${key}`);
  } catch (e) {
    core.warning(`plugin cache: save failed: ${(e as Error).message}`);
  }
}
