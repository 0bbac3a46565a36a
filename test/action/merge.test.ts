// Matrix fan-in: legs run with `results-name` leave their results; a later step with
// `mode: merge` turns every leg into one run's outputs. Without the artifact service (no
// ACTIONS_RUNTIME_TOKEN, as here) the legs' files stay in RUNNER_TEMP, where merge reads them.
import { runJob } from './job.js';
import { expectMergedOneOfTwo } from './expect-action.js';
import { ensureActionBuilt } from './setup.js';
import { newJob, removeJobs, writeWorkspace } from './workspace.js';

beforeAll(ensureActionBuilt, 300_000);
afterAll(removeJobs);

const leg = (name: string, fail: boolean) => ({
  builders: [{ type: 'file', name, target: `out/${name}.txt`, content: name }],
  provisioners: [{ type: 'shell-local', inline: [fail ? 'exit 3' : `echo leg ${name}`] }],
});

test('mode merge: two legs (one failed) become one run: artifact-ids, failed-builds, result partial', async () => {
  const job = newJob(); // the legs and the merge share RUNNER_TEMP, as jobs sharing artifacts would
  writeWorkspace(job, { 'one.json': leg('one', false), 'two.json': leg('two', true) });
  const one = await runJob({ job, inputs: { template: 'one.json', 'results-name': 'img' } });
  const two = await runJob({ job, inputs: { template: 'two.json', 'results-name': 'img' } });
  expect({ one: one.main.outputs.result, two: two.main.outputs.result }).toEqual({ one: 'success', two: 'failure' });
  // each leg leaves exactly its results file (the artifact upload's stand-in), nothing else
  expect(two.tempLeft.filter((p) => !/^RUNNER_TEMP\/img-[0-9a-f-]+\.json$/.test(p))).toEqual([]);
  expect(two.tempLeft).toHaveLength(2);

  const merged = await runJob({ job, inputs: { mode: 'merge', 'results-name': 'img' } });
  expectMergedOneOfTwo(merged.main);
  expect(merged.leftovers).toEqual([]);
}, 180_000);

test('mode merge with no leg results fails and says what it looked for', async () => {
  const job = newJob();
  const r = await runJob({ job, inputs: { mode: 'merge', 'results-name': 'nothing' } });
  expect(r.main.exitCode).toBe(1);
  expect(r.main.stdout).toContain('no results named nothing* were found');
  expect(r.leftovers).toEqual([]);
  expect(r.tempLeft).toEqual([]);
}, 60_000);
