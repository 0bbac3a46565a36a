import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { isAlive } from './fake-plugins.js';

// One `build` of a template by a real CLI process (the bundled image-build, or packer), in a
// directory of its own with a private TMPDIR and HOME, and every process it starts marked by an
// environment variable, so what it left behind can be found afterwards through /proc.

export interface BuildRun {
  rc: number | null;
  stdout: string;
  stderr: string;
  /** stdout with line breaks folded (the human Ui wraps long errors). */
  text: string;
  /** Processes still alive carrying this run's mark, once the CLI has exited. */
  leftProcesses: string[];
  /** What is left in the private TMPDIR. */
  leftTemp: string[];
}

export interface RunOptions {
  env?: Record<string, string>;
  /** Runs while the CLI does (e.g. kill a plugin mid-RPC); gets the CLI's mark. */
  during?: (mark: string, stdout: () => string) => Promise<void>;
  /** The CLI is killed after this long (a hang is reported, never waited for forever). */
  limitMs?: number;
}

const MARK_KEY = 'IB_FAULT_TEST_MARK';

export async function runBuild(command: readonly string[], dir: string, args: string[], options: RunOptions = {}): Promise<BuildRun> {
  const tmp = path.join(dir, 'tmp');
  await fs.mkdir(tmp, { recursive: true });
  await fs.mkdir(path.join(dir, 'home'), { recursive: true });
  const mark = randomBytes(8).toString('hex');
  const env = {
    PATH: process.env['PATH'] ?? '',
    HOME: path.join(dir, 'home'),
    TMPDIR: tmp,
    CHECKPOINT_DISABLE: '1',
    PACKER_PLUGIN_PATH: path.join(dir, 'plugins'),
    [MARK_KEY]: mark,
    ...options.env,
  };
  const child = spawn(command[0]!, [...command.slice(1), 'build', ...args, 't.json'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const limit = setTimeout(() => child.kill('SIGKILL'), options.limitMs ?? 90_000);
  try {
    if (options.during) {
      try {
        await options.during(mark, () => stdout);
      } catch (err) {
        // The CLI and what it started must not outlive a failed test.
        child.kill('SIGKILL');
        await exited;
        for (const p of await marked(mark)) process.kill(Number(p.split(' ')[0]), 'SIGKILL');
        throw err;
      }
    }
    const rc = await exited;
    if (child.signalCode === 'SIGKILL') throw new Error(`${command.join(' ')} did not finish; it was killed. stdout:\n${stdout}`);
    // The kernel needs a moment to finish off what was SIGKILLed just before the exit.
    let leftProcesses = await marked(mark);
    for (let i = 0; i < 50 && leftProcesses.length > 0; i++) {
      await new Promise((r) => setTimeout(r, 20));
      leftProcesses = await marked(mark);
    }
    for (const p of leftProcesses) process.kill(Number(p.split(' ')[0]), 'SIGKILL');
    return { rc, stdout, stderr, text: stdout.replace(/\s+/g, ' '), leftProcesses, leftTemp: await fs.readdir(tmp) };
  } finally {
    clearTimeout(limit);
  }
}

/** Live processes whose environment carries `mark`, as "<pid> <command line>". */
export async function marked(mark: string, cmdline?: RegExp): Promise<string[]> {
  const found: string[] = [];
  for (const pid of await fs.readdir('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const environ = await fs.readFile(`/proc/${pid}/environ`, 'latin1');
      if (!environ.split('\0').includes(`${MARK_KEY}=${mark}`)) continue;
      const cmd = (await fs.readFile(`/proc/${pid}/cmdline`, 'latin1')).split('\0').join(' ').trim();
      if ((await isAlive(Number(pid))) && (!cmdline || cmdline.test(cmd))) found.push(`${pid} ${cmd}`);
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return found;
}

/** Waits for the one marked process matching `cmdline` and returns its pid. */
export async function waitForProcess(mark: string, cmdline: RegExp, tries = 1500): Promise<number> {
  for (let i = 0; i < tries; i++) {
    const [p] = await marked(mark, cmdline);
    if (p) return Number(p.split(' ')[0]);
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`no process matching ${cmdline} appeared`);
}

/** Resolves once `text()` contains `want` (polling). */
export async function waitForOutput(text: () => string, want: string, tries = 1500): Promise<void> {
  for (let i = 0; i < tries; i++) {
    if (text().includes(want)) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`output never contained ${JSON.stringify(want)}:\n${text()}`);
}
