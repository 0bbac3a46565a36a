// Where the differential suite finds its inputs. shared/ sits beside the repo (CI clones the
// repo with shared/ next to it), so everything is located relative to the repo root.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const sharedDir = resolve(repoRoot, '..', 'shared');
export const goldenDir = resolve(sharedDir, 'reference/packer-1.6.6/golden');
export const goldenCasesDir = resolve(goldenDir, 'cases');
export const goldenResultsDir = resolve(goldenDir, 'results');
export const harnessScript = resolve(goldenDir, 'run-golden.sh');
export const ownCasesDir = resolve(repoRoot, 'test/differential/cases');
export const engineBundle = resolve(repoRoot, 'dist/cli/index.js');
export const engineBin = resolve(repoRoot, 'bin/image-build.js');

/** Cases the suite never runs, with the reason printed once. */
export const excludedGoldenCases: ReadonlyMap<string, string> = new Map<string, string>([]);

/** Single golden scenarios left out, each with its reason (also in DIFFERENCES.md, D5). */
export const excludedGoldenScenarios: ReadonlyMap<string, string> = new Map([
  ['16-cli-misc/console-hcl2', 'HCL2 is not built yet (image-build says so and exits 1)'],
  ['16-cli-misc/hcl2-upgrade', 'hcl2_upgrade is not built yet (image-build says so and exits 1)'],
]);

/** The oracle: live `packer` when installed (and not disabled), else the recordings. */
export function livePacker(): string | undefined {
  if (process.env['DIFF_ORACLE'] === 'recorded') return undefined;
  const r = spawnSync('packer', ['version'], { encoding: 'utf8' });
  if (r.status === 0 && /^Packer v1\.6\.6\b/m.test(r.stdout)) return 'packer';
  return undefined;
}

export function sharedPresent(): boolean {
  return existsSync(harnessScript) && existsSync(goldenCasesDir);
}
