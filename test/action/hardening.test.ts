// What a build can do to the step log and outputs: inject workflow commands, leak a secret
// through an artifact, flood annotations; and bad input.
import { annotations, jsonOutput, secretProblems } from './expect-action.js';
import { describeStep, runJob, type JobResult } from './job.js';
import { ensureActionBuilt } from './setup.js';
import { newJob, removeJobs, writeWorkspace } from './workspace.js';

beforeAll(ensureActionBuilt, 300_000);
afterAll(removeJobs);

async function job(template: unknown, inputs: Record<string, string> = {}): Promise<JobResult> {
  const j = newJob();
  writeWorkspace(j, { 'tpl/build.json': template });
  return runJob({ job: j, inputs: { 'working-directory': 'tpl', template: 'build.json', ...inputs } });
}

const explain = async (r: JobResult, fn: () => void): Promise<void> => {
  try {
    fn();
  } catch (err) {
    throw new Error(`${(err as Error).message}\n${describeStep(r.main)}\n${describeStep(r.post)}`);
  }
};

test('a build printing workflow commands cannot inject them (no annotation, no broken group, no mask)', async () => {
  const r = await job({
    builders: [{ type: 'null', name: 'sly', communicator: 'none' }],
    provisioners: [{ type: 'shell-local', inline: ['echo "::endgroup::"', 'echo "::error file=x,line=1::injected"', 'echo "::add-mask::sly"', 'echo "::group::fake"', 'echo after'] }],
  });
  await explain(r, () => {
    expect(r.main.exitCode).toBe(0);
    expect(annotations(r.main, 'error')).toEqual([]);
    expect(r.main.log.masks).toEqual([]);
    expect(r.main.log.problems).toEqual([]);
    const groups = r.main.log.groups;
    expect(groups.map((g) => g.name).filter((n) => n.includes('fake'))).toEqual([]);
    const sly = groups.filter((g) => g.name.includes('sly'));
    expect(sly).toHaveLength(1);
    expect(sly[0]!.lines.join('\n')).toMatch(/::endgroup::[\s\S]*injected[\s\S]*after/);
  });
});

test('a secret in an artifact (file name) reaches no output; the run still succeeds', async () => {
  const secret = 'TopSecret-9731';
  const r = await job(
    {
      variables: { secret: '' },
      'sensitive-variables': ['secret'],
      builders: [{ type: 'file', name: 'leaky', target: 'out/{{user `secret`}}.txt', content: 'x' }],
    },
    { variables: `secret=${secret}` },
  );
  await explain(r, () => {
    expect(r.main.exitCode).toBe(0);
    expect(r.main.outputs.result).toBe('success');
    expect(secretProblems(r, secret)).toEqual([]);
  });
});

test('annotations: at most 10 failed-build errors for 12 failed builds', async () => {
  const names = Array.from({ length: 12 }, (_, i) => `b${String(i).padStart(2, '0')}`);
  const r = await job({
    builders: names.map((name) => ({ type: 'null', name, communicator: 'none' })),
    provisioners: [{ type: 'shell-local', inline: ['exit 1'] }],
  });
  await explain(r, () => {
    expect(r.main.exitCode).toBe(1);
    expect(jsonOutput<string[]>(r.main, 'failed-builds')).toHaveLength(12);
    const perBuild = annotations(r.main, 'error').filter((a) => /Build 'b\d\d'/.test(`${a.properties.title ?? ''} ${a.message}`));
    expect(perBuild.length).toBeLessThanOrEqual(10);
    expect(perBuild.length).toBeGreaterThan(0);
  });
});

test("bad input: on-error 'ask' fails the step with an error naming the input, nothing left", async () => {
  const r = await job({ builders: [{ type: 'null', communicator: 'none' }] }, { 'on-error': 'ask' });
  await explain(r, () => {
    expect(r.main.exitCode).toBe(1);
    const errors = annotations(r.main, 'error').map((a) => a.message);
    expect(errors.join('\n')).toContain("input 'on-error'");
    expect(r.main.stdout + r.main.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/); // no stack trace
    expect(r.post.exitCode).toBe(0);
    expect(r.leftovers).toEqual([]);
    expect(r.tempLeft).toEqual([]);
  });
});

test('a multi-line secret from a var file is masked line by line and never printed', async () => {
  const secret = 'first-line-Q7x\nsecond-line-Z9k';
  const j = newJob();
  writeWorkspace(j, {
    'tpl/build.json': {
      variables: { key: '' },
      'sensitive-variables': ['key'],
      builders: [{ type: 'null', name: 'ml', communicator: 'none' }],
      provisioners: [{ type: 'shell-local', inline: ['echo "key is {{user `key`}}"'] }],
    },
    'tpl/secrets.json': { key: secret },
  });
  const r = await runJob({ job: j, inputs: { 'working-directory': 'tpl', template: 'build.json', 'var-files': 'secrets.json' } });
  await explain(r, () => {
    expect(r.main.exitCode).toBe(0);
    for (const part of secret.split('\n')) expect(secretProblems(r, part)).toEqual([]);
    // the runner masks what it was given: each line must be covered
    const masked = r.main.log.masks.flatMap((m) => m.value.split(/\r?\n/));
    expect(masked).toEqual(expect.arrayContaining(secret.split('\n')));
  });
});

test('timestamps: every build log line carries its ISO time', async () => {
  const r = await job({ builders: [{ type: 'null', name: 'ts', communicator: 'none' }], provisioners: [{ type: 'shell-local', inline: ['echo stamped'] }] }, { timestamps: 'true' });
  await explain(r, () => {
    expect(r.main.exitCode).toBe(0);
    const line = r.main.log.groups.flatMap((g) => g.lines).find((l) => l.includes('stamped'));
    expect(line).toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/);
  });
});

test("summary: 'false' writes no job summary", async () => {
  const r = await job({ builders: [{ type: 'null', name: 'quiet', communicator: 'none' }] }, { summary: 'false' });
  await explain(r, () => {
    expect(r.main.exitCode).toBe(0);
    expect(r.main.summary + r.post.summary).toBe('');
  });
});
