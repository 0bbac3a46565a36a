import { readdirSync, readFileSync } from 'node:fs';

/**
 * Every live descendant of `pid`, from /proc (Linux, as the runner). Plugins and shell commands
 * are started in their own sessions, so a process-group kill of the engine does not reach them;
 * their lineage is only known while the engine lives, so it is read before the engine is killed.
 */
export function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  for (const name of entries) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // gone meanwhile
    }
  }
  const out: number[] = [];
  const stack = [pid];
  while (stack.length > 0) {
    for (const c of children.get(stack.pop()!) ?? []) {
      out.push(c);
      stack.push(c);
    }
  }
  return out;
}

/** SIGKILLs the engine's group and every descendant (with its own group): nothing is left. */
export function killTree(pid: number): void {
  const tree = descendants(pid);
  for (const p of [pid, ...tree]) {
    for (const target of [-p, p]) {
      try {
        process.kill(target, 'SIGKILL');
      } catch {
        // not a group leader, or already gone
      }
    }
  }
}
