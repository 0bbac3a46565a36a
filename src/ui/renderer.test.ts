import { formatDuration } from './durafmt.js';
import type { EngineEvent } from './events.js';
import { createHumanRenderer, createMachineRenderer, createMasker, escapeField, prefixLines } from './index.js';
import { wrapString } from './wordwrap.js';

const t = new Date(1795431913000);

function render(events: EngineEvent[], color = false): string {
  let out = '';
  const r = createHumanRenderer({ write: (s) => (out += s), color, stripEscapes: false, timestampUi: false });
  events.forEach((e) => r.onEvent(e));
  r.flush();
  return out;
}

describe('formatDuration (durafmt LimitFirstN(2))', () => {
  test.each([
    [8.541, '8 milliseconds 541 microseconds'],
    [2138, '2 seconds 138 milliseconds'],
    [1.674, '1 millisecond 674 microseconds'],
    [0.003, '3 microseconds'],
    [37, '37 milliseconds'],
    [1000, '1 second'],
    [61_000.5, '1 minute 1 second'],
    [3_600_000 + 2, '1 hour 2 milliseconds'],
    [8 * 86_400_000, '1 week 1 day'],
    [0, '0 seconds'],
  ])('%p ms → %p', (ms, text) => expect(formatDuration(ms)).toBe(text));
});

describe('wrapString (go-wordwrap)', () => {
  test('breaks at the last space before the limit and keeps newlines', () => {
    expect(wrapString('aaa bbb ccc', 7)).toBe('aaa bbb\nccc');
    expect(wrapString('aaa\nbbb ccc', 7)).toBe('aaa\nbbb ccc');
  });
  test('never splits a word longer than the limit', () => {
    expect(wrapString('a verylongword b', 5)).toBe('a\nverylongword\nb');
  });
});

describe('prefixLines (TargetedUI)', () => {
  test('prefix on every line, trailing whitespace of the whole text trimmed', () => {
    expect(prefixLines(true, 'x', 'a\n\nb\n')).toBe('==> x: a\n==> x: \n==> x: b\n==> x:');
    expect(prefixLines(false, 'x (manifest)', 'a  ')).toBe('    x (manifest): a');
  });
});

test('machine fields escape commas, CR and LF; tabs stay', () => {
  expect(escapeField('a,b\r\nc\td')).toBe('a%!(PACKER_COMMA)b\\r\\nc\td');
});

test('createMasker masks every value, longest first, and ignores empty ones', () => {
  const mask = createMasker(['ab', 'abc', '', 'x.y']);
  expect(mask('abcd ab x.y xzy')).toBe('<sensitive>d <sensitive> <sensitive> xzy');
  expect(createMasker([''])('text')).toBe('text');
});

test('build colours cycle green, cyan, magenta, yellow, blue in run-start order; errors red', () => {
  const builds = ['a', 'b', 'c', 'd', 'e', 'f'];
  const out = render([
    { kind: 'run-start', time: t, builds },
    ...builds.map((b): EngineEvent => ({ kind: 'ui', time: t, build: b, target: b, level: 'say', text: 'hi' })),
    { kind: 'ui', time: t, build: 'f', target: 'f', level: 'message', text: 'm' },
    { kind: 'ui', time: t, build: 'a', target: 'a', level: 'error', text: 'bad' },
  ], true);
  const says = out.split('\n').filter((l) => l.includes('==> ') && l.includes('hi'));
  expect(says.map((l) => l.slice(0, 7))).toEqual(['\x1b[1;32m', '\x1b[1;36m', '\x1b[1;35m', '\x1b[1;33m', '\x1b[1;34m', '\x1b[1;32m']);
  expect(out).toContain('\x1b[0;32m    f: m\x1b[0m\n');
  expect(out).toContain('\x1b[1;31m==> a: bad\x1b[0m\n');
  expect(out.startsWith('\x1b[1;32ma: output will be in this color.\x1b[0m\n')).toBe(true);
});

test('a cancelled run prints Packer\'s interrupt summary and nothing else', () => {
  const out = render([
    { kind: 'run-start', time: t, builds: ['n'] },
    { kind: 'build-end', time: t, result: { name: 'n', type: 'null', status: 'cancelled', durationMs: 1417, artifacts: [] } },
    { kind: 'run-end', time: t, durationMs: 1417, results: [], cancelled: true },
  ]);
  expect(out).toBe("Build 'n' errored after 1 second 417 milliseconds: Build was cancelled.\n\n==> Wait completed after 1 second 417 milliseconds\nCleanly cancelled builds after being interrupted.\n");
});

test('a diagnostic with a range names file, line and column after the summary', () => {
  const out = render([{ kind: 'diagnostic', time: t, diagnostic: {
    severity: 'error', format: 'hcl', summary: 'Unknown key', detail: 'x is not allowed', range: { file: 'template.json', line: 3, column: 5 },
  } }]);
  expect(out).toBe('Error: Unknown key\n\n  on template.json line 3, column 5:\n\nx is not allowed\n\n\n');
});

test('-debug is said once before the banner; machine-readable never colours', () => {
  let out = '';
  const r = createMachineRenderer({ write: (s) => (out += s), debug: true });
  r.onEvent({ kind: 'run-start', time: t, builds: ['a'] });
  r.onEvent({ kind: 'machine', time: t, build: 'a', target: 'a (manifest)', type: 'artifact-count', args: ['1,2'] });
  expect(out).toBe('1795431913,,ui,say,Debug mode enabled. Builds will not be parallelized.\n1795431913,a (manifest),artifact-count,1%!(PACKER_COMMA)2\n');
});

test('renderer mask applies to every line, machine records included', () => {
  let out = '';
  const r = createMachineRenderer({ write: (s) => (out += s), mask: createMasker(['hunter2']) });
  r.onEvent({ kind: 'ui', time: t, build: 'a', target: 'a', level: 'message', text: 'pw=hunter2' });
  r.machine('template-variable', 'p', 'hunter2', '0');
  expect(out).not.toContain('hunter2');
});

// Speed is measured in bench/ (bench/RESULTS.md), never here: this checks that nothing is lost.
test('20,000 message lines all render, in order', () => {
  const events: EngineEvent[] = [{ kind: 'run-start', time: t, builds: ['b'] }];
  for (let i = 0; i < 20_000; i++) events.push({ kind: 'ui', time: t, build: 'b', target: 'b', level: 'message', text: `line ${i} of output, with some text` });
  for (const mk of [
    (w: (s: string) => void) => createHumanRenderer({ write: w, color: false, stripEscapes: false, timestampUi: false, mask: createMasker(['secret']) }),
    (w: (s: string) => void) => createMachineRenderer({ write: w, mask: createMasker(['secret']) }),
  ]) {
    const chunks: string[] = [];
    const r = mk((s) => chunks.push(s));
    events.forEach((e) => r.onEvent(e));
    r.flush();
    const lines = chunks.join('').split('\n').filter((l) => l.includes(' of output'));
    expect(lines).toHaveLength(20_000);
    expect(lines[19_999]).toContain('line 19999 of output');
  }
});

test('wrapping counts characters, not bytes (as Packer 1.6.6 printed it)', () => {
  const name = 'ééééééééééééééé-ééééé';
  expect(wrapString(`error initializing builder '${name}': Unknown builder ${name}`, 80))
    .toBe(`error initializing builder '${name}': Unknown builder\n${name}`);
});

test('a no-break space is not a place to wrap (go-wordwrap v1.0.1, as Packer 1.6.6)', () => {
  const type = `${'x'.repeat(50)}\u00a0${'y'.repeat(20)}`;
  expect(wrapString(`error initializing builder '${type}': Unknown builder ${type}`, 80))
    .toBe(`error initializing builder\n'${type}':\nUnknown builder\n${type}`);
});
