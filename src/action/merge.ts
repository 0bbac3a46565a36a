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
  if (env['ACTIONS_RUNTIME_TOKEN']) {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const client = new DefaultArtifactClient();
    const { artifacts } = await client.listArtifacts({ latest: true });
    for (const a of artifacts.filter((x) => x.name.startsWith(prefix))) {
      await client.downloadArtifact(a.id, { path: path.join(legsDir, a.name) });
    }
  } else {
    core.notice(`mode merge: no artifact service here (ACTIONS_RUNTIME_TOKEN unset); reading ${prefix}*.json from ${temp}`);
    for (const name of (await fs.readdir(temp)).filter((n) => n.startsWith(prefix) && n.endsWith('.json')).sort()) {
      await fs.copyFile(path.join(temp, name), path.join(legsDir, name));
    }
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
