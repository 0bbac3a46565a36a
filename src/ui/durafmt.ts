/**
 * Durations as Packer prints them: hako/durafmt `Parse(d).LimitFirstN(2)` — the two largest
 * non-zero units, singular for 1 (`2 seconds 138 milliseconds`, `1 millisecond 674 microseconds`).
 */

const UNITS: Array<[name: string, micros: number]> = [
  ['years', 365 * 24 * 3600e6],
  ['weeks', 7 * 24 * 3600e6],
  ['days', 24 * 3600e6],
  ['hours', 3600e6],
  ['minutes', 60e6],
  ['seconds', 1e6],
  ['milliseconds', 1e3],
  ['microseconds', 1],
];

/** `ms` may be fractional (sub-millisecond timers); Go truncates below a microsecond. */
export function formatDuration(ms: number): string {
  let micros = Math.floor(Math.round(Math.max(0, ms) * 1e6) / 1e3);
  // durafmt spells a zero duration "0 seconds" (its input is Go's "0s").
  if (micros === 0) return '0 seconds';
  const parts: string[] = [];
  for (const [name, size] of UNITS) {
    const v = Math.floor(micros / size);
    micros -= v * size;
    if (v === 0) continue;
    parts.push(`${v} ${v === 1 ? name.slice(0, -1) : name}`);
    if (parts.length === 2) break;
  }
  return parts.join(' ');
}
