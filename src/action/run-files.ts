import * as path from 'node:path';

/**
 * One run's files, all in one directory under RUNNER_TEMP (post removes it): the engine's request,
 * its event stream, its exit code, its own stdout/stderr (plugin logs, PACKER_LOG), the manifest.
 */
export interface RunFiles {
  dir: string;
  request: string;
  events: string;
  exitCode: string;
  engineLog: string;
  /** The engine's own pid, written by it at start: post's fallback if main died before saving it. */
  enginePid: string;
  manifest: string;
}

export function runFiles(runnerTemp: string, runUuid: string): RunFiles {
  return runFilesIn(path.join(runnerTemp, `image-build-${runUuid}`));
}

export function runFilesIn(dir: string): RunFiles {
  return {
    dir,
    request: path.join(dir, 'request.json'),
    events: path.join(dir, 'events.jsonl'),
    exitCode: path.join(dir, 'exit-code'),
    engineLog: path.join(dir, 'engine.log'),
    enginePid: path.join(dir, 'engine.pid'),
    manifest: path.join(dir, 'packer-manifest.json'),
  };
}

/** What the main step asks the detached engine to run (written as JSON, path in argv). */
export interface EngineRequest {
  template: string;
  cwd: string;
  variables: Array<[string, string]>;
  varFiles: string[];
  only: string[];
  except: string[];
  parallelBuilds: number;
  onError: 'cleanup' | 'abort' | 'run-cleanup-provisioner';
  events: string;
  exitCode: string;
  /** `{{timestamp}}`/`{{isotime}}` are fixed at the step's start (ISO). */
  now: string;
}

export function decodeRequest(v: unknown): EngineRequest {
  const o = v as Record<string, unknown>;
  const strs = (k: string): string[] => {
    const a = o[k];
    if (!Array.isArray(a) || !a.every((s) => typeof s === 'string')) throw new Error(`engine request: '${k}' must be a list of strings`);
    return a;
  };
  const str = (k: string): string => {
    if (typeof o[k] !== 'string') throw new Error(`engine request: '${k}' must be a string`);
    return o[k];
  };
  if (typeof v !== 'object' || v === null) throw new Error('engine request: not an object');
  const vars = o['variables'];
  if (!Array.isArray(vars) || !vars.every((p) => Array.isArray(p) && p.length === 2 && p.every((s) => typeof s === 'string'))) {
    throw new Error("engine request: 'variables' must be a list of [name, value]");
  }
  const onError = str('onError');
  if (onError !== 'cleanup' && onError !== 'abort' && onError !== 'run-cleanup-provisioner') throw new Error(`engine request: bad onError '${onError}'`);
  const pb = o['parallelBuilds'];
  if (typeof pb !== 'number' || !Number.isInteger(pb) || pb < 0) throw new Error("engine request: 'parallelBuilds' must be an integer ≥ 0");
  return {
    template: str('template'),
    cwd: str('cwd'),
    variables: vars as Array<[string, string]>,
    varFiles: strs('varFiles'),
    only: strs('only'),
    except: strs('except'),
    parallelBuilds: pb,
    onError,
    events: str('events'),
    exitCode: str('exitCode'),
    now: str('now'),
  };
}
