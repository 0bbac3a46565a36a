// The runner emulator checked on a stand-in action, so the acceptance tests rest on a known base.
import { join } from 'node:path';
import { parseFileCommands } from './file-commands.js';
import { runJob } from './job.js';
import { REPO, runStep } from './runner.js';
import { parseCommand } from './workflow-commands.js';
import { newJob, removeJobs } from './workspace.js';

const actionDir = join(REPO, 'test/action/fake-action');
afterAll(removeJobs);

test('file commands: name=value and heredoc forms, later wins, unclosed heredoc is an error', () => {
  expect(parseFileCommands('a=1\nb<<EOF\nx=1\ny<<z\nEOF\na=2\nc=\n')).toEqual({ a: '2', b: 'x=1\ny<<z', c: '' });
  expect(() => parseFileCommands('b<<EOF\nnever closed\n', 'out')).toThrow('out: heredoc for b has no closing EOF');
});

test('workflow command parsing unescapes data and properties as the runner does', () => {
  expect(parseCommand('::error file=a%2Cb.json,line=1,title=x%3Ay::50%25%0Adone')).toEqual({
    name: 'error',
    properties: { file: 'a,b.json', line: '1', title: 'x:y' },
    data: '50%\ndone',
  });
  expect(parseCommand('plain :: text')).toBeUndefined();
});

test('a job: inputs with defaults, outputs, state to post, summary, groups, masks, stop-commands', async () => {
  const job = newJob({ actionDir });
  const r = await runJob({ job, inputs: { 'working-directory': 'sub' } });
  expect(r.main.exitCode).toBe(0);
  expect(r.main.outputs).toEqual({ who: 'world', wd: 'sub', json: '{"a":\n1}' });
  expect(r.post.stdout).toContain(`post sees state pid=${r.main.state.pid} mark=yes`);
  expect(r.main.summary).toBe('| a | b |\n');
  expect(r.post.summary).toBe('post summary\n');
  const log = r.main.log;
  expect(log.shown).toContain('password *** is masked');
  expect(log.groups).toEqual([expect.objectContaining({ name: 'first', lines: ['in first'], closed: true })]);
  expect(log.annotations[0]).toMatchObject({ kind: 'error', message: 'line one\nline two', properties: { file: 't.json', line: '3', col: '5', title: 'Bad, bad' } });
  expect(log.shown).toContain('::group::not a group');
  expect(log.annotations[1]).toMatchObject({ kind: 'warning', message: 'after' });
  expect(log.problems).toEqual([]);
  expect(r.leftovers).toEqual([]);
  expect(r.tempLeft).toEqual([]);
});

test('cancel: SIGINT, SIGTERM after 7.5 s, SIGKILL after 2.5 s more, to the node process only', async () => {
  const job = newJob({ actionDir });
  const r = await runStep({ entry: 'main', job, env: { FAKE_MODE: 'linger' }, cancel: { at: { whenLog: /^waiting$/m } } });
  expect(r.signal).toBe('SIGKILL');
  expect(r.signalsSent.map((s) => s.signal)).toEqual(['SIGINT', 'SIGTERM', 'SIGKILL']);
  const [i, t, k] = r.signalsSent.map((s) => s.atMs) as [number, number, number];
  expect(t - i).toBeGreaterThanOrEqual(7400);
  expect(t - i).toBeLessThan(9000);
  expect(k - t).toBeGreaterThanOrEqual(2400);
  expect(k - t).toBeLessThan(4000);
  expect(r.stdout).toContain('got SIGINT\n');
  expect(r.stdout).toContain('got SIGTERM\n');
});
