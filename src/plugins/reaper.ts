import type { ChildProcess } from 'node:child_process';

/** Every plugin process still running, whoever started it. */
const live = new Set<ChildProcess>();
let hooked = false;

/**
 * Registers a started plugin until it exits. The first registration installs one synchronous
 * `exit` hook that SIGKILLs whatever is left: a core that crashes or calls process.exit must not
 * leave plugins behind (they ignore SIGINT/SIGTERM by design, so nobody else would stop them).
 */
export function reapOnExit(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  live.add(child);
  child.once('exit', () => live.delete(child));
  child.once('error', () => live.delete(child));
  if (!hooked) {
    hooked = true;
    process.on('exit', () => {
      for (const c of live) killGroup(c);
    });
  }
}

/**
 * SIGKILL to the plugin's process group (plugins start as group leaders), so helpers it spawned
 * go too; falls back to the process alone. Synchronous, safe to repeat.
 */
export function killGroup(child: ChildProcess): void {
  const pid = child.pid;
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
    return;
  } catch {
    // no such group (already gone) or not a leader: try the process itself
  }
  try {
    child.kill('SIGKILL');
  } catch {
    // already gone
  }
}

/** Pids of the plugin processes this core still has running (for tests and diagnostics). */
export function livePluginPids(): number[] {
  return [...live].flatMap((c) => (c.pid === undefined ? [] : [c.pid]));
}
