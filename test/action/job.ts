/**
 * A job of one action step: main, then post (post-if defaults to always(): it runs after a
 * failure or a cancel too), then the accounting the runner's job end stands for: processes still
 * carrying the job's marker, files left in RUNNER_TEMP (beside the runner's own file-command
 * folder) and in the job's private TMPDIR. Leftover processes are swept (SIGKILL by pid) after
 * they are recorded, as the runner's orphan sweep would.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { markedProcessesAfter, sweep, type Leftover } from './processes.js';
import { runStep, type CancelSchedule, type Job, type StepResult } from './runner.js';

export interface JobOptions {
  job: Job;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  cancel?: CancelSchedule;
  /** Per-step hang limits (default 150 s): a hung step is SIGKILLed and reported as timedOut. */
  mainTimeoutMs?: number;
  postTimeoutMs?: number;
  /** Leftover check grace: a process may be mid-exit when post returns. */
  graceMs?: number;
}

export interface JobResult {
  main: StepResult;
  post: StepResult;
  /** Marked processes alive after post (already swept). */
  leftovers: Leftover[];
  /** Paths (relative) left under RUNNER_TEMP (minus _runner_file_commands) and TMPDIR. */
  tempLeft: string[];
}

export async function runJob(o: JobOptions): Promise<JobResult> {
  const limit = (ms: number | undefined) => (ms === undefined ? {} : { timeoutMs: ms });
  const main = await runStep({ entry: 'main', job: o.job, inputs: o.inputs ?? {}, env: o.env ?? {}, ...(o.cancel ? { cancel: o.cancel } : {}), ...limit(o.mainTimeoutMs) });
  const post = await runStep({ entry: 'post', job: o.job, inputs: o.inputs ?? {}, env: o.env ?? {}, state: main.state, ...limit(o.postTimeoutMs) });
  const leftovers = await markedProcessesAfter(o.job.mark, o.graceMs ?? 1000);
  sweep(leftovers);
  return { main, post, leftovers, tempLeft: tempLeft(o.job) };
}

export function tempLeft(job: Job): string[] {
  const runnerTemp = readdirSync(job.runnerTemp, { recursive: true, encoding: 'utf8' })
    .filter((p) => p !== '_runner_file_commands' && !p.startsWith('_runner_file_commands/'))
    .map((p) => join('RUNNER_TEMP', p));
  const tmp = readdirSync(job.tmpdir, { recursive: true, encoding: 'utf8' }).map((p) => join('TMPDIR', p));
  return [...runnerTemp, ...tmp].sort();
}

/** Human lines for a failed expectation: what the step showed and left. */
export function describeStep(s: StepResult): string {
  return [
    `${s.entry}: exit ${s.exitCode ?? s.signal} after ${s.durationMs} ms, signals ${JSON.stringify(s.signalsSent)}${s.timedOut ? ' TIMED OUT' : ''}`,
    '--- stdout ---',
    s.stdout.slice(-6000),
    '--- stderr ---',
    s.stderr.slice(-3000),
  ].join('\n');
}
