/**
 * The detached engine: the main step spawns it in its own process group, so the runner's SIGKILL
 * of the step (sent to the node process only) cannot cut a cloud cleanup short. It runs the builds
 * and appends each event to the events file as one JSON line; the main and post steps render that
 * file. SIGINT/SIGTERM cancel the run (cleanups run, plugins get Cancel); the exit code is written
 * last, after every plugin process is gone.
 */
import { openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { setMaxListeners } from 'node:events';
import * as path from 'node:path';
import type { EngineEvent } from '../ui/events.js';
import { encodeEvent } from '../ui/github/index.js';
import { decodeRequest, type EngineRequest } from './run-files.js';

async function main(): Promise<number> {
  const requestFile = process.argv[2];
  if (!requestFile) throw new Error('usage: engine <request.json>');
  const req = decodeRequest(JSON.parse(readFileSync(requestFile, 'utf8')) as unknown);
  const fd = openSync(req.events, 'a');
  const emit = (e: EngineEvent): void => void writeSync(fd, encodeEvent(e));
  const controller = new AbortController();
  setMaxListeners(0, controller.signal);
  // The first signal cancels; later ones (the runner's SIGTERM after SIGINT) change nothing: the
  // cleanups keep running. Main says so in the step log.
  const onSignal = (): void => controller.abort();
  process.on('SIGINT', onSignal).on('SIGTERM', onSignal);
  // Written once signals are handled: main holds a cancel until then, post finds us by it.
  writeFileSync(path.join(path.dirname(requestFile), 'engine.pid'), `${process.pid}\n`);
  let code = 1;
  try {
    code = await run(req, emit, controller.signal);
  } finally {
    writeFileSync(req.exitCode, `${code}\n`);
  }
  return code;
}

async function run(req: EngineRequest, emit: (e: EngineEvent) => void, signal: AbortSignal): Promise<number> {
  const started = Date.now();
  const now = new Date(req.now);
  const endEarly = (): number => {
    emit({ kind: 'run-end', time: new Date(), durationMs: Date.now() - started, results: [], cancelled: signal.aborted });
    return 1;
  };
  const { loadTemplate } = await import('../template/index.js');
  const env = process.env as Record<string, string | undefined>;
  const loaded = await loadTemplate({ path: req.template, vars: req.variables, varFiles: req.varFiles, env, cwd: req.cwd, now });
  for (const diagnostic of loaded.diagnostics) emit({ kind: 'diagnostic', time: new Date(), diagnostic });
  const template = loaded.template;
  if (!template || loaded.diagnostics.some((d) => d.severity === 'error')) return endEarly();

  const [{ builtinComponentSet }, { componentsForCommand }, { runBuilds }, { selectionDiagnostics }] = await Promise.all([
    import('../components/index.js'),
    import('../plugins/index.js'),
    import('../core/index.js'),
    import('./selection.js'),
  ]);
  const selection = selectionDiagnostics(template, path.relative(req.cwd, req.template) || req.template, req.only, req.except);
  for (const diagnostic of selection) emit({ kind: 'diagnostic', time: new Date(), diagnostic });
  if (selection.some((d) => d.severity === 'error')) return endEarly();
  let components;
  try {
    components = await componentsForCommand({ env, cwd: req.cwd, stderr: (s) => process.stderr.write(s) }, builtinComponentSet(), signal);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    emit({ kind: 'diagnostic', time: new Date(), diagnostic: { severity: 'error', format: 'plain', summary: `Error loading configuration: \n\n${detail}`, detail: '' } });
    return endEarly();
  }
  try {
    const summary = await runBuilds(template, {
      only: req.only,
      except: req.except,
      parallelBuilds: req.parallelBuilds,
      onError: req.onError,
      debug: false,
      force: false,
      signal,
      emit,
      components,
      now,
    });
    return summary.exitCode;
  } finally {
    await components.close();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`engine: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
