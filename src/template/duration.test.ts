import { parseDuration, parseDurationNs } from '../sdk/index.js';

// Expected values and messages recorded from Go's time.ParseDuration (`go run`, ASCII inputs,
// whose wording is unchanged since Go 1.15, the toolchain of Packer 1.6.6).
// (Lives here because the brief allows one new file in sdk/: duration.ts itself.)
const ok: Array<[string, bigint]> = [
  ['1s', 1000000000n],
  ['1m30s', 90000000000n],
  ['300ms', 300000000n],
  ['1h', 3600000000000n],
  ['1.5s', 1500000000n],
  ['-1s', -1000000000n],
  ['+2m', 120000000000n],
  ['0', 0n],
  ['-0', 0n],
  ['.5s', 500000000n],
  ['1.s', 1000000000n],
  ['1us', 1000n],
  ['1µs', 1000n],
  ['1μs', 1000n],
  ['2h45m10.5s', 9910500000000n],
  ['1.0000001s', 1000000100n],
  ['9223372036854775807ns', 9223372036854775807n],
  ['2562047h47m16.854775807s', 9223372036854775807n],
];

const bad: Array<[string, string]> = [
  ['9223372036854775808ns', 'time: invalid duration "9223372036854775808ns"'],
  ['x', 'time: invalid duration "x"'],
  ['', 'time: invalid duration ""'],
  ['1', 'time: missing unit in duration "1"'],
  ['5x', 'time: unknown unit "x" in duration "5x"'],
  ['1s2', 'time: missing unit in duration "1s2"'],
  ['s', 'time: invalid duration "s"'],
  ['.s', 'time: invalid duration ".s"'],
  ['-', 'time: invalid duration "-"'],
  ['1e3s', 'time: unknown unit "e" in duration "1e3s"'],
  ['2562047h47m16.854775808s', 'time: invalid duration "2562047h47m16.854775808s"'],
];

test.each(ok)('parseDurationNs(%j) = %s', (s, ns) => {
  expect(parseDurationNs(s)).toBe(ns);
});

test.each(bad)('parseDuration(%j) throws Go\'s message', (s, msg) => {
  expect(() => parseDuration(s)).toThrow(msg);
});

test('parseDuration returns milliseconds', () => {
  expect(parseDuration('1m30s')).toBe(90_000);
  expect(parseDuration('1.5s')).toBe(1500);
  expect(parseDuration('250us')).toBe(0.25);
});
