// Differential suite: every scenario of the recorded golden cases and of our own cases goes
// through run-golden.sh with image-build and with the oracle (live `packer` when installed,
// else the recordings), and the two are compared after the normalisations in lib/canonical.ts
// and the intended differences in differences.ts. One jest test per scenario.
import { existsSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { engineWrapper, recorded, runScenario, type RunLocation } from './lib/harness.js';
import { outcomes } from './lib/outcome.js';
import { oracleScenarioLines } from './differences.js';
import { engineBundle, excludedGoldenCases, excludedGoldenScenarios, goldenCasesDir, goldenResultsDir, livePacker, ownCasesDir, sharedPresent } from './lib/paths.js';
import { readScenarios, type Scenario } from './lib/scenarios.js';

const oracle = livePacker();
const golden = (sharedPresent() ? readScenarios(goldenCasesDir, 'golden', new Set(excludedGoldenCases.keys())) : []).filter(
  (s) => !excludedGoldenScenarios.has(`${s.caseName}/${s.id}`),
);
const own = readScenarios(ownCasesDir, 'own', new Set());

if (!sharedPresent()) console.warn(`differential: golden cases skipped: ${goldenCasesDir} not found (shared/ must sit beside the repo)`);
for (const [c, why] of excludedGoldenCases) console.warn(`differential: golden case ${c} not run: ${why}`);
for (const [c, why] of excludedGoldenScenarios) console.warn(`differential: golden scenario ${c} not run: ${why}`);
if (oracle === undefined) console.warn('differential: `packer` 1.6.6 not installed: golden cases compared with recordings, own cases skipped');

/** Packer itself is nondeterministic in places (e.g. it can exit before its last UI line is
 * written): on a mismatch the live oracle is run again, and any behaviour it shows is accepted. */
const ORACLE_ATTEMPTS = 3;

async function check(s: Scenario): Promise<void> {
  if (process.env['DIFF_ENGINE'] === undefined && !existsSync(engineBundle)) throw new Error(`${engineBundle} missing: run \`npm run build\` first`);
  const oracleLine = oracleScenarioLines.get(`${s.caseName}/${s.id}`);
  if (oracleLine !== undefined && oracle === undefined) {
    throw new Error(`${s.caseName}/${s.id} needs live packer (D4: its recording is of arguments Packer reads differently)`);
  }
  const oracleScenario = oracleLine !== undefined ? { ...s, line: oracleLine } : s;
  const oracleRun = (): Promise<RunLocation> =>
    oracle !== undefined ? runScenario(oracleScenario, oracle, 'packer') : Promise.resolve(recorded(goldenResultsDir, s));
  let [packerLoc, oursLoc] = await Promise.all([oracleRun(), runScenario(s, engineWrapper(), 'ours')]);
  const locs = [packerLoc, oursLoc];
  for (let attempt = 1; ; attempt++) {
    const { packer, ours } = outcomes(packerLoc, oursLoc, s, oracle === undefined);
    try {
      expect(ours).toEqual(packer);
      break;
    } catch (e) {
      if (oracle !== undefined && attempt < ORACLE_ATTEMPTS) {
        packerLoc = await oracleRun();
        locs.push(packerLoc);
        continue;
      }
      (e as Error).message = `image-build results: ${oursLoc.resultDir}\noracle results: ${packerLoc.resultDir} (attempt ${attempt})\n${(e as Error).message}`;
      throw e;
    }
  }
  for (const loc of locs) if (loc.workDir !== undefined) rmSync(dirname(dirname(dirname(loc.resultDir))), { recursive: true, force: true });
}

const row = (s: Scenario): [string, Scenario] => [`${s.caseName} / ${s.id}`, s];

describe('golden cases (Packer 1.6.6 behaviour)', () => {
  if (golden.length === 0) test.skip('no golden cases found', () => undefined);
  else test.concurrent.each(golden.map(row))('%s', async (_name, s) => check(s), 180_000);
});

describe('own cases (live packer vs image-build)', () => {
  if (own.length === 0) return void test.skip('no own cases found', () => undefined);
  const run = oracle !== undefined ? test.concurrent.each(own.map(row)) : test.skip.each(own.map(row));
  run('%s', async (_name, s) => check(s), 180_000);
});
