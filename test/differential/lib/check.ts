// One differential comparison: a scenario through the oracle and through image-build, compared
// after the normalisations of canonical.ts and the intended differences of differences.ts.
import { existsSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { engineWrapper, recorded, runScenario, type RunLocation } from './harness.js';
import { outcomes } from './outcome.js';
import { oracleScenarioLines } from '../differences.js';
import { engineBundle, goldenResultsDir } from './paths.js';
import type { Scenario } from './scenarios.js';

/** Packer itself is nondeterministic in places (e.g. it can exit before its last UI line is
 * written): on a mismatch the live oracle is run again, and any behaviour it shows is accepted. */
const ORACLE_ATTEMPTS = 3;

export interface Engine {
  /** Label of the scratch dirs. */
  readonly label: string;
  /** Environment on top of the harness's (e.g. PACKER_PLUGIN_PATH of plugin shims). */
  readonly env?: NodeJS.ProcessEnv;
}

/** `oracle`: the live `packer` command, or undefined to compare with the recordings. */
export async function check(s: Scenario, oracle: string | undefined, engine: Engine = { label: 'ours' }): Promise<void> {
  if (process.env['DIFF_ENGINE'] === undefined && !existsSync(engineBundle)) throw new Error(`${engineBundle} missing: run \`npm run build\` first`);
  const oracleLine = oracleScenarioLines.get(`${s.caseName}/${s.id}`);
  if (oracleLine !== undefined && oracle === undefined) {
    throw new Error(`${s.caseName}/${s.id} needs live packer (D4: its recording is of arguments Packer reads differently)`);
  }
  const oracleScenario = oracleLine !== undefined ? { ...s, line: oracleLine } : s;
  const oracleRun = (): Promise<RunLocation> =>
    oracle !== undefined ? runScenario(oracleScenario, oracle, 'packer') : Promise.resolve(recorded(goldenResultsDir, s));
  let [packerLoc, oursLoc] = await Promise.all([oracleRun(), runScenario(s, engineWrapper(), engine.label, engine.env)]);
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
