// Failing runs: template errors at file/line/col, one annotation per failed build, outputs set
// before the step fails, and `partial` when only some builds fail.
import { annotations, jsonOutput } from './expect-action.js';
import { describeStep, runJob, type JobResult } from './job.js';
import { ensureActionBuilt } from './setup.js';
import { newJob, removeJobs, writeWorkspace } from './workspace.js';

beforeAll(ensureActionBuilt, 300_000);
afterAll(removeJobs);

const explain = (r: JobResult, fn: () => void): void => {
  try {
    fn();
  } catch (err) {
    throw new Error(`${(err as Error).message}\n${describeStep(r.main)}\n${describeStep(r.post)}`);
  }
};

const template = (builds: Array<{ name: string; fail?: number }>) => ({
  builders: builds.map((b) => ({ type: 'null', name: b.name, communicator: 'none' })),
  provisioners: builds.map((b) => ({
    type: 'shell-local',
    only: [b.name],
    inline: b.fail === undefined ? [`echo ${b.name} is fine`] : [`echo ${b.name} goes wrong`, `exit ${b.fail}`],
  })),
});

/** Error annotations naming one build as Packer does (`Build 'x'`), in their title or message. */
const forBuild = (r: JobResult, name: string) =>
  annotations(r.main, 'error').filter((a) => `${a.properties.title ?? ''} ${a.message}`.includes(`Build '${name}'`));

async function job(files: Record<string, unknown>): Promise<JobResult> {
  const j = newJob();
  writeWorkspace(j, files);
  return runJob({ job: j, inputs: { 'working-directory': 'tpl', template: 'build.json' } });
}

test('a template error: one ::error at its file, line and column; result failure; exit 1', async () => {
  const text = '{\n  "builders": [\n    { "type": "file", "target": "x",, "content": "y" }\n  ]\n}\n';
  const r = await job({ 'tpl/build.json': text });
  explain(r, () => {
    expect(r.main.exitCode).toBe(1);
    const errors = annotations(r.main, 'error');
    const located = errors.filter((a) => a.properties.file !== undefined);
    expect(located).toHaveLength(1);
    // Packer 1.6.6: "At line 3, column 38"
    expect(located[0]!.properties).toMatchObject({ file: 'tpl/build.json', line: '3' });
    expect(located[0]!.properties.col ?? located[0]!.properties.startColumn).toMatch(/^\d+$/);
    expect(r.main.outputs.result).toBe('failure');
    expect(r.leftovers).toEqual([]);
    expect(r.tempLeft).toEqual([]);
  });
});

test('every build fails: one ::error per failed build, outputs set though the step fails', async () => {
  const r = await job({ 'tpl/build.json': template([{ name: 'alpha', fail: 3 }, { name: 'beta', fail: 4 }]) });
  explain(r, () => {
    expect(r.main.exitCode).toBe(1);
    const o = r.main.outputs;
    expect(o.result).toBe('failure');
    expect(jsonOutput<string[]>(r.main, 'failed-builds').sort()).toEqual(['alpha', 'beta']);
    const builds = jsonOutput<Array<{ name: string; status: string; error?: string }>>(r.main, 'builds');
    expect(builds.map((b) => [b.name, b.status])).toEqual([['alpha', 'failed'], ['beta', 'failed']]);
    expect(builds[0]!.error).toMatch(/exit status 3|non-zero exit status: 3/);
    expect(o['run-uuid']).toMatch(/^[0-9a-f-]{36}$/);
    expect(jsonOutput(r.main, 'artifacts')).toEqual([]);
    expect(o['artifact-id'] ?? '').toBe('');
    expect(forBuild(r, 'alpha')).toHaveLength(1);
    expect(forBuild(r, 'beta')).toHaveLength(1);
    expect(r.leftovers).toEqual([]);
    expect(r.tempLeft).toEqual([]);
  });
});

test('one of two builds fails: result partial, the good build\'s artifact is an output', async () => {
  const r = await job({ 'tpl/build.json': template([{ name: 'good' }, { name: 'bad', fail: 2 }]) });
  explain(r, () => {
    expect(r.main.exitCode).toBe(1);
    expect(r.main.outputs.result).toBe('partial');
    expect(jsonOutput(r.main, 'failed-builds')).toEqual(['bad']);
    const artifacts = jsonOutput<Array<{ build: string; generatedData?: Record<string, unknown> }>>(r.main, 'artifacts');
    expect(artifacts.map((a) => a.build)).toEqual(['good']);
    expect(artifacts[0]!.generatedData).toEqual(expect.any(Object));
    expect(r.main.outputs['artifact-id']).toBe('Null');
    expect(jsonOutput(r.main, 'artifact-ids')).toEqual({ good: 'Null' });
    expect(forBuild(r, 'bad')).toHaveLength(1);
    expect(forBuild(r, 'good')).toHaveLength(0);
    expect(r.main.summary + r.post.summary).toMatch(/bad/);
    expect(r.leftovers).toEqual([]);
    expect(r.tempLeft).toEqual([]);
  });
});

test("an 'only' that selects no build fails the step naming it (Packer would build nothing and pass); an unknown 'except' warns", async () => {
  const j = newJob();
  writeWorkspace(j, { 'build.json': template([{ name: 'web' }, { name: 'db' }]) });
  const r = await runJob({ job: j, inputs: { template: 'build.json', only: 'web\nwbe-*', except: 'dbb' } });
  explain(r, () => {
    expect(r.main.exitCode).toBe(1);
    expect(r.main.outputs.result).toBe('failure');
    expect(annotations(r.main, 'error').map((a) => a.message).filter((m) => m.startsWith('input'))).toEqual([`input 'only': "wbe-*" matches no build (the builds of build.json: web, db)`]);
    expect(annotations(r.main, 'warning').map((a) => a.message)).toEqual([`input 'except': "dbb" matches no build or post-processor (the builds of build.json: web, db)`]);
    expect(r.main.stdout).not.toContain('web is fine'); // nothing was built
    expect(r.leftovers).toEqual([]);
    expect(r.tempLeft).toEqual([]);
  });
}, 120_000);

test("on-error 'abort': a failed build's skipped cleanup is a warning in the log and in the summary, naming it", async () => {
  const j = newJob();
  writeWorkspace(j, { 'build.json': template([{ name: 'web' }, { name: 'db', fail: 4 }]) });
  const r = await runJob({ job: j, inputs: { template: 'build.json', 'on-error': 'abort' } });
  explain(r, () => {
    expect(r.main.outputs.result).toBe('partial');
    const warning = annotations(r.main, 'warning').find((a) => a.properties.title === 'Cleanup skipped');
    expect(warning?.message).toMatch(/^on-error is 'abort': the failed build db skipped its cleanup;/);
    expect(r.post.summary).toContain("⚠️ **Cleanup skipped.** on-error is 'abort': the failed build db skipped its cleanup");
    expect(r.leftovers).toEqual([]);
  });
}, 120_000);
