/**
 * The action's post step (runs even after a cancel): when main was killed before the engine ended,
 * wait for it up to `cancel-grace-seconds`, rendering the rest of its events from where main
 * stopped; past the grace, SIGKILL its process group (plugins included) and say so. Then the job
 * summary (here, so it exists after a cancel too) and removal of the run's files.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as core from '@actions/core';
import { GithubRenderer, jobSummary, recordFromEvents, type RunRecord } from '../ui/github/index.js';
import { createMasker, type Masker } from '../ui/mask.js';
import { engineExitCode, isAlive, isEntry, signalGroup } from './engine-process.js';
import { follow } from './follow.js';
import { killTree } from './proc-tree.js';
import { DEFAULT_CANCEL_GRACE_SECONDS, flagInput, input, readInputs } from './inputs.js';
import { maskDeep, maskValues } from './masking.js';
import { secretsOf } from './secrets.js';
import { publishLeg } from './outcome.js';
import { ReplayOutput } from './replay-output.js';
import { runFilesIn, type RunFiles } from './run-files.js';
import { loadState } from './state.js';
import { EventTail } from './tail.js';

async function post(env: NodeJS.ProcessEnv): Promise<void> {
  const state = loadState((k) => core.getState(k));
  if (!state) return;
  const files = runFilesIn(state.runDir);
  const mask = await postMasker(env);
  try {
    if (!state.mainDone) state.enginePid = (await startedEnginePid(files)) || state.enginePid;
    if (!state.mainDone && state.enginePid > 0) {
      const grace = graceSeconds(env);
      // The renderer first replays, silently, what main already rendered: it then holds the log
      // main had buffered for builds still running, and prints it when they end.
      const out = new ReplayOutput((s) => void process.stdout.write(s));
      const renderer = new GithubRenderer({
        write: (s) => out.write(s),
        timestamps: flagInput(env, 'timestamps', false),
        annotations: flagInput(env, 'annotations', true),
        ...(env['GITHUB_WORKSPACE'] ? { workspace: env['GITHUB_WORKSPACE'] } : {}),
      });
      const seen = new EventTail(files.events);
      for (const e of await seen.readUpTo(state.eventsOffset)) renderer.onEvent(e);
      const running = (): boolean => engineExitCode(files) === undefined && isAlive(state.enginePid);
      if (running()) {
        // Main is gone: whatever ended it (a cancel, the step's timeout), the builds must stop now.
        // A cancel main already forwarded is not repeated by the engine.
        signalGroup(state.enginePid, 'SIGINT');
        core.info(`Waiting up to ${grace} s for the builds to finish their cleanup…`);
      }
      out.live();
      const ended = await follow(new EventTail(files.events, seen.offset), renderer, () => !running(), {
        deadline: Date.now() + grace * 1000,
      });
      if (!ended) {
        killTree(state.enginePid);
        core.warning(`The builds were still running after cancel-grace-seconds (${grace} s): killed the engine and its plugins (pid group ${state.enginePid}); cleanup may be incomplete.`);
      }
      renderer.finish();
      const resultsName = input(env, 'results-name');
      if (resultsName) await publishLeg(await readRecord(files.events, mask), resultsName, state.runUuid, env['RUNNER_TEMP'] || os.tmpdir(), env);
    }
    // Plugins of an engine that was killed outlive it in its group: nothing is left behind.
    if (state.enginePid > 0 && !isAlive(state.enginePid)) signalGroup(state.enginePid, 'SIGKILL');
    if (flagInput(env, 'summary', true) && env['GITHUB_STEP_SUMMARY'] && (await exists(files.events))) {
      await fs.appendFile(env['GITHUB_STEP_SUMMARY'], jobSummary(await readRecord(files.events, mask), { onError: input(env, 'on-error') }));
    }
  } finally {
    await fs.rm(state.runDir, { recursive: true, force: true });
  }
}

/**
 * The engine's pid from the file it writes once it handles signals (so a SIGINT cannot kill it
 * outright); waits a moment for it whenever main wrote a request. 0 when there is no engine.
 */
async function startedEnginePid(files: RunFiles): Promise<number> {
  if (!(await exists(files.request))) return 0;
  for (let i = 0; i < 50; i++) {
    const text = await fs.readFile(files.enginePid, 'utf8').catch(() => '');
    if (/^\d+\n$/.test(text)) return Number(text);
    if (engineExitCode(files) !== undefined) return 0;
    await new Promise((r) => setTimeout(r, 100));
  }
  return 0;
}

async function readRecord(file: string, mask: Masker): Promise<RunRecord> {
  const tail = new EventTail(file);
  return maskDeep(recordFromEvents(await tail.read()), mask);
}

/** The template's secrets again (post has the same inputs): the summary must not hold one. */
async function postMasker(env: NodeJS.ProcessEnv): Promise<Masker> {
  try {
    const inputs = await readInputs(env);
    if (inputs.mode === 'merge') return (s) => s;
    return createMasker(maskValues(await secretsOf(inputs, env, new Date())));
  } catch {
    return (s) => s;
  }
}

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    () => false,
  );
}

function graceSeconds(env: NodeJS.ProcessEnv): number {
  const text = input(env, 'cancel-grace-seconds');
  return /^\d+$/.test(text) ? Number(text) : DEFAULT_CANCEL_GRACE_SECONDS;
}

/** The post step (exported for @github/local-action). A failure here never fails the job. */
export async function run(): Promise<void> {
  try {
    await post(process.env);
  } catch (e) {
    core.warning(`image-build post: ${e instanceof Error ? e.message : String(e)}`);
  }
}

if (isEntry(import.meta.url)) run().then(() => process.exit(0));
