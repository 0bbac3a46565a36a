// A successful run of the bundled action as the runner drives it: outputs, manifest, summary, masking.
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { annotations, jsonOutput, secretProblems } from './expect-action.js';
import { describeStep, tempLeft, type JobResult } from './job.js';
import { markedProcessesAfter, sweep } from './processes.js';
import { runStep, type Job } from './runner.js';
import { ensureActionBuilt, node24 } from './setup.js';
import { newJob, removeJobs, writeWorkspace } from './workspace.js';

const SECRET = 'Sup3r-S3cret-4242';

const successTemplate = {
  variables: { greeting: 'hello', secret: '' },
  'sensitive-variables': ['secret'],
  builders: [{ type: 'file', name: 'site', target: 'out/site.txt', content: '{{user `greeting`}} from the file builder' }],
  provisioners: [{ type: 'shell-local', inline: ['echo the token is {{user `secret`}}', 'echo provisioned {{build_name}}'] }],
};

/** Everything a successful single-artifact run must give; the manifest is checked before post removes temp files. */
function expectSuccess(job: Job, r: JobResult, manifestBeforePost: unknown): void {
  const { main, post } = r;
  expect({ main: main.exitCode, post: post.exitCode }).toEqual({ main: 0, post: 0 });
  const o = main.outputs;
  expect(o.result).toBe('success');
  expect(o['run-uuid']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  expect(o['artifact-id']).toBe('File'); // Packer's file artifact: Id() is "File"
  expect(jsonOutput(main, 'artifact-ids')).toEqual({ site: o['artifact-id'] });
  const artifacts = jsonOutput<Array<Record<string, unknown>>>(main, 'artifacts');
  expect(artifacts).toHaveLength(1);
  expect(artifacts[0]).toMatchObject({ build: 'site', type: 'file', builderId: 'packer.file', id: 'File', string: 'Stored file: out/site.txt', files: ['out/site.txt'] });
  expect(Object.keys(artifacts[0]!).sort()).toEqual(expect.arrayContaining(['build', 'builderId', 'files', 'id', 'string', 'type']));
  expect(artifacts[0]).toHaveProperty('generatedData');
  const builds = jsonOutput<Array<Record<string, unknown>>>(main, 'builds');
  expect(builds).toEqual([expect.objectContaining({ name: 'site', status: 'success', durationMs: expect.any(Number) })]);
  expect(builds[0]).not.toHaveProperty('error');
  expect(jsonOutput(main, 'failed-builds')).toEqual([]);
  expect(o['plugins-cache-hit']).toMatch(/^(true|false)$/);
  expect(isAbsolute(o.manifest ?? '')).toBe(true);
  expect(manifestBeforePost).toMatchObject({
    last_run_uuid: o['run-uuid'],
    builds: [{ name: 'site', builder_type: 'file', build_time: expect.any(Number), files: expect.any(Array), artifact_id: o['artifact-id'], packer_run_uuid: o['run-uuid'], custom_data: null }] // Go's nil map,
  });
  expect(readFileSync(join(job.workspace, 'tpl/out/site.txt'), 'utf8')).toBe('hi there from the file builder');
  // the build's log reached the step log, the provisioner's line included
  expect(main.log.shown.join('\n')).toContain('provisioned site');
  expect(main.log.problems).toEqual([]);
  expect(annotations(main, 'error')).toEqual([]);
  // job summary: a markdown table naming the build, its status and its artifact
  const summary = main.summary + post.summary;
  expect(summary).toMatch(/^\|.*\|\s*$/m);
  expect(summary).toMatch(/^\|\s*:?-{3,}/m);
  expect(summary).toMatch(/^\|.*site.*\|.*$/m);
  expect(summary).toContain(o['artifact-id']);
  expect(secretProblems(r, SECRET)).toEqual([]);
  expect(r.leftovers).toEqual([]);
  expect(r.tempLeft).toEqual([]);
}

/** runJob, but with the manifest read between main and post (post removes the run's files). */
async function successJobReadingManifest(job: Job): Promise<{ r: JobResult; manifest: unknown }> {
  let manifest: unknown = undefined;
  writeWorkspace(job, { 'tpl/build.json': successTemplate });
  const inputs = { 'working-directory': 'tpl', template: 'build.json', variables: `greeting=hi there\nsecret=${SECRET}` };
  const main = await runStep({ entry: 'main', job, inputs });
  const path = main.outputs.manifest;
  if (path && existsSync(path)) manifest = JSON.parse(readFileSync(path, 'utf8'));
  const post = await runStep({ entry: 'post', job, inputs, state: main.state });
  const leftovers = await markedProcessesAfter(job.mark, 1000);
  sweep(leftovers);
  return { r: { main, post, leftovers, tempLeft: tempLeft(job) }, manifest };
}

beforeAll(ensureActionBuilt, 300_000);
afterAll(removeJobs);

test('success: outputs, manifest, summary table, secret masked before use and absent elsewhere', async () => {
  const job = newJob();
  const { r, manifest } = await successJobReadingManifest(job);
  try {
    expectSuccess(job, r, manifest);
  } catch (err) {
    throw new Error(`${(err as Error).message}\n${describeStep(r.main)}\n${describeStep(r.post)}`);
  }
});

test('Node 24 (the node npm package\'s binary) runs main and post the same way', async () => {
  const node = await node24(); // throws with npm's reason when it cannot be installed
  const job = newJob({ node });
  const { r, manifest } = await successJobReadingManifest(job);
  try {
    expectSuccess(job, r, manifest);
  } catch (err) {
    throw new Error(`${(err as Error).message}\n${describeStep(r.main)}\n${describeStep(r.post)}`);
  }
}, 180_000);

