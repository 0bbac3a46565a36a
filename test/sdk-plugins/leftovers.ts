import { readdirSync, readFileSync } from 'node:fs';

/**
 * Live processes whose command line mentions dir (a plugin dir): what a core left behind.
 * A zombie has an empty cmdline, so a process that is dead but not yet reaped does not count.
 */
export function processesUnder(dir: string): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let cmdline: string;
    try {
      cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      continue; // it exited while we looked
    }
    if (cmdline.includes(dir)) found.push(`${pid}: ${cmdline.replace(/\0/g, ' ').trim()}`);
  }
  return found;
}

/**
 * The modern core reaps its plugins asynchronously after it exits (they notice the closed
 * connection), so its runs get a short grace; image-build's are checked at once.
 */
export async function processesUnderAfter(dir: string, graceMs: number): Promise<string[]> {
  const until = Date.now() + graceMs;
  for (;;) {
    const left = processesUnder(dir);
    if (left.length === 0 || Date.now() >= until) return left;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Every entry left in a private TMPDIR, recursively (relative names). */
export function entriesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
}
