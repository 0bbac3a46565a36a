// Matrix fan-in through the real @actions/artifact inside the bundled action, against the
// loopback results service: each leg is its own job (own RUNNER_TEMP), its results travel only
// as a workflow artifact, and a merge job of the same workflow run lists and downloads them.
import { join } from 'node:path';
import { annotations, expectMergedOneOfTwo, jsonOutput } from './expect-action.js';
import { describeStep, runJob, type JobResult } from './job.js';
import { startResultsService, type ResultsService } from './results-service/index.js';
import { ensureActionBuilt } from './setup.js';
import { newJob, removeJobs, writeWorkspace } from './workspace.js';

const services: ResultsService[] = [];
beforeAll(ensureActionBuilt, 300_000);
afterAll(async () => {
  for (const s of services) await s.close();
  removeJobs();
});

async function service(): Promise<ResultsService> {
  const s = await startResultsService();
  services.push(s);
  return s;
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const TWIRP = '/twirp/github.actions.results.api.v1.ArtifactService/';

const leg = (name: string, fail: boolean) => ({
  builders: [{ type: 'file', name, target: `out/${name}.txt`, content: name }],
  provisioners: [{ type: 'shell-local', inline: [fail ? 'exit 3' : `echo leg ${name}`] }],
});

/** One matrix leg in a job of its own. */
async function runLeg(s: ResultsService, jobName: string, build: string, fail: boolean, resultsName: string): Promise<JobResult> {
  const job = newJob();
  writeWorkspace(job, { 't.json': leg(build, fail) });
  return runJob({ job, inputs: { template: 't.json', 'results-name': resultsName }, env: s.env(jobName) });
}

function explain(rs: JobResult[], s: ResultsService): string {
  return [...rs.flatMap((r) => [describeStep(r.main), describeStep(r.post)]), `requests: ${JSON.stringify(s.requests.map((q) => `${q.method} ${q.path} ${q.status}`), null, 1)}`].join('\n');
}

async function checked(rs: () => JobResult[], s: ResultsService, body: () => void | Promise<void>): Promise<void> {
  try {
    await body();
  } catch (e) {
    throw new Error(`${(e as Error).message}\n${explain(rs(), s)}`);
  }
}

test('fan-in: two legs in two jobs upload their results; the merge job downloads them: partial, artifact-ids, failed-builds', async () => {
  const s = await service();
  const one = await runLeg(s, 'leg-one', 'one', false, 'img');
  const two = await runLeg(s, 'leg-two', 'two', true, 'img');
  await checked(() => [one, two], s, () => {
    expect({ one: one.main.outputs.result, two: two.main.outputs.result }).toEqual({ one: 'success', two: 'failure' });
    for (const r of [one, two]) {
      expect(r.main.stdout).toMatch(new RegExp(`results uploaded as artifact img-${UUID} \\(id \\d+\\)`));
      expect(r.tempLeft).toEqual([]); // the results went only to the service
      expect(r.leftovers).toEqual([]);
      expect(r.post.exitCode).toBe(0);
      expect(annotations(r.main, 'warning')).toEqual([]);
    }
    const stored = s.artifacts();
    expect(stored.map((a) => a.name)).toEqual([expect.stringMatching(new RegExp(`^img-${UUID}$`)), expect.stringMatching(new RegExp(`^img-${UUID}$`))]);
    expect(new Set(stored.map((a) => a.jobId)).size).toBe(2);
    expect(new Set(stored.map((a) => a.runId)).size).toBe(1);
    for (const a of stored) expect(a).toMatchObject({ digest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/), mimeType: 'application/zip', size: expect.any(Number) });
    expect(s.unknown).toEqual([]);
  });

  const uploads = s.requests.length;
  const mergeJob = newJob();
  const merged = await runJob({ job: mergeJob, inputs: { mode: 'merge', 'results-name': 'img' }, env: s.env('merge') });
  await checked(() => [merged], s, () => {
    expectMergedOneOfTwo(merged.main);
    // list once, then per artifact: list by id, signed URL, the blob itself
    const perArtifact = [`POST ${TWIRP}ListArtifacts`, `POST ${TWIRP}GetSignedArtifactURL`, 'GET /devstoreaccount1/actions-results/'];
    expect(s.requests.slice(uploads).map((q) => `${q.method} ${q.path.replace(/(actions-results\/).*/, '$1')}`)).toEqual([`POST ${TWIRP}ListArtifacts`, ...perArtifact, ...perArtifact]);
    expect(s.requests.every((q) => q.status < 300)).toBe(true);
    expect(merged.leftovers).toEqual([]);
    expect(merged.tempLeft).toEqual([]);
    expect(merged.post.exitCode).toBe(0);
    expect(s.unknown).toEqual([]);
  });
}, 300_000);

test('merge takes only its own results-name (not a longer one sharing the prefix) and refuses an artifact whose digest does not match', async () => {
  const s = await service();
  const img = await runLeg(s, 'leg-img', 'one', false, 'img');
  const arm = await runLeg(s, 'leg-arm', 'arm', true, 'img-arm');
  await checked(() => [img, arm], s, () => expect(s.artifacts()).toHaveLength(2));

  const merged = await runJob({ job: newJob(), inputs: { mode: 'merge', 'results-name': 'img' }, env: s.env('merge') });
  await checked(() => [merged], s, () => {
    expect(merged.main.exitCode).toBe(0);
    expect(merged.main.outputs.result).toBe('success');
    expect(jsonOutput(merged.main, 'artifact-ids')).toEqual({ one: 'File' });
    expect(merged.tempLeft).toEqual([]);
  });

  // the service's record of the leg no longer matches its bytes (changed after upload)
  const target = s.artifacts().find((a) => a.name.startsWith('img-arm-'))!;
  target.digest = `sha256:${'0'.repeat(64)}`;
  const refused = await runJob({ job: newJob(), inputs: { mode: 'merge', 'results-name': 'img-arm' }, env: s.env('merge-again') });
  await checked(() => [refused], s, () => {
    expect(refused.main.exitCode).toBe(1);
    expect(annotations(refused.main, 'error').map((a) => a.message)).toEqual([
      `mode merge: cannot fetch the legs' results: artifact ${target.name} (id ${target.id}) does not match its digest ${target.digest}: it was changed after upload`,
    ]);
    expect(refused.main.outputs.result).toBeDefined();
    expect(refused.leftovers).toEqual([]);
    expect(refused.tempLeft).toEqual([]);
    expect(s.unknown).toEqual([]);
  });
}, 300_000);

test('the artifact service unreachable: the leg warns and keeps its results in RUNNER_TEMP', async () => {
  const s = await service();
  const env = s.env('leg');
  await s.close();
  const job = newJob();
  writeWorkspace(job, { 't.json': leg('one', false) });
  const r = await runJob({ job, inputs: { template: 't.json', 'results-name': 'img' }, env });
  await checked(() => [r], s, () => {
    expect(r.main.exitCode).toBe(0);
    expect(r.main.outputs.result).toBe('success');
    const [file] = r.tempLeft;
    expect(r.tempLeft).toEqual([expect.stringMatching(new RegExp(`^RUNNER_TEMP/img-${UUID}\\.json$`))]);
    // the plugin cache (same service) warns too; the build is not held up by either
    expect(annotations(r.main, 'warning').map((a) => a.message)).toEqual([
      expect.stringMatching(/^Failed to restore: .*ECONNREFUSED/),
      expect.stringMatching(new RegExp(`^results-name: upload of img-${UUID} failed: .*ECONNREFUSED[^]*; results left in ${join(job.runnerTemp, file!.slice('RUNNER_TEMP/'.length))}$`)),
    ]);
    expect(r.leftovers).toEqual([]);
  });
}, 300_000);
