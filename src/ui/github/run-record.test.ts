import { mergeRecords, recordFromEvents, type RunRecord } from './run-record.js';
import { at, diag, end, result, runEnd, runStart, say, start } from './test-events.js';

test('a finished run: results of run-end in template order, diagnostics, duration', () => {
  const a = result({ name: 'a' });
  const b = result({ name: 'b', status: 'failed', error: 'x' });
  const rec = recordFromEvents([
    diag(0, { severity: 'warning' }), runStart(1, ['a', 'b']), start(1, 'a'), start(1, 'b'),
    end(2, b), end(3, a), runEnd(4000, [a, b]),
  ]);
  expect(rec).toEqual({ results: [a, b], cancelled: false, diagnostics: [expect.objectContaining({ severity: 'warning' })], durationMs: 4000, ended: true, builds: ['a', 'b'] });
});

test('a stream cut short: builds that ended, in run-start order; duration = span of events', () => {
  const rec = recordFromEvents([runStart(1000, ['a', 'b', 'c']), start(1000, 'a'), start(1000, 'c'), end(5000, result({ name: 'c' })), say(9000, 'a', 'x')]);
  expect(rec.results.map((r) => r.name)).toEqual(['c']);
  expect(rec).toMatchObject({ ended: false, cancelled: false, durationMs: 8000, builds: ['a', 'b', 'c'] });
});

test('a cancelled run whose run-end lists no results keeps the build-end results', () => {
  const c = result({ name: 'a', status: 'cancelled' });
  const rec = recordFromEvents([runStart(0, ['a']), start(0, 'a'), end(1, c), runEnd(2, [], true)]);
  expect(rec).toMatchObject({ results: [c], cancelled: true, ended: true });
});

test('no events at all', () => {
  expect(recordFromEvents([])).toEqual({ results: [], cancelled: false, diagnostics: [], durationMs: 0, ended: false, builds: [] });
});

test('mergeRecords: legs side by side, builds in name order whatever order the legs came in', () => {
  const leg = (name: string, o: Partial<RunRecord>): RunRecord => ({
    results: [result({ name })], cancelled: false, diagnostics: [], durationMs: 1000, ended: true, builds: [name], ...o,
  });
  const m = mergeRecords([leg('c', {}), leg('a', { durationMs: 5000 }), leg('b', { cancelled: true, ended: false })]); // in build name order
  expect(m).toEqual({
    results: ['a', 'b', 'c'].map((name) => result({ name })),
    cancelled: true, diagnostics: [], durationMs: 5000, ended: false, builds: ['a', 'b', 'c'],
  });
  expect(mergeRecords([])).toMatchObject({ results: [], ended: true, durationMs: 0 });
  expect(at(0)).toBeInstanceOf(Date);
});
