/**
 * A real installed plugin for the cache tests: examples/plugin (packer-plugin-tsdemo) bundled by
 * ncc once per source state, laid out as `packer plugins install` does (versioned name, beside
 * its `_SHA256SUM`) in a staging folder that a build's shell-local step copies into plugin-path.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cachedBuild, hashInputs } from '../../fixtures/build-cache.js';
import { installModernPlugin } from '../../fixtures/plugin-install.js';
import { REPO } from '../runner.js';

export const PLUGIN = { namespace: 'image-build', name: 'tsdemo', version: '0.1.0' } as const;

function tsdemoBundle(): Promise<string> {
  const key = `tsdemo-plugin-${hashInputs(['ncc'], [join(REPO, 'examples/plugin'), join(REPO, 'src/rpc'), join(REPO, 'src/sdk')])}`;
  return cachedBuild(key, async (dir) => {
    const env = { ...process.env };
    delete env.NODE_OPTIONS;
    execFileSync(join(REPO, 'node_modules/.bin/ncc'), ['build', join(REPO, 'examples/plugin/plugin.ts'), '-o', dir, '--target', 'es2022', '-q'], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'], env });
  });
}

/**
 * `stage` holds `github.com/image-build/tsdemo/packer-plugin-tsdemo_v0.1.0_x5.0_<os>_<arch>` and
 * its checksum; `binary` is that path relative to it; `root` is for the caller to remove.
 */
export async function stagedPlugin(): Promise<{ root: string; stage: string; binary: string }> {
  const bundle = await tsdemoBundle();
  const root = mkdtempSync(join(tmpdir(), 'ib-plugin-stage-'));
  const shim = join(root, 'packer-plugin-tsdemo');
  writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${join(bundle, 'index.js')}" "$@"\n`, { mode: 0o755 });
  const stage = join(root, 'stage');
  const installed = await installModernPlugin(shim, stage, PLUGIN);
  return { root, stage, binary: installed.slice(stage.length + 1) };
}
