// The `scenarios` file format of the golden harness: one `ID|ENV|ARGS` line per scenario,
// `#` comments. Parsed here only to name the jest tests; the harness itself evaluates ARGS.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface Scenario {
  /** where the case lives: the recorded golden cases or our own cases */
  readonly origin: 'golden' | 'own';
  readonly casesDir: string;
  readonly caseName: string;
  readonly id: string;
  /** the raw scenario line, written back verbatim for a one-scenario run */
  readonly line: string;
}

export function readScenarios(casesDir: string, origin: Scenario['origin'], exclude: ReadonlySet<string>): Scenario[] {
  if (!existsSync(casesDir)) return [];
  const out: Scenario[] = [];
  for (const caseName of readdirSync(casesDir).sort()) {
    const dir = join(casesDir, caseName);
    if (exclude.has(caseName) || !statSync(dir).isDirectory()) continue;
    const file = join(dir, 'scenarios');
    if (!existsSync(file)) throw new Error(`${file}: missing scenarios file`);
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const id = line.split('|', 1)[0] ?? '';
      if (id === '' || id.startsWith('#')) continue;
      if (line.split('|').length < 3) throw new Error(`${file}: bad scenario line ${JSON.stringify(line)} (want ID|ENV|ARGS)`);
      out.push({ origin, casesDir, caseName, id, line });
    }
  }
  return out;
}
