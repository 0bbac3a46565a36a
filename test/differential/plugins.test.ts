// The golden cases again, with every component resolved to Packer 1.6.6's own plugin processes
// (lib/packer-shims.ts): image-build is then only the core, driving Go plugins over the wire
// protocol, and must still produce what `packer build` produced.
import { rmSync } from 'node:fs';
import { check } from './lib/check.js';
import { packerPluginShims } from './lib/packer-shims.js';
import { excludedGoldenCases, excludedGoldenScenarios, goldenCasesDir, livePacker, sharedPresent } from './lib/paths.js';
import { readScenarios, type Scenario } from './lib/scenarios.js';

const oracle = livePacker();
const golden = (sharedPresent() ? readScenarios(goldenCasesDir, 'golden', new Set(excludedGoldenCases.keys())) : []).filter(
  (s) => !excludedGoldenScenarios.has(`${s.caseName}/${s.id}`),
);
if (oracle === undefined) console.warn('differential (plugins): `packer` 1.6.6 not installed: its plugins cannot run, suite skipped');

const row = (s: Scenario): [string, Scenario] => [`${s.caseName} / ${s.id}`, s];

describe('golden cases with Packer 1.6.6 plugin processes as the components', () => {
  if (oracle === undefined || golden.length === 0) return void test.skip('packer 1.6.6 or the golden cases are missing', () => undefined);
  const shims = packerPluginShims();
  afterAll(() => rmSync(shims, { recursive: true, force: true }));
  test.concurrent.each(golden.map(row))('%s', async (_name, s) => check(s, oracle, { label: 'plugins', env: { PACKER_PLUGIN_PATH: shims } }), 180_000);
});
