/**
 * A GitHub Actions runner emulator for a node action, as actions/runner runs one on Linux:
 * `node <entry>` with cwd GITHUB_WORKSPACE, inputs as INPUT_* env (action.yml defaults filled
 * in), per-step GITHUB_OUTPUT/GITHUB_STATE/GITHUB_ENV/GITHUB_STEP_SUMMARY files under
 * RUNNER_TEMP/_runner_file_commands, STATE_* for post, stdout read as workflow commands, and the
 * cancel sequence: SIGINT to the node process only, SIGTERM 7.5 s later if it still runs,
 * SIGKILL 2.5 s after that (ProcessInvoker.CancelAndKillProcessTree; Nix kills the entry only).
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inputVar, readActionManifest } from './action-manifest.js';
import { readFileCommands } from './file-commands.js';
import { MARK_VAR, markedProcesses } from './processes.js';
import { parseStepLog, type StepLog } from './workflow-commands.js';

export const REPO = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..');

/** One job's private places. Steps of a job share RUNNER_TEMP, the workspace and the marker. */
export interface Job {
  root: string;
  workspace: string;
  runnerTemp: string;
  tmpdir: string;
  home: string;
  mark: string;
  /** The action's directory (holds action.yml and dist/). */
  actionDir: string;
  /** The node binary that runs the entries (the runner's externals/node24). */
  node: string;
}

export function createJob(root: string, o: { node?: string; actionDir?: string } = {}): Job {
  const job: Job = {
    root,
    workspace: join(root, 'workspace'),
    runnerTemp: join(root, 'runner-temp'),
    tmpdir: join(root, 'tmp'),
    home: join(root, 'home'),
    mark: randomUUID(),
    actionDir: o.actionDir ?? REPO,
    node: o.node ?? process.execPath,
  };
  for (const d of [job.workspace, job.runnerTemp, job.tmpdir, job.home]) mkdirSync(d, { recursive: true });
  return job;
}

/** When the cancel starts: at a time after the step started, or when a log line matches. */
export type CancelAt =
  | { afterMs: number }
  | { whenLog: RegExp; orAfterMs?: number }
  | { whenFile: string; orAfterMs?: number }
  /** When a process of the job whose command line matches exists (e.g. the engine, just spawned). */
  | { whenProcess: RegExp; orAfterMs?: number };

export interface CancelSchedule {
  at: CancelAt;
  /** Runner: 7500 ms; 2500 ms. */
  sigtermAfterMs?: number;
  sigkillAfterMs?: number;
}

export interface StepOptions {
  entry: 'main' | 'post';
  job: Job;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  /** main's GITHUB_STATE, given to post as STATE_<name>. */
  state?: Record<string, string>;
  cancel?: CancelSchedule;
  /** A hung step is SIGKILLed after this (default 150 s) and reported as timedOut. */
  timeoutMs?: number;
}

export interface StepResult {
  entry: 'main' | 'post';
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  log: StepLog;
  outputs: Record<string, string>;
  state: Record<string, string>;
  env: Record<string, string>;
  summary: string;
  /** Signals sent, with ms since the step started. */
  signalsSent: Array<{ signal: NodeJS.Signals; atMs: number }>;
  durationMs: number;
  timedOut: boolean;
  /** ms the step's stdout/stderr stayed open after node exited (a child holding them: the runner waits too). */
  stdioHeldMs: number;
  /** ms since the step started at which each complete stdout line arrived (index = line number - 1). */
  lineTimes: number[];
}

const INHERITED_DROP = /^(INPUT_|STATE_|GITHUB_|RUNNER_|ACTIONS_|NODE_OPTIONS$|JEST_|IB_ACTION_TEST_MARK$)/;

export function stepEnv(o: StepOptions, files: Record<string, string>): Record<string, string> {
  const { job } = o;
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !INHERITED_DROP.test(k)) env[k] = v;
  const manifest = readActionManifest(join(job.actionDir, 'action.yml'));
  for (const [name, { default: d }] of Object.entries(manifest.inputs)) {
    if (d !== undefined && !d.includes('${{')) env[inputVar(name)] = d;
  }
  for (const [name, v] of Object.entries(o.inputs ?? {})) env[inputVar(name)] = v;
  for (const [name, v] of Object.entries(o.state ?? {})) env[`STATE_${name}`] = v;
  Object.assign(env, {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: job.workspace,
    GITHUB_ACTION_PATH: job.actionDir,
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'build',
    GITHUB_REPOSITORY: 'example/images',
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_TEMP: job.runnerTemp,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    TMPDIR: job.tmpdir,
    HOME: job.home,
    [MARK_VAR]: job.mark,
    ...files,
    ...(o.env ?? {}),
  });
  return env;
}

export async function runStep(o: StepOptions): Promise<StepResult> {
  const { job } = o;
  const manifest = readActionManifest(join(job.actionDir, 'action.yml'));
  const script = o.entry === 'main' ? manifest.main : manifest.post;
  if (!script) throw new Error(`action.yml has no runs.${o.entry}`);
  const dir = join(job.runnerTemp, '_runner_file_commands');
  mkdirSync(dir, { recursive: true });
  const id = randomUUID();
  const files = {
    GITHUB_OUTPUT: join(dir, `set_output_${id}`),
    GITHUB_STATE: join(dir, `save_state_${id}`),
    GITHUB_ENV: join(dir, `set_env_${id}`),
    GITHUB_PATH: join(dir, `add_path_${id}`),
    GITHUB_STEP_SUMMARY: join(dir, `step_summary_${id}`),
  };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const started = Date.now();
  const child = spawn(job.node, [join(job.actionDir, script)], { cwd: job.workspace, env: stepEnv(o, files), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const signalsSent: StepResult['signalsSent'] = [];
  let exited = false;
  const send = (signal: NodeJS.Signals): void => {
    if (exited || child.pid === undefined) return;
    try {
      process.kill(child.pid, signal);
      signalsSent.push({ signal, atMs: Date.now() - started });
    } catch {
      // exited between the check and the kill
    }
  };
  const timers: NodeJS.Timeout[] = [];
  let cancelling = false;
  const startCancel = (): void => {
    if (cancelling || !o.cancel) return;
    cancelling = true;
    send('SIGINT');
    const t1 = o.cancel.sigtermAfterMs ?? 7500;
    timers.push(setTimeout(() => send('SIGTERM'), t1));
    timers.push(setTimeout(() => send('SIGKILL'), t1 + (o.cancel.sigkillAfterMs ?? 2500)));
  };
  const at = o.cancel?.at;
  if (at && 'afterMs' in at) timers.push(setTimeout(startCancel, at.afterMs));
  if (at && !('afterMs' in at) && at.orAfterMs !== undefined) timers.push(setTimeout(startCancel, at.orAfterMs));
  if (at && 'whenProcess' in at) {
    const poll = setInterval(() => markedProcesses(job.mark).some((p) => at.whenProcess.test(p.cmdline)) && (clearInterval(poll), startCancel()), 20);
    timers.push(poll);
  }
  if (at && 'whenFile' in at) {
    const poll = setInterval(() => existsSync(at.whenFile) && (clearInterval(poll), startCancel()), 50);
    timers.push(poll);
  }
  const lineTimes: number[] = [];
  child.stdout.setEncoding('utf8').on('data', (s: string) => {
    stdout += s;
    const now = Date.now() - started;
    for (const ch of s) if (ch === '\n') lineTimes.push(now);
    if (at && 'whenLog' in at && !cancelling && at.whenLog.test(stdout)) startCancel();
  });
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  const closed = new Promise<void>((r) => child.on('close', () => r()));
  let timedOut = false;
  const hang = setTimeout(() => {
    timedOut = true;
    send('SIGKILL');
  }, o.timeoutMs ?? 150_000);
  const { code, signal } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((res, rej) => {
    child.on('error', rej);
    child.on('exit', (c, s) => res({ code: c, signal: s }));
  });
  exited = true;
  const exitedAt = Date.now();
  for (const t of timers) clearTimeout(t), clearInterval(t);
  clearTimeout(hang);
  // The runner reads the pipes to their end; a child that inherited them keeps the step open.
  const heldLimit = new Promise<void>((r) => setTimeout(r, 5000).unref());
  await Promise.race([closed, heldLimit]);
  const stdioHeldMs = Date.now() - exitedAt;
  child.stdout.destroy();
  child.stderr.destroy();
  return {
    entry: o.entry,
    exitCode: code,
    signal,
    stdout,
    stderr,
    log: parseStepLog(stdout),
    outputs: readFileCommands(files.GITHUB_OUTPUT),
    state: readFileCommands(files.GITHUB_STATE),
    env: readFileCommands(files.GITHUB_ENV),
    summary: existsSync(files.GITHUB_STEP_SUMMARY) ? readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8') : '',
    signalsSent,
    durationMs: Date.now() - started,
    timedOut,
    stdioHeldMs: stdioHeldMs > 50 ? stdioHeldMs : 0,
    lineTimes,
  };
}
