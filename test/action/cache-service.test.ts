// The plugin cache through the real @actions/cache (service v2) inside the bundled action, against
// the loopback results service: save after a run that installed a plugin, restore on a fresh
// machine (same paths, as every hosted runner has), a damaged entry, the service going away.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cacheKey, keyPrefix } from '../../src/action/plugin-cache.js';
import { annotations, jsonOutput } from './expect-action.js';
import { describeStep, runJob, type JobResult } from './job.js';
import { startResultsService, type ResultsService } from './results-service/index.js';
import { stagedPlugin } from './results-service/plugin-fixture.js';
import { createJob, type Job } from './runner.js';
import { ensureActionBuilt } from './setup.js';
import { newJob, removeJobs, writeWorkspace } from './workspace.js';

let plugin: { root: string; stage: string; binary: string };
const services: ResultsService[] = [];

beforeAll(async () => {
  await ensureActionBuilt();
  plugin = await stagedPlugin();
}, 300_000);
afterAll(async () => {
  for (const s of services) await s.close();
  removeJobs();
  if (plugin) rmSync(plugin.root, { recursive: true, force: true });
});

async function service(): Promise<ResultsService> {
  const s = await startResultsService();
  services.push(s);
  return s;
}

const inputs = (template: string) => ({ template, 'plugin-path': 'plugins' });
const pluginsOf = (job: Job) => join(job.workspace, 'plugins');

/** A build that installs the plugin into plugin-path, as `packer plugins install` would. */
function installJob(job: Job): void {
  mkdirSync(pluginsOf(job), { recursive: true });
  writeWorkspace(job, {
    'install.json': {
      builders: [{ type: 'file', name: 'site', target: 'out/site.txt', content: 'site' }],
      provisioners: [{ type: 'shell-local', inline: [`cp -R '${plugin.stage}/.' '${pluginsOf(job)}/'`] }],
    },
  });
}

/** A build whose only builder is the plugin's. */
function useJob(job: Job, withChecksum: boolean): void {
  mkdirSync(pluginsOf(job), { recursive: true });
  writeWorkspace(job, { 'use.json': { builders: [{ type: 'tsdemo', name: 'demo', output: join(job.workspace, 'out/demo.txt'), content: 'made by the cached plugin\n' }] } });
  // the checkout holds the checksum (the plugin "lock"), not the binary: the key is known before the restore
  if (withChecksum) writeWorkspace(job, { [`plugins/${plugin.binary}_SHA256SUM`]: readFileSync(join(plugin.stage, `${plugin.binary}_SHA256SUM`), 'utf8') });
}

/** The next job on a fresh machine: same paths (the cache version covers them), nothing left. */
function freshMachine(job: Job): Job {
  rmSync(job.root, { recursive: true, force: true });
  return createJob(job.root);
}

function explain(r: JobResult, s: ResultsService): string {
  return `${describeStep(r.main)}\n${describeStep(r.post)}\nrequests: ${JSON.stringify(s.requests.map((q) => `${q.method} ${q.path} ${q.status}`), null, 1)}`;
}

function expectClean(r: JobResult, s: ResultsService): void {
  expect(r.post.exitCode).toBe(0);
  expect(r.leftovers).toEqual([]);
  expect(r.tempLeft).toEqual([]);
  expect(s.unknown).toEqual([]);
}

async function savedEntry(s: ResultsService): Promise<{ job: Job; key: string; r: JobResult }> {
  const job = newJob();
  installJob(job);
  const r = await runJob({ job, inputs: inputs('install.json'), env: s.env('first') });
  const key = await cacheKey(pluginsOf(job));
  return { job, key, r };
}

test('saved after the run that installed a plugin; restored on a fresh machine: exact hit, same bytes, the build runs it', async () => {
  const s = await service();
  const { job, key, r } = await savedEntry(s);
  try {
    expect(r.main.exitCode).toBe(0);
    expect(r.main.outputs['plugins-cache-hit']).toBe('false');
    expect(key.startsWith(keyPrefix())).toBe(true);
    expect(s.cacheEntries().map((e) => e.key)).toEqual([key]);
    expect(r.main.stdout).toContain(`plugin cache: saved ${key}`);
    expectClean(r, s);
  } catch (e) {
    throw new Error(`${(e as Error).message}\n${explain(r, s)}`);
  }
  const binary = join(pluginsOf(job), plugin.binary);
  const saved = { bytes: readFileSync(binary), sum: readFileSync(`${binary}_SHA256SUM`, 'utf8'), mode: statSync(binary).mode };
  const creates = () => s.requests.filter((q) => q.path.endsWith('/CreateCacheEntry')).length;

  const job2 = freshMachine(job);
  useJob(job2, true);
  expect(existsSync(binary)).toBe(false);
  const r2 = await runJob({ job: job2, inputs: inputs('use.json'), env: s.env('second') });
  try {
    expect(r2.main.exitCode).toBe(0);
    expect(r2.main.outputs['plugins-cache-hit']).toBe('true');
    expect(r2.main.stdout).toContain(`plugin cache: restored ${key} (1 plugin checksum(s) verified)`);
    expect({ bytes: readFileSync(binary), sum: readFileSync(`${binary}_SHA256SUM`, 'utf8'), mode: statSync(binary).mode }).toEqual(saved);
    expect(jsonOutput(r2.main, 'artifact-ids')).toEqual({ demo: 'tsdemo' });
    expect(readFileSync(join(job2.workspace, 'out/demo.txt'), 'utf8')).toBe('made by the cached plugin\n');
    expect(creates()).toBe(1); // the restored directory is not saved again
    expect(annotations(r2.main, 'warning')).toEqual([]);
    expectClean(r2, s);
  } catch (e) {
    throw new Error(`${(e as Error).message}\n${explain(r2, s)}`);
  }

  // an empty plugin directory (Packer's default one on a new runner): the newest entry by prefix
  const job3 = freshMachine(job2);
  useJob(job3, false);
  const r3 = await runJob({ job: job3, inputs: inputs('use.json'), env: s.env('third') });
  try {
    expect(r3.main.exitCode).toBe(0);
    expect(r3.main.outputs['plugins-cache-hit']).toBe('true'); // restored (by the prefix) and verified
    expect(r3.main.stdout).toContain(`plugin cache: restored ${key}`);
    expect(readFileSync(binary)).toEqual(saved.bytes);
    expect(creates()).toBe(1);
    expectClean(r3, s);
  } catch (e) {
    throw new Error(`${(e as Error).message}\n${explain(r3, s)}`);
  }
}, 300_000);

test('a damaged cache entry: the step names the plugin that fails its checksum, removes it, and never runs it', async () => {
  const s = await service();
  const { job, key, r } = await savedEntry(s);
  expect(s.cacheEntries().map((e) => e.key)).toEqual([key]);
  expect(r.main.exitCode).toBe(0);
  const damaged = s.corruptCacheEntry(key);
  expect(damaged).toContain(plugin.binary);

  const job2 = freshMachine(job);
  useJob(job2, true);
  const r2 = await runJob({ job: job2, inputs: inputs('use.json'), env: s.env('second') });
  const binary = join(pluginsOf(job2), plugin.binary);
  try {
    const warnings = annotations(r2.main, 'warning').map((a) => a.message);
    expect(warnings).toEqual([expect.stringContaining(`checksum mismatch for plugin ${binary}`)]);
    expect(warnings[0]).toContain(`restored from ${key}`);
    expect(r2.main.outputs['plugins-cache-hit']).toBe('false');
    expect(existsSync(binary)).toBe(false);
    expect(existsSync(join(job2.workspace, 'out/demo.txt'))).toBe(false);
    // without its plugin the build cannot start: it fails, saying which builder is missing
    expect(r2.main.exitCode).toBe(1);
    expect(r2.main.outputs.result).toBe('failure');
    expect(annotations(r2.main, 'error').map((a) => a.message).join('\n')).toContain('tsdemo');
    expectClean(r2, s);
  } catch (e) {
    throw new Error(`${(e as Error).message}\n${explain(r2, s)}`);
  }
}, 300_000);

test('the service goes away mid-job: a warning, the build still runs and succeeds', async () => {
  const s = await service();
  s.goDownAfter(/GetCacheEntryDownloadURL$/); // the restore is answered (a miss), then nothing listens
  const job = newJob();
  installJob(job);
  const r = await runJob({ job, inputs: inputs('install.json'), env: s.env('only') });
  try {
    expect(r.main.exitCode).toBe(0);
    expect(r.main.outputs.result).toBe('success');
    expect(r.main.outputs['plugins-cache-hit']).toBe('false');
    expect(existsSync(join(pluginsOf(job), plugin.binary))).toBe(true);
    const key = await cacheKey(pluginsOf(job));
    expect(annotations(r.main, 'warning').map((a) => a.message)).toContainEqual(`plugin cache: ${key} was not saved: the cache service did not take it (see the lines above)`);
    expect(s.cacheEntries()).toEqual([]);
    expect(s.requests.map((q) => q.path)).toEqual(['/twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL']);
    expectClean(r, s);
  } catch (e) {
    throw new Error(`${(e as Error).message}\n${explain(r, s)}`);
  }
}, 300_000);

