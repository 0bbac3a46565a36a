import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as core from '@actions/core';
import { timeOrderedUUID } from '../sdk/interpolate/uuid.js';
import { mergeRecords } from '../ui/github/index.js';
import type { ActionInputs } from './inputs.js';
import { setRunOutputs } from './outcome.js';
import { readLegs } from './results.js';
import { runFiles } from './run-files.js';
import { encodeState } from './state.js';

/**
 * `mode: merge`: every leg's results (workflow artifacts named `<results-name>-…`; without the
 * artifact service, the files the legs left in RUNNER_TEMP) become one run's outputs. No build.
 */
export async function mergeStep(inputs: ActionInputs, env: NodeJS.ProcessEnv): Promise<void> {
  const prefix = inputs.resultsName ?? '';
  const runUuid = timeOrderedUUID();
  const temp = env['RUNNER_TEMP'] || os.tmpdir();
  const files = runFiles(temp, runUuid);
  await fs.mkdir(files.dir, { recursive: true });
  for (const [k, v] of encodeState({ runUuid, runDir: files.dir, enginePid: 0, eventsOffset: 0, mainDone: true })) core.saveState(k, v);

  const legsDir = path.join(files.dir, 'legs');
  await fs.mkdir(legsDir);
  // exactly `<results-name>-<run uuid>`: results-name `img` must not take the legs of `img-arm`
  const isLeg = new RegExp(`^${prefix.replace(/[.]/g, '\\.')}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`);
  let fetchError: string | undefined;
  if (env['ACTIONS_RUNTIME_TOKEN']) {
    try {
      await downloadLegs(isLeg, legsDir);
    } catch (e) {
      fetchError = (e as Error).message;
    }
  } else {
    core.notice(`mode merge: no artifact service here (ACTIONS_RUNTIME_TOKEN unset); reading ${prefix}-*.json from ${temp}`);
    for (const name of (await fs.readdir(temp)).filter((n) => n.endsWith('.json') && isLeg.test(n.slice(0, -'.json'.length))).sort()) {
      await fs.copyFile(path.join(temp, name), path.join(legsDir, name));
    }
  }
  if (fetchError !== undefined) {
    await setRunOutputs(mergeRecords([]), { runUuid, manifest: files.manifest, pluginsCacheHit: false, masked: [] });
    core.setFailed(`mode merge: cannot fetch the legs' results: ${fetchError}`);
    return;
  }
  const legs = await readLegs(legsDir);
  const run = mergeRecords(legs);
  const outputs = await setRunOutputs(run, { runUuid, manifest: files.manifest, pluginsCacheHit: false, masked: [] });
  if (legs.length === 0) {
    core.setFailed(`mode merge: no results named ${prefix}* were found (does every leg set results-name: ${prefix}…?)`);
    return;
  }
  core.info(`merged the results of ${legs.length} leg(s): ${outputs['result']}`);
  if (outputs['result'] !== 'success') core.setFailed(`merged result: ${outputs['result']}`);
}

/** Downloads every leg artifact of this workflow run, each into its own folder; a digest mismatch is an error naming it. */
async function downloadLegs(isLeg: RegExp, legsDir: string): Promise<void> {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const client = new DefaultArtifactClient();
  const { artifacts } = await client.listArtifacts({ latest: true });
  for (const a of artifacts.filter((x) => isLeg.test(x.name))) {
    const { digestMismatch } = await client.downloadArtifact(a.id, { path: path.join(legsDir, a.name), ...(a.digest ? { expectedHash: a.digest } : {}) });
    if (digestMismatch) throw new Error(`artifact ${a.name} (id ${a.id}) does not match its digest ${a.digest}: it was changed after upload`);
  }
}
