// The issue's cancellation acceptance: the runner's SIGINT → +7.5 s SIGTERM → +2.5 s SIGKILL to
// the main step while a build is in a step whose cleanup takes 20 s; then post. The cleanup must
// complete, the summary must say cancelled, no process and no temp file may be left. Then the
// same at 20 random (seeded, printed) moments with a short cleanup, several jobs at once.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describeStep, runJob, type JobResult } from './job.js';
import { markedProcesses } from './processes.js';
import type { CancelAt, Job } from './runner.js';
import { ensureActionBuilt, installSlowclean, slowcleanBundle } from './setup.js';
import { newJob, removeJobs, writeWorkspace } from './workspace.js';

let bundle = '';
beforeAll(async () => {
  await ensureActionBuilt();
  bundle = await slowcleanBundle();
}, 300_000);
afterAll(removeJobs);

interface Slow {
  job: Job;
  marker: string;
  started: string;
}

function slowJob(cleanup: string): Slow {
  const job = newJob();
  const dir = join(job.workspace, 'tpl');
  const marker = join(dir, 'cleaned');
  const started = join(dir, 'machine-up');
  writeWorkspace(job, { 'tpl/build.json': { builders: [{ type: 'slowclean', name: 'vm', marker, started, cleanup }] } });
  installSlowclean(bundle, dir);
  return { job, marker, started };
}

/** postTimeoutMs: a post that waits for a build nobody cancelled is a failure, not a 240 s wait. */
const run = (s: Slow, at: CancelAt, postTimeoutMs?: number): Promise<JobResult> =>
  runJob({ job: s.job, inputs: { 'working-directory': 'tpl', template: 'build.json' }, cancel: { at }, graceMs: 2000, ...(postTimeoutMs ? { postTimeoutMs } : {}) });

test('cancel while a 20 s cleanup runs: main is killed, the cleanup completes, post says cancelled, nothing left', async () => {
  const s = slowJob('20s');
  // the accounting sees the whole tree (main, engine, plugin): otherwise "no process left" proves nothing
  const seen = (async () => {
    while (!existsSync(s.started)) await sleep(50);
    return markedProcesses(s.job.mark).map((p) => p.cmdline);
  })();
  const r = await run(s, { whenFile: s.started, orAfterMs: 60_000 });
  try {
    const tree = await seen;
    expect(tree.some((c) => c.includes('dist/action/main/index.js'))).toBe(true);
    expect(tree.some((c) => c.includes('dist/action/engine/index.js'))).toBe(true);
    expect(tree.some((c) => c.includes(bundle))).toBe(true);
    expect(existsSync(s.started)).toBe(true);
    expect(r.main.signalsSent.map((x) => x.signal)).toEqual(['SIGINT', 'SIGTERM', 'SIGKILL']);
    expect(r.main.signal).toBe('SIGKILL');
    // the runner does not wait for the engine: it must not hold the step's stdout/stderr
    expect(r.main.stdioHeldMs).toBe(0);
    expect(r.post.timedOut).toBe(false);
    expect(readFileSync(s.marker, 'utf8')).toBe('cleaned up after 20000 ms\n');
    const shown = [...r.main.log.shown, ...r.post.log.shown].join('\n');
    expect(shown).toContain('slowclean: cleaning up for 20000 ms');
    expect(shown).toContain('slowclean: cleanup complete');
    for (let ms = 1000; ms <= 20_000; ms += 1000) expect(shown).toContain(`slowclean: still cleaning up (${ms} ms)`);
    expect(r.main.summary + r.post.summary).toMatch(/cancel/i);
    expect(r.main.log.problems.concat(r.post.log.problems)).toEqual([]);
    expect(r.leftovers).toEqual([]);
    expect(r.tempLeft).toEqual([]);
  } catch (err) {
    throw new Error(`${(err as Error).message}\n${describeStep(r.main)}\n${describeStep(r.post)}`);
  }
}, 150_000);

test('cancel the moment the engine exists (before any build started): nothing runs on, post does not wait in vain', async () => {
  const s = slowJob('1s');
  const r = await run(s, { whenProcess: /dist\/action\/engine\/index\.js/, orAfterMs: 30_000 }, 30_000);
  try {
    expect(r.main.signalsSent[0]?.signal).toBe('SIGINT');
    expect(r.post.timedOut).toBe(false);
    if (existsSync(s.started)) expect(existsSync(s.marker)).toBe(true);
    expect(r.main.outputs.result).toBe('cancelled');
    expect(r.leftovers).toEqual([]);
    expect(r.tempLeft).toEqual([]);
  } catch (err) {
    throw new Error(`${(err as Error).message}\n${describeStep(r.main)}\n${describeStep(r.post)}`);
  }
}, 90_000);

/** mulberry32: small, seedable, good enough to spread moments. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test('cancel at 20 random moments (short cleanup, 3 jobs at a time): 0 orphans, 0 temp files', async () => {
  const seed = Number(process.env.IB_CANCEL_SEED ?? Math.floor(Math.random() * 2 ** 31));
  console.log(`cancel moments: seed ${seed} (rerun with IB_CANCEL_SEED=${seed})`);
  const rand = prng(seed);
  const plans = Array.from({ length: 20 }, (_, i) => ({
    i,
    // from before node has set up its handlers to well after the machine is up
    atMs: Math.floor(rand() ** 2 * 4000),
    cleanup: `${1 + Math.floor(rand() * 3)}s`,
  }));
  const failures: string[] = [];
  let upAtCancel = 0;
  const queue = [...plans];
  const worker = async (): Promise<void> => {
    for (let p = queue.shift(); p; p = queue.shift()) {
      const s = slowJob(p.cleanup);
      const r = await run(s, { afterMs: p.atMs }, 30_000);
      const what = `#${p.i} cancel at ${p.atMs} ms, cleanup ${p.cleanup}`;
      const bad: string[] = [];
      if (r.leftovers.length > 0) bad.push(`orphans: ${r.leftovers.map((x) => `${x.pid} ${x.cmdline}`).join('; ')}`);
      if (r.tempLeft.length > 0) bad.push(`temp files left: ${r.tempLeft.join(', ')}`);
      if (r.main.timedOut || r.post.timedOut) bad.push('a step hung');
      if (r.main.stdioHeldMs > 0) bad.push(`main's stdio held open ${r.main.stdioHeldMs} ms after it exited`);
      if (existsSync(s.started) && !existsSync(s.marker)) bad.push('the machine came up but its cleanup never completed');
      if (existsSync(s.started) && !/cancel/i.test(r.main.summary + r.post.summary)) bad.push('the summary does not say cancelled');
      // a main that outlived the SIGINT (its handler was in place) ends on its own once the cleanup is done
      if (r.main.signal === null && r.main.outputs.result !== 'cancelled') bad.push(`main ended by itself with result=${r.main.outputs.result}, not cancelled`);
      if (r.main.signal === null && r.main.exitCode === 0) bad.push('a cancelled main exited 0');
      if (existsSync(s.started)) upAtCancel++;
      if (bad.length > 0) failures.push(`${what}: ${bad.join(' | ')}\n${describeStep(r.main)}\n${describeStep(r.post)}`);
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  console.log(`cancel moments: ${upAtCancel} of 20 jobs had their machine up when cancelled`);
  expect({ seed, failures }).toEqual({ seed, failures: [] });
}, 240_000);
