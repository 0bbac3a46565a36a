import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, realpathSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RunFiles } from './run-files.js';

/**
 * The engine bundle sits beside main's (dist/action/engine/index.js). Run from the TypeScript
 * source (@github/local-action), main is src/action/main.ts: the engine is then the repository's
 * built bundle (`npm run build:action` first).
 */
export function engineBundle(mainUrl: string): string {
  const here = path.dirname(fileURLToPath(mainUrl));
  const beside = path.resolve(here, '..', 'engine', 'index.js');
  return existsSync(beside) ? beside : path.resolve(here, '..', '..', 'dist', 'action', 'engine', 'index.js');
}

/** True when the module at `url` is the process's entry (not imported, as local-action does). */
export function isEntry(url: string): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(url));
  } catch {
    return false;
  }
}

/**
 * Starts the engine detached: its own session and process group (its plugins join that group),
 * stdout/stderr to the run's log file, so nothing ties it to the step's process: the runner's
 * SIGKILL of main leaves it running its cleanups.
 */
export function startEngine(files: RunFiles, cwd: string, env: NodeJS.ProcessEnv, bundle: string): ReturnType<typeof spawn> {
  const log = openSync(files.engineLog, 'a');
  try {
    return spawn(process.execPath, [bundle, files.request], { cwd, env, detached: true, stdio: ['ignore', log, log] });
  } finally {
    closeSync(log);
  }
}

/** The exit code the engine wrote when it finished, or undefined while it has not. */
export function engineExitCode(files: Pick<RunFiles, 'exitCode'>): number | undefined {
  if (!existsSync(files.exitCode)) return undefined;
  const n = Number(readFileSync(files.exitCode, 'utf8').trim());
  return Number.isInteger(n) ? n : 1;
}

/** Alive and not a zombie (a dead child of ours not yet reaped still answers signal 0). */
export function isAlive(pid: number): boolean {
  if (pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return true;
  }
}

/** Signals the engine's whole process group (engine and plugins); false when it is gone. */
export function signalGroup(pid: number, signal: NodeJS.Signals): boolean {
  if (pid <= 0) return false;
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}
