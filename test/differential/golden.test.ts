// Differential suite: every scenario of the recorded golden cases and of our own cases goes
// through run-golden.sh with image-build and with the oracle (live `packer` when installed,
// else the recordings), and the two are compared after the normalisations in lib/canonical.ts
// and the intended differences in differences.ts. One jest test per scenario.
import { check } from './lib/check.js';
import { excludedGoldenCases, excludedGoldenScenarios, goldenCasesDir, livePacker, ownCasesDir, sharedPresent } from './lib/paths.js';
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

const row = (s: Scenario): [string, Scenario] => [`${s.caseName} / ${s.id}`, s];

describe('golden cases (Packer 1.6.6 behaviour)', () => {
  if (golden.length === 0) test.skip('no golden cases found', () => undefined);
  else test.concurrent.each(golden.map(row))('%s', async (_name, s) => check(s, oracle), 180_000);
});

describe('own cases (live packer vs image-build)', () => {
  if (own.length === 0) return void test.skip('no own cases found', () => undefined);
  const run = oracle !== undefined ? test.concurrent.each(own.map(row)) : test.skip.each(own.map(row));
  run('%s', async (_name, s) => check(s, oracle), 180_000);
});
