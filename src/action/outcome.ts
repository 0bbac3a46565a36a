import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as core from '@actions/core';
import { actionOutputs, type RunRecord } from '../ui/github/index.js';
import { manifestOf, writeManifest } from './manifest.js';
import { outputsHoldingSecrets } from './masking.js';
import { legName, writeLeg } from './results.js';

/**
 * Sets every output of a run (or of merged runs): writes the manifest first, since its path is an
 * output. An output whose value holds a masked secret is still set, with a warning, because the
 * runner then drops it from job outputs.
 */
export async function setRunOutputs(
  run: RunRecord,
  o: { runUuid: string; manifest: string; pluginsCacheHit: boolean; masked: readonly string[] },
): Promise<Record<string, string>> {
  await writeManifest(o.manifest, await manifestOf(run.results, o.runUuid, new Date()));
  const outputs = actionOutputs(run, { runUuid: o.runUuid, manifest: o.manifest, pluginsCacheHit: o.pluginsCacheHit });
  for (const name of outputsHoldingSecrets(outputs, o.masked)) {
    core.warning(`output '${name}' contains the value of a sensitive variable: the runner will not pass it on to other jobs`);
  }
  for (const [k, v] of Object.entries(outputs)) core.setOutput(k, v);
  return outputs;
}

/**
 * Leaves this leg's results for a `mode: merge` job: uploaded as a workflow artifact when the
 * runner gives the artifact service (ACTIONS_RUNTIME_TOKEN), else kept in RUNNER_TEMP. An
 * uploaded leg leaves no file behind (it is staged in a folder of its own, removed after); a
 * failed upload leaves the file in RUNNER_TEMP, where a merge in the same job still finds it.
 * Returns the file when it stays on disk.
 */
export async function publishLeg(run: RunRecord, resultsName: string, runUuid: string, dir: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  if (!env['ACTIONS_RUNTIME_TOKEN']) {
    const file = await writeLeg(dir, resultsName, runUuid, run);
    core.notice(`results-name: no artifact service here (ACTIONS_RUNTIME_TOKEN unset); results left in ${file}`);
    return file;
  }
  const name = legName(resultsName, runUuid);
  const staging = await fs.mkdtemp(path.join(dir, 'image-build-leg-'));
  try {
    const file = await writeLeg(staging, resultsName, runUuid, run);
    try {
      const { DefaultArtifactClient } = await import('@actions/artifact');
      const { id } = await new DefaultArtifactClient().uploadArtifact(name, [file], staging, { retentionDays: 1 });
      core.info(`results uploaded as artifact ${name} (id ${id})`);
      return undefined;
    } catch (e) {
      const kept = path.join(dir, path.basename(file));
      await fs.rename(file, kept);
      core.warning(`results-name: upload of ${name} failed: ${(e as Error).message}; results left in ${kept}`);
      return kept;
    }
  } finally {
    await fs.rm(staging, { recursive: true, force: true });
  }
}
