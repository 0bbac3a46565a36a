// The project's workflows, read as GitHub reads them: every `uses: ./` step passes only inputs
// action.yml declares and reads only outputs it declares; and the example workflow, run job by job
// through the emulator (each matrix leg a job of its own, then the deploy job's merge and its shell
// step; results travel through the loopback artifact service), deploys what the legs built.
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readActionManifest } from './action-manifest.js';
import { describeStep, runJob } from './job.js';
import { startResultsService } from './results-service/index.js';
import { REPO } from './runner.js';
import { ensureActionBuilt } from './setup.js';
import { newJob, removeJobs } from './workspace.js';
import type { Job } from './runner.js';

interface Step { id?: string; uses?: string; run?: string; with: Record<string, string>; env: Record<string, string> }
interface WorkflowJob { name: string; matrix: Record<string, string[]>; steps: Step[] }

const WORKFLOWS = join(REPO, '.github/workflows');
const manifest = readActionManifest(join(REPO, 'action.yml'));

/** The parts of a workflow file these tests read, checked on the way in. */
function readWorkflow(file: string): WorkflowJob[] {
  const doc = parse(readFileSync(file, 'utf8')) as unknown;
  const jobs = record(record(doc, file).jobs, `${file}: jobs`);
  return Object.entries(jobs).map(([name, j]) => {
    const job = record(j, `${file}: jobs.${name}`);
    const strategy = job.strategy === undefined ? {} : record(record(job.strategy, 'strategy').matrix ?? {}, 'matrix');
    const matrix = Object.fromEntries(Object.entries(strategy).map(([k, v]) => [k, (v as unknown[]).map(String)]));
    const steps = (job.steps as unknown[]).map((s, i) => {
      const o = record(s, `${file}: jobs.${name}.steps[${i}]`);
      const strings = (v: unknown): Record<string, string> => Object.fromEntries(Object.entries(record(v ?? {}, 'with/env')).map(([k, x]) => [k, String(x)]));
      return {
        ...(typeof o.id === 'string' ? { id: o.id } : {}),
        ...(typeof o.uses === 'string' ? { uses: o.uses } : {}),
        ...(typeof o.run === 'string' ? { run: o.run } : {}),
        with: strings(o.with), env: strings(o.env),
      };
    });
    return { name, matrix, steps };
  });
}

function record(v: unknown, at: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Error(`${at}: expected a mapping`);
  return v as Record<string, unknown>;
}

/** `${{ … }}` with the contexts the example uses; anything else fails the test, naming it. */
function evaluate(text: string, ctx: Record<string, string>): string {
  return text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr: string) => {
    if (!(expr in ctx)) throw new Error(`expression not known to this test: ${expr}`);
    return ctx[expr]!;
  });
}

const workflowFiles = readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f));

test('action.yml: every input and output has a description; the emulator reads the same inputs and defaults', () => {
  const doc = record(parse(readFileSync(join(REPO, 'action.yml'), 'utf8')), 'action.yml');
  const inputs = record(doc.inputs, 'inputs');
  const outputs = record(doc.outputs, 'outputs');
  for (const [k, v] of [...Object.entries(inputs), ...Object.entries(outputs)]) {
    expect({ k, described: typeof record(v, k).description === 'string' && (record(v, k).description as string).length > 10 }).toEqual({ k, described: true });
  }
  expect(Object.keys(manifest.inputs).sort()).toEqual(Object.keys(inputs).sort());
  for (const [k, v] of Object.entries(inputs)) expect([k, manifest.inputs[k]!.default]).toEqual([k, record(v, k).default]);
  expect(manifest.outputs.sort()).toEqual(Object.keys(outputs).sort());
  expect(record(doc.runs, 'runs')).toMatchObject({ using: 'node24', 'post-if': 'always()' });
});

test.each(workflowFiles)('%s: steps using this action pass declared inputs and read declared outputs', (f) => {
  const jobs = readWorkflow(join(WORKFLOWS, f));
  for (const job of jobs) {
    const ours = new Set(job.steps.filter((s) => s.uses === './' && s.id !== undefined).map((s) => s.id!));
    for (const s of job.steps.filter((x) => x.uses === './')) {
      expect(Object.keys(s.with).filter((k) => !(k in manifest.inputs))).toEqual([]);
    }
    const text = JSON.stringify(job.steps);
    for (const [, id, name] of text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
      if (ours.has(id!)) expect([id, name, manifest.outputs.includes(name!)]).toEqual([id, name, true]);
    }
  }
});

describe('the example workflow, run as GitHub would', () => {
  beforeAll(ensureActionBuilt, 300_000);
  afterAll(removeJobs);

  test('matrix legs build one builder each; deploy merges them and deploys the built image', async () => {
    const jobs = readWorkflow(join(WORKFLOWS, 'example.yml'));
    const build = jobs.find((j) => j.name === 'build')!;
    const deploy = jobs.find((j) => j.name === 'deploy')!;
    const service = await startResultsService(); // one workflow run: its legs' results meet here
    const checkout = (): Job => {
      const job = newJob();
      cpSync(join(REPO, 'examples'), join(job.workspace, 'examples'), { recursive: true }); // actions/checkout
      return job;
    };
    const github = { 'github.run_number': '7' };
    try {
      const legs: Record<string, string> = {};
      for (const builder of build.matrix.builder!) {
        const step = build.steps.find((s) => s.uses === './')!;
        const inputs = Object.fromEntries(Object.entries(step.with).map(([k, v]) => [k, evaluate(v, { ...github, 'matrix.builder': builder })]));
        const r = await runJob({ job: checkout(), inputs, env: service.env(`build (${builder})`) });
        if (r.main.exitCode !== 0) throw new Error(describeStep(r.main));
        legs[builder] = r.main.outputs.result!;
        expect(r.leftovers).toEqual([]);
        expect(r.tempLeft).toEqual([]); // its results left as a workflow artifact only
      }
      expect(legs).toEqual({ disk: 'success', metadata: 'success' });
      expect(service.artifacts().map((a) => a.name)).toEqual([expect.stringMatching(/^example-results-/), expect.stringMatching(/^example-results-/)]);

      const mergeStep = deploy.steps.find((s) => s.uses === './')!;
      const job = checkout();
      const merged = await runJob({ job, inputs: Object.fromEntries(Object.entries(mergeStep.with).map(([k, v]) => [k, evaluate(v, github)])), env: service.env('deploy') });
      if (merged.main.exitCode !== 0) throw new Error(describeStep(merged.main));
      const outputs = Object.fromEntries(Object.entries(merged.main.outputs).map(([k, v]) => [`steps.${mergeStep.id}.outputs.${k}`, v]));
      const shell = deploy.steps.find((s) => s.run !== undefined && s.run.includes(`steps.${mergeStep.id}`))!;
      const env = Object.fromEntries(Object.entries(shell.env).map(([k, v]) => [k, evaluate(v, outputs)]));
      const out = execFileSync('bash', ['-e', '-c', evaluate(shell.run!, outputs)], { cwd: job.workspace, env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8' });
      expect(out).toBe(['result: success', 'failed builds: []', 'deploying disk: File', 'deploying metadata: Null', ''].join('\n'));
      expect(merged.leftovers).toEqual([]);
      expect(service.unknown).toEqual([]);
    } finally {
      await service.close();
    }
  }, 300_000);
});
