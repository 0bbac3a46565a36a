import type { EngineEvent } from '../events.js';
import { decodeEvents, encodeEvent } from './event-stream.js';
import { artifact, at, diag, end, result, runEnd, runStart, say, start } from './test-events.js';

const all: EngineEvent[] = [
  diag(0, { range: { file: 't.json', line: 1, column: 2 }, key: 'builders[0].x', build: 'a', format: 'plain' }),
  runStart(1, ['a', 'b']),
  start(2, 'a', 'amazon-ebs'),
  say(3, 'a', 'multi\nline\r\n"quoted" \u2028 ✓', 'error', 'a (manifest)'),
  { kind: 'machine', time: at(4), build: 'a', target: 'a', type: 'artifact', args: ['0', 'id', 'x,y'] },
  end(5, { name: 'a', artifacts: [artifact('ami-1', { files: ['f1'], generatedData: { SourceAMI: 'ami-0', nested: { k: [1] } } })] }),
  end(6, { name: 'b', status: 'failed', error: 'boom' }),
  runEnd(7, [result({ name: 'a' })], true),
];

test('every kind round-trips, Dates revived, one line each', () => {
  const text = all.map(encodeEvent).join('');
  expect(text.split('\n')).toHaveLength(all.length + 1);
  const { events, rest } = decodeEvents(text);
  expect(rest).toBe('');
  expect(events).toEqual(all);
  expect(events[0]!.time).toBeInstanceOf(Date);
});

test('an unfinished last line is the rest, to be completed by the next chunk', () => {
  const text = all.map(encodeEvent).join('');
  const cut = text.length - 10;
  const first = decodeEvents(text.slice(0, cut));
  expect(first.events).toEqual(all.slice(0, -1));
  const second = decodeEvents(first.rest + text.slice(cut));
  expect(second).toEqual({ events: all.slice(-1), rest: '' });
  expect(decodeEvents('{"kind":')).toEqual({ events: [], rest: '{"kind":' });
});

test('blank lines and CRLF are tolerated', () => {
  const line = encodeEvent(runStart(0, ['a']));
  expect(decodeEvents(`\n${line.replace('\n', '\r\n')}\n`).events).toEqual([runStart(0, ['a'])]);
});

describe('a malformed line throws an Error naming its line and field', () => {
  const ok = encodeEvent(runStart(0, ['a']));
  const bad = (obj: unknown): string => `${ok}${ok}${JSON.stringify(obj)}\n`;
  const time = at(0).toISOString();
  test.each([
    ['not json\n', /^event stream line 1: not JSON/],
    [bad([1]), /^event stream line 3: event: expected an object$/],
    [bad({ kind: 'nope', time }), /^event stream line 3: kind: unknown event kind "nope"$/],
    [bad({ kind: 'run-start', time: 'yesterday', builds: [] }), /line 3: time: expected an ISO-8601 time$/],
    [bad({ kind: 'run-start', time: '2026-13-45T99:00:00Z', builds: [] }), /line 3: time: expected an ISO-8601 time$/],
    [bad({ kind: 'run-start', time, builds: ['a', 2] }), /line 3: builds\[1\]: expected a string$/],
    [bad({ kind: 'run-start', time, builds: ['a'], parallelBuilds: 1.5 }), /line 3: parallelBuilds: expected an integer ≥ 0$/],
    [bad({ kind: 'ui', time, build: 'a', target: 'a', level: 'shout', text: '' }), /line 3: level: expected one of say, message, error$/],
    [bad({ kind: 'build-end', time, result: { name: 'a', type: 't', status: 'success', durationMs: -1, artifacts: [] } }), /result.durationMs: expected a number ≥ 0$/],
    [bad({ kind: 'build-end', time, result: { name: 'a', type: 't', status: 'success', durationMs: 1, artifacts: [{ builderId: 'b', id: 'i', string: 's', files: [3] }] } }), /result.artifacts\[0\].files\[0\]: expected a string$/],
    [bad({ kind: 'run-end', time, durationMs: 1, results: [], cancelled: 'no' }), /cancelled: expected true or false$/],
    [bad({ kind: 'diagnostic', time, diagnostic: { severity: 'error', format: 'hcl', summary: 's', detail: '', range: { file: 'f', line: 1.5, column: 1 } } }), /diagnostic.range.line: expected an integer ≥ 0$/],
  ])('%#', (text, message) => {
    expect(() => decodeEvents(text)).toThrow(message);
  });
});

test('the parallel limit survives the stream', () => {
  expect(decodeEvents(encodeEvent(runStart(0, ['a', 'b'], 1))).events[0]).toEqual(runStart(0, ['a', 'b'], 1));
});

test('unknown fields are dropped, not passed on', () => {
  const { events } = decodeEvents(`${JSON.stringify({ kind: 'run-start', time: at(0), builds: [], extra: 1 })}\n`);
  expect(events[0]).toEqual(runStart(0, []));
});
