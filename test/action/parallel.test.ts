// Three builds in parallel: three contiguous groups, each with its build's whole log in order,
// nothing dropped, and every running build showing progress at least once per heartbeat.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeStep, runJob } from './job.js';
import { REPO } from './runner.js';
import { ensureActionBuilt } from './setup.js';
import { newJob, removeJobs, writeWorkspace } from './workspace.js';

beforeAll(ensureActionBuilt, 300_000);
afterAll(removeJobs);

/** The variable the action may honour to shorten its 30 s heartbeat for tests. */
const HEARTBEAT_ENV = 'IMAGE_BUILD_HEARTBEAT_MS';
const BUILDS = ['alpha', 'bravo', 'charlie'];
const LINES = 8;

test('parallel builds: 3 contiguous groups with full logs, progress at least every heartbeat', async () => {
  const main = join(REPO, 'dist/action/main/index.js');
  const shortened = existsSync(main) && readFileSync(main, 'utf8').includes(HEARTBEAT_ENV);
  const heartbeatMs = shortened ? 2000 : 30_000;
  // charlie goes silent for longer than a heartbeat: only the action's progress lines show it is alive
  const silentS = Math.ceil((heartbeatMs * 1.2) / 1000);
  const job = newJob();
  writeWorkspace(job, {
    'tpl/build.json': {
      builders: BUILDS.map((name) => ({ type: 'null', name, communicator: 'none' })),
      provisioners: [
        { type: 'shell-local', inline: [`for i in $(seq 1 ${LINES}); do echo "{{build_name}} line $i/${LINES}"; sleep 0.2; done`] },
        { type: 'shell-local', only: ['charlie'], inline: [`echo "charlie goes quiet"; sleep ${silentS}; echo "charlie is back"`] },
      ],
    },
  });
  const r = await runJob({ job, inputs: { 'working-directory': 'tpl', template: 'build.json' }, env: { [HEARTBEAT_ENV]: String(heartbeatMs) } });
  try {
    expect(r.main.exitCode).toBe(0);
    const log = r.main.log;
    expect(log.problems).toEqual([]);
    const buildGroups = log.groups.filter((g) => BUILDS.some((b) => g.name.includes(b)));
    expect(buildGroups).toHaveLength(3);
    expect(buildGroups.every((g) => g.closed)).toBe(true);
    for (const b of BUILDS) {
      const mine = buildGroups.filter((g) => g.name.includes(b));
      expect(mine).toHaveLength(1);
      const own = mine[0]!.lines.map((l) => /(\w+) line (\d+)\/\d+$/.exec(l)).filter((m) => m !== null);
      expect(own.map((m) => `${m[1]} ${m[2]}`)).toEqual(Array.from({ length: LINES }, (_, i) => `${b} ${i + 1}`));
      // nothing of b's build log outside its group
      const outside = log.entries.filter((e, i) => e.kind === 'line' && e.group === undefined && new RegExp(`${b} line \\d`).test(e.text) && i >= 0);
      expect(outside).toEqual([]);
    }
    const charlie = buildGroups.find((g) => g.name.includes('charlie'))!;
    expect(charlie.lines.join('\n')).toMatch(/charlie goes quiet[\s\S]*charlie is back/);
    // progress: from the step's start to the end of its group, some line names each build at least once per heartbeat
    const lines = r.main.stdout.split('\n');
    for (const b of BUILDS) {
      const times = lines.map((l, i) => (l.includes(b) ? r.main.lineTimes[i] : undefined)).filter((t): t is number => t !== undefined);
      const groupEnd = log.entries.findIndex((e, i) => i > log.groups.find((g) => g.name.includes(b))!.at && e.kind === 'command' && e.name === 'endgroup');
      const end = r.main.lineTimes[groupEnd] ?? r.main.durationMs;
      const gaps = [0, ...times.filter((t) => t <= end)].map((t, i, all) => (i === 0 ? 0 : t - all[i - 1]!));
      // slack: node startup, the engine's start, a 1 s tick, a loaded 2-core machine
      expect({ build: b, maxGap: Math.max(...gaps) <= heartbeatMs + 5000 ? 'ok' : Math.max(...gaps) }).toEqual({ build: b, maxGap: 'ok' });
    }
    expect(r.leftovers).toEqual([]);
    expect(r.tempLeft).toEqual([]);
  } catch (err) {
    throw new Error(`${(err as Error).message}\n(heartbeat ${heartbeatMs} ms${shortened ? '' : `, ${HEARTBEAT_ENV} not honoured by the bundle`})\n${describeStep(r.main)}`);
  }
}, 180_000);

test('parallel-builds 1: every build streams live in its own group, one after another', async () => {
  const job = newJob();
  writeWorkspace(job, {
    'build.json': {
      builders: BUILDS.map((name) => ({ type: 'null', name, communicator: 'none' })),
      provisioners: [{ type: 'shell-local', inline: [`for i in $(seq 1 ${LINES}); do echo "{{build_name}} line $i/${LINES}"; sleep 0.2; done`] }],
    },
  });
  const r = await runJob({ job, inputs: { template: 'build.json', 'parallel-builds': '1' } });
  try {
    expect(r.main.exitCode).toBe(0);
    const log = r.main.log;
    expect(log.problems).toEqual([]);
    expect(log.groups.map((g) => g.name)).toEqual(BUILDS.map((b) => `${b} (null)`));
    expect(r.main.stdout).toContain('Running 3 builds one at a time: alpha, bravo, charlie. Each streams live in its own group.');
    expect(r.main.stdout).not.toMatch(/^[▶⏳] /m); // no build was held back
    const lines = r.main.stdout.split('\n');
    for (const b of BUILDS) {
      const times = lines.flatMap((l, i) => (new RegExp(`${b} line \\d`).test(l) ? [r.main.lineTimes[i]!] : []));
      expect(times).toHaveLength(LINES);
      // written as they were said (≈ 0.2 s apart), not all at once when the build ended
      expect(times[LINES - 1]! - times[0]! >= 700 ? 'live' : `written within ${times[LINES - 1]! - times[0]!} ms`).toBe('live');
    }
    expect(r.leftovers).toEqual([]);
    expect(r.tempLeft).toEqual([]);
  } catch (err) {
    throw new Error(`${(err as Error).message}\n${describeStep(r.main)}`);
  }
}, 180_000);
