import { actionOutputs, runResult, withoutCredentials } from './outputs.js';
import type { RunRecord } from './run-record.js';
import { artifact, result } from './test-events.js';

const rec = (o: Partial<RunRecord>): RunRecord => ({ results: [], cancelled: false, diagnostics: [], durationMs: 0, ended: true, builds: [], ...o });

describe('result', () => {
  test.each([
    ['every build succeeded', rec({ builds: ['a'], results: [result({ name: 'a' })] }), 'success'],
    ['no builds selected, nothing wrong', rec({}), 'success'],
    ['some succeeded', rec({ builds: ['a', 'b'], results: [result({ name: 'a' }), result({ name: 'b', status: 'failed' })] }), 'partial'],
    ['one never ended', rec({ builds: ['a', 'b'], results: [result({ name: 'a' })], ended: false }), 'partial'],
    ['all failed', rec({ builds: ['a'], results: [result({ name: 'a', status: 'failed' })] }), 'failure'],
    ['template error, no build', rec({ diagnostics: [{ severity: 'error', format: 'hcl', summary: 's', detail: '' }] }), 'failure'],
    ['template error for one build, another fine', rec({ builds: ['a'], results: [result({ name: 'a' })], diagnostics: [{ severity: 'error', format: 'hcl', summary: 's', detail: '', build: 'b' }] }), 'partial'],
    ['engine died before run-start', rec({ ended: false }), 'failure'],
    ['cancelled', rec({ builds: ['a'], results: [result({ name: 'a' })], cancelled: true }), 'cancelled'],
  ])('%s', (_, run, expected) => expect(runResult(run)).toBe(expected));
});

test('outputs of a run with two builds, one failed, one never ended', () => {
  const run = rec({
    builds: ['web', 'db', 'cache'],
    ended: false,
    results: [
      result({ name: 'web', type: 'amazon-ebs', durationMs: 1234.6, artifacts: [artifact('us-east-1:ami-1'), artifact('us-east-1:ami-2', { files: ['a.txt'], generatedData: { SourceAMI: 'ami-0', Password: 'p', WinRMPassword: 'w', SSHPrivateKey: 'k', nested: { client_secret: 's', ok: 1 } } })] }),
      result({ name: 'db', status: 'failed', error: 'boom' }),
    ],
  });
  const out = actionOutputs(run, { runUuid: 'u-1', manifest: '/tmp/m.json', pluginsCacheHit: true });
  expect(Object.keys(out).sort()).toEqual(['artifact-ids', 'artifacts', 'builds', 'failed-builds', 'manifest', 'plugins-cache-hit', 'result', 'run-uuid']);
  expect(out.result).toBe('partial');
  expect(JSON.parse(out['artifact-ids']!)).toEqual({ web: 'us-east-1:ami-2' });
  expect(JSON.parse(out.artifacts!)).toEqual([
    { build: 'web', type: 'amazon-ebs', builderId: 'mitchellh.amazonebs', id: 'us-east-1:ami-1', string: 'AMIs were created:\nus-east-1:ami-1', files: [], generatedData: {} },
    { build: 'web', type: 'amazon-ebs', builderId: 'mitchellh.amazonebs', id: 'us-east-1:ami-2', string: 'AMIs were created:\nus-east-1:ami-2', files: ['a.txt'], generatedData: { SourceAMI: 'ami-0', nested: { ok: 1 } } },
  ]);
  expect(JSON.parse(out.builds!)).toEqual([
    { name: 'web', status: 'success', durationMs: 1235 },
    { name: 'db', status: 'failed', durationMs: 1000, error: 'boom' },
    { name: 'cache', status: 'incomplete', durationMs: 0 },
  ]);
  expect(JSON.parse(out['failed-builds']!)).toEqual(['db', 'cache']);
  expect(out).toMatchObject({ manifest: '/tmp/m.json', 'plugins-cache-hit': 'true', 'run-uuid': 'u-1' });
});

test('artifact-id only when the run made exactly one artifact; defaults', () => {
  const one = actionOutputs(rec({ builds: ['a'], results: [result({ name: 'a', artifacts: [artifact('ami-9')] })] }), { runUuid: 'u' });
  expect(one).toMatchObject({ 'artifact-id': 'ami-9', manifest: '', 'plugins-cache-hit': 'false', result: 'success' });
  expect(actionOutputs(rec({}), { runUuid: 'u' })).not.toHaveProperty('artifact-id');
});

test('withoutCredentials keeps arrays and plain values', () => {
  expect(withoutCredentials({ list: [{ Password: 'x' }], Token: 't', api_token: 't', n: null })).toEqual({ list: [{ Password: 'x' }], n: null });
});
