import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/** Writes an executable script `name` into `dir` and returns its path. */
export async function script(dir: string, name: string, body: string): Promise<string> {
  const file = path.join(dir, name);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, body);
  await fs.chmod(file, 0o755);
  return file;
}

/** A node script (shebang on the node running the tests). */
export function nodeScript(source: string): string {
  return `#!${process.execPath}\n${source}\n`;
}

/**
 * True while `pid` is a live process: a zombie (exited, waiting for a parent that may be a
 * non-reaping PID 1 in a container) counts as gone.
 */
export async function isAlive(pid: number): Promise<boolean> {
  let stat: string;
  try {
    stat = await fs.readFile(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return false;
  }
  const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
  return state !== 'Z' && state !== 'X';
}

/** Polls until `pid` is gone (the kernel needs a moment after SIGKILL to a grandchild). */
export async function gone(pid: number, tries = 100): Promise<boolean> {
  for (let i = 0; i < tries; i++) {
    if (!(await isAlive(pid))) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return false;
}
