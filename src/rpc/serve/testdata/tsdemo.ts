// Test setup for the plugin side: bundles examples/plugin with ncc (as `npm run build` bundles
// the CLI), installs it the ways Packer finds plugins, and runs real `packer`.
import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
export const DEFAULT = '-packer-default-plugin-name-';

const made: string[] = [];

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `ib-serve-${prefix}-`));
  made.push(dir);
  return dir;
}

/** Removes every temp dir this module made (bundles, work dirs); for afterAll. */
export function removeTemp(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Why real Packer 1.6.6 cannot drive the tests here, or undefined. */
export function packerMissing(): string | undefined {
  const probe = spawnSync('packer', ['version'], { encoding: 'utf8', env: { ...process.env, CHECKPOINT_DISABLE: '1' } });
  if (probe.error || probe.status !== 0) return `packer is not installed (${probe.error?.message ?? probe.stderr})`;
  if (!probe.stdout.includes('1.6.6')) return `packer is not 1.6.6: ${probe.stdout.trim()}`;
  return undefined;
}

/** `examples/plugin/<entry>.ts` bundled into one ESM file under a fresh temp dir; resolves to its path. */
export function bundle(entry: 'plugin' | 'builtins' | 'provisioner-only'): Promise<string> {
  const out = tempDir(entry);
  const ncc = join(REPO, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
  const args = [ncc, 'build', join(REPO, 'examples', 'plugin', `${entry}.ts`), '-o', out, '--target', 'es2022', '-q'];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { cwd: REPO }, (err, _stdout, stderr) =>
      err ? reject(new Error(`ncc build of examples/plugin/${entry}.ts failed:\n${stderr}`)) : resolve(join(out, 'index.js')),
    );
  });
}

function shim(path: string, script: string, args: string): void {
  writeFileSync(path, `#!/bin/sh\nexec "${process.execPath}" "${script}" ${args}"$@"\n`);
  chmodSync(path, 0o755);
}

/** Packer ≤ 1.6 single-component binaries: `packer-builder-NAME` & co., run with no arguments. */
export function installLegacy(dir: string, script: string, name: string, component = DEFAULT): void {
  for (const kind of ['builder', 'provisioner', 'post-processor']) {
    shim(join(dir, `packer-${kind}-${name}`), script, `legacy ${kind} ${component} `);
  }
}

/** A multi-component binary `packer-plugin-NAME` (describe, start <kind> <name>). */
export function installMulti(dir: string, script: string, name: string): string {
  const path = join(dir, `packer-plugin-${name}`);
  shim(path, script, '');
  return path;
}

export interface PackerRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A temp working dir with its own PACKER_CONFIG_DIR, so no user config or plugin leaks in. */
export function workDir(prefix: string): { dir: string; env: NodeJS.ProcessEnv } {
  const dir = tempDir(prefix);
  mkdirSync(join(dir, 'config'));
  const env: NodeJS.ProcessEnv = { ...process.env, CHECKPOINT_DISABLE: '1', PACKER_CONFIG_DIR: join(dir, 'config'), PACKER_PLUGIN_PATH: '' };
  delete env['PACKER_LOG'];
  return { dir, env };
}

export interface StartedPacker {
  child: ChildProcess;
  done: Promise<PackerRun>;
  output: () => string;
  /** Ctrl-C as a terminal sends it: SIGINT to packer's whole process group (1.6.6's wrapper process ignores a lone SIGINT). */
  interrupt: () => void;
  /** SIGKILL to whatever is left of the group (a test that failed half-way). */
  kill: () => void;
}

/** Packer in its own process group, as a shell runs a foreground job. */
export function startPacker(args: string[], cwd: string, env: NodeJS.ProcessEnv, bin = 'packer'): StartedPacker {
  const child = spawn(bin, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  const done = new Promise<PackerRun>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
  const interrupt = (): void => {
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGINT');
  };
  const kill = (): void => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // The group is gone: nothing left to reap.
    }
  };
  return { child, done, output: () => stdout, interrupt, kill };
}

export function runPacker(args: string[], cwd: string, env: NodeJS.ProcessEnv, bin = 'packer'): Promise<PackerRun> {
  return startPacker(args, cwd, env, bin).done;
}

/** Pids of live processes whose command line mentions `needle` (our bundle's unique temp path). */
export function processesMentioning(needle: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(needle)) pids.push(Number(entry));
    } catch {
      // Gone meanwhile.
    }
  }
  return pids;
}

/** Waits (without asserting any duration) until `check` holds or `limitMs` passed. */
export async function eventually(check: () => boolean, limitMs = 20_000): Promise<boolean> {
  const until = Date.now() + limitMs;
  while (!check()) {
    if (Date.now() > until) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
  return true;
}

export function json(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}
