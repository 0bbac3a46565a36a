/**
 * Process accounting by marker, as the runner's orphan sweep does with RUNNER_TRACKING_ID:
 * every process a job starts inherits IB_ACTION_TEST_MARK=<uuid>; whatever still carries it
 * after the job is a leftover.
 */
import { readdirSync, readFileSync } from 'node:fs';

export const MARK_VAR = 'IB_ACTION_TEST_MARK';

export interface Leftover {
  pid: number;
  cmdline: string;
}

/** Live (non-zombie) processes whose environment carries `${MARK_VAR}=${mark}`. */
export function markedProcesses(mark: string): Leftover[] {
  const needle = `${MARK_VAR}=${mark}\0`;
  const found: Leftover[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    try {
      if (!readFileSync(`/proc/${name}/environ`, 'latin1').includes(needle)) continue;
      const stat = readFileSync(`/proc/${name}/stat`, 'latin1');
      if (/^\d+ \(.*\) Z/s.test(stat)) continue; // dead, only not reaped yet
      found.push({ pid: Number(name), cmdline: readFileSync(`/proc/${name}/cmdline`, 'latin1').replace(/\0/g, ' ').trim() });
    } catch {
      continue; // exited while we looked, or not ours to read
    }
  }
  return found;
}

/** Waits up to graceMs for the marked processes to go (a process may be mid-exit). */
export async function markedProcessesAfter(mark: string, graceMs: number): Promise<Leftover[]> {
  const until = Date.now() + graceMs;
  for (;;) {
    const left = markedProcesses(mark);
    if (left.length === 0 || Date.now() >= until) return left;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The runner's job-end sweep: SIGKILL each leftover by pid, so a failing test leaves the host clean. */
export function sweep(left: Leftover[]): void {
  for (const p of left) {
    try {
      process.kill(p.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}
