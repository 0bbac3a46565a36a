/**
 * The action's main step: inputs → mask → plugin cache → detached engine → render its events →
 * outputs. On SIGINT/SIGTERM it forwards a cancel to the engine's process group and keeps
 * rendering until the engine ends (or the runner kills this process: the engine carries on and
 * post waits for it). Every output is set before the step fails.
 */
import { existsSync, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as core from '@actions/core';
import { timeOrderedUUID } from '../sdk/interpolate/uuid.js';
import type { EngineEvent } from '../ui/events.js';
import { GithubRenderer, recordFromEvents, skippedCleanup, type RunRecord } from '../ui/github/index.js';
import { restorePlugins, savePlugins, type CacheRestore } from './cache-step.js';
import { CancelForwarder } from './cancel.js';
import { engineBundle, engineExitCode, isEntry, startEngine } from './engine-process.js';
import { follow } from './follow.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { createMasker } from '../ui/mask.js';
import { maskDeep, maskValues } from './masking.js';
import { mergeStep } from './merge.js';
import { publishLeg, setRunOutputs } from './outcome.js';
import { runFiles, type EngineRequest } from './run-files.js';
import { secretsOf } from './secrets.js';
import { encodeState, type ActionState } from './state.js';
import { EventTail } from './tail.js';

function save(s: Partial<ActionState>): void {
  for (const [k, v] of encodeState(s)) core.saveState(k, v);
}

async function buildStep(inputs: ActionInputs, env: NodeJS.ProcessEnv): Promise<void> {
  const now = new Date();
  const runUuid = timeOrderedUUID();
  const files = runFiles(env['RUNNER_TEMP'] || os.tmpdir(), runUuid);
  // Saved before the directory exists: post removes it whenever main is killed.
  save({ runUuid, runDir: files.dir, enginePid: 0, eventsOffset: 0, mainDone: false });
  await fs.mkdir(files.dir, { recursive: true });

  // Installed before anything is started: a cancel before the engine runs starts nothing.
  const cancel = new CancelForwarder();
  process.on('SIGINT', cancel.onSignal).on('SIGTERM', cancel.onSignal);

  const masked = maskValues(await secretsOf(inputs, env, now));
  for (const m of masked) core.setSecret(m);

  let cache: CacheRestore | undefined;
  try {
    cache = await restorePlugins(inputs, env);
  } catch (e) {
    await setRunOutputs(recordFromEvents([]), { runUuid, manifest: files.manifest, pluginsCacheHit: false, masked });
    core.setFailed((e as Error).message);
    return;
  }

  const request: EngineRequest = {
    template: inputs.template,
    cwd: inputs.workingDirectory,
    variables: inputs.variables,
    varFiles: inputs.varFiles,
    only: inputs.only,
    except: inputs.except,
    parallelBuilds: inputs.parallelBuilds,
    onError: inputs.onError,
    events: files.events,
    exitCode: files.exitCode,
    now: now.toISOString(),
  };
  if (cancel.requested) {
    await setRunOutputs({ ...recordFromEvents([]), cancelled: true }, { runUuid, manifest: files.manifest, pluginsCacheHit: cache.hit, masked });
    core.setFailed('cancelled before the builds started');
    return;
  }
  await fs.writeFile(files.request, JSON.stringify(request));
  const childEnv: NodeJS.ProcessEnv = { ...env, PACKER_RUN_UUID: runUuid, ...(inputs.pluginPath ? { PACKER_PLUGIN_PATH: inputs.pluginPath } : {}) };
  const child = startEngine(files, inputs.workingDirectory, childEnv, engineBundle(import.meta.url));
  const pid = child.pid ?? 0;
  let exited = false;
  let exitStatus: number | null = null;
  child.on('exit', (code) => {
    exited = true;
    exitStatus = code;
  });
  child.on('error', (e) => {
    exited = true;
    core.error(`cannot start the engine: ${e.message}`);
  });
  save({ enginePid: pid });
  cancel.engine(pid, () => existsSync(files.enginePid));


  const renderer = new GithubRenderer({
    write: (s) => void process.stdout.write(s),
    timestamps: inputs.timestamps,
    annotations: inputs.annotations,
    ...(env['GITHUB_WORKSPACE'] ? { workspace: env['GITHUB_WORKSPACE'] } : {}),
  });
  const all: EngineEvent[] = [];
  const tail = new EventTail(files.events);
  const done = (): boolean => {
    cancel.flush();
    return exited;
  };
  await follow(tail, renderer, done, {
    onEvents: (events, offset) => {
      all.push(...events);
      save({ eventsOffset: offset });
    },
  });
  renderer.finish();
  await showEngineLog(files.engineLog);

  const run = maskDeep(recordFromEvents(all), createMasker(masked));
  const outputs = await setRunOutputs(run, { runUuid, manifest: files.manifest, pluginsCacheHit: cache.hit, masked });
  const skipped = skippedCleanup(run, inputs.onError);
  if (skipped !== undefined) core.warning(skipped, { title: 'Cleanup skipped' });
  if (inputs.resultsName) await publishLeg(run, inputs.resultsName, runUuid, env['RUNNER_TEMP'] || os.tmpdir(), env);
  if (run.ended && !run.diagnostics.some((d) => d.summary.startsWith('Error loading configuration'))) await savePlugins(cache);
  save({ mainDone: true });

  const code = engineExitCode(files) ?? exitStatus ?? 1;
  const result = outputs['result'] ?? 'failure';
  if (result !== 'success' || code !== 0) core.setFailed(failureText(run, result, code));
}

/** The engine's own output (PACKER_LOG, a crash): empty in a normal run. */
async function showEngineLog(file: string): Promise<void> {
  const text = await fs.readFile(file, 'utf8').catch(() => '');
  if (text.trim() === '') return;
  core.startGroup('engine log');
  core.info(text.replace(/\n$/, ''));
  core.endGroup();
}

function failureText(run: RunRecord, result: string, code: number): string {
  if (!run.ended) return `the engine ended without finishing the run (exit code ${code}); see the log above`;
  const failed = run.results.filter((r) => r.status !== 'success').map((r) => r.name);
  if (result === 'cancelled') return 'the builds were cancelled';
  if (failed.length > 0) return `${failed.length} of ${run.results.length} build(s) did not succeed: ${failed.join(', ')}`;
  return `the run failed (exit code ${code}); see the errors above`;
}

/** The step (exported for @github/local-action, which imports this module and calls it). */
export async function run(): Promise<void> {
  const env = process.env;
  let inputs: ActionInputs;
  try {
    inputs = await readInputs(env);
  } catch (e) {
    core.setFailed((e as Error).message);
    return;
  }
  if (inputs.mode === 'merge') await mergeStep(inputs, env);
  else await buildStep(inputs, env);
}

// As the runner starts it: exit once done, whatever handle is left open.
if (isEntry(import.meta.url)) {
  run().then(
    () => process.exit(),
    (e: unknown) => {
      core.setFailed(`image-build: ${e instanceof Error ? e.message : String(e)}`);
      process.exit(1);
    },
  );
}
