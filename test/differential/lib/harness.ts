// Runs one scenario through the recorded harness (run-golden.sh) with any command as PACKER,
// so packer and image-build are measured by exactly the same script.
import { spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { engineBin, harnessScript } from './paths.js';
import type { Scenario } from './scenarios.js';

export type Mode = 'normal' | 'mr';

/** Where one tool's outputs for one scenario are: the harness result dir and its scratch dir. */
export interface RunLocation {
  readonly resultDir: string;
  /** scratch copies of the case (live runs only; recordings keep just files-<mode>/) */
  readonly workDir?: string;
}

let wrapper: string | undefined;

/** A one-file executable that runs our CLI, because the harness wants a single command path. */
export function engineWrapper(): string {
  // DIFF_ENGINE swaps in another command (e.g. `packer` itself, to check the suite's normalisation)
  const override = process.env['DIFF_ENGINE'];
  if (override !== undefined && override !== '') return override;
  if (wrapper !== undefined && existsSync(wrapper)) return wrapper;
  const dir = mkdtempSync(join(tmpdir(), 'ib-wrapper-'));
  wrapper = join(dir, 'image-build');
  writeFileSync(wrapper, `#!/bin/sh\nexec node ${JSON.stringify(engineBin)} "$@"\n`);
  chmodSync(wrapper, 0o755);
  return wrapper;
}

/** Runs `scenario` (both modes) with `command` (and `extraEnv` on top of ours); resolves when the harness has written results. */
export async function runScenario(scenario: Scenario, command: string, label: string, extraEnv: NodeJS.ProcessEnv = {}): Promise<RunLocation> {
  const root = mkdtempSync(join(tmpdir(), `ib-diff-${label}-`));
  const cases = join(root, 'cases');
  const caseDir = join(cases, scenario.caseName);
  mkdirSync(cases, { recursive: true });
  cpSync(join(scenario.casesDir, scenario.caseName), caseDir, { recursive: true, dereference: true }); // own cases may link to examples/
  writeFileSync(join(caseDir, 'scenarios'), scenario.line + '\n');
  makeWritable(caseDir);
  const res = join(root, 'res');
  const work = join(root, 'work');
  const env: NodeJS.ProcessEnv = { ...process.env, PACKER: command, GOLDEN_CASES: cases, GOLDEN_RES: res, GOLDEN_WORK: work, GOLDEN_TIMEOUT: '60', ...extraEnv };
  delete env['NODE_OPTIONS']; // jest's --experimental-vm-modules must not leak into the CLI under test
  const stderr = await new Promise<string>((resolve, reject) => {
    // A case with a fixture (17-ssh: an sshd on a fixed port) runs one at a time across jest
    // workers (golden and plugins suites run in parallel): flock serialises them.
    const harness = ['bash', harnessScript, scenario.caseName];
    const argv = existsSync(join(caseDir, 'fixture.sh')) ? ['flock', join(tmpdir(), 'ib-golden-fixture.lock'), ...harness] : harness;
    const child = spawn(argv[0]!, argv.slice(1), { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', () => resolve(err));
  });
  const resultDir = join(res, scenario.caseName, scenario.id);
  if (!existsSync(join(resultDir, 'mr.rc'))) throw new Error(`harness produced no results for ${scenario.caseName}/${scenario.id}: ${stderr}`);
  return { resultDir, workDir: join(work, scenario.caseName, scenario.id) };
}

/** shared/ is read-only; the recordings were made from writable copies (0644), as a user's are. */
function makeWritable(dir: string): void {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) makeWritable(p);
    if (!e.isSymbolicLink()) chmodSync(p, statSync(p).mode | 0o200);
  }
}

/** The recorded results of a golden scenario. */
export function recorded(resultsDir: string, scenario: Scenario): RunLocation {
  return { resultDir: join(resultsDir, scenario.caseName, scenario.id) };
}

export function readText(path: string): string {
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
}
