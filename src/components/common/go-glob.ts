import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import picomatch from 'picomatch';

const hasMeta = (s: string) => /[*?[\\]/.test(s);

/**
 * Go's filepath.Glob: each path component may hold `*`, `?` or `[...]` (no `**`); `*` matches
 * dot files too; matches come sorted per directory; a pattern without meta characters yields the
 * path itself when it exists.
 */
export function goGlob(pattern: string): string[] {
  if (!hasMeta(pattern)) return existsSync(pattern) ? [pattern] : [];
  const parts = pattern.split('/');
  let bases: string[] = [parts[0] === '' ? '/' : ''];
  const start = parts[0] === '' ? 1 : 0;
  for (let i = start; i < parts.length; i++) {
    const comp = parts[i]!;
    const last = i === parts.length - 1;
    const next: string[] = [];
    for (const base of bases) {
      const join2 = (n: string) => (base === '' ? n : base === '/' ? `/${n}` : join(base, n));
      if (!hasMeta(comp)) {
        const p = join2(comp);
        if (existsSync(p)) next.push(p);
        continue;
      }
      let names: string[];
      try {
        names = readdirSync(base === '' ? '.' : base).sort();
      } catch {
        continue;
      }
      const isMatch = picomatch(comp, { dot: true, nobrace: true, noextglob: true });
      for (const n of names) {
        const p = join2(n);
        if (isMatch(n) && (last || isDir(p))) next.push(p);
      }
    }
    bases = next;
  }
  return bases;
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
