/**
 * Go's `time.Duration.String()` ("1s", "100ms", "1m30s", "1h0m0s"), which Packer prints in
 * `Pausing 1s before…` and `Setting a 1s timeout…`. Input in milliseconds.
 */
export function formatGoDuration(ms: number): string {
  if (ms === 0) return '0s';
  const neg = ms < 0;
  let rest = Math.abs(ms);
  let out: string;
  if (rest < 1000) {
    out = trimFraction(rest) + 'ms';
  } else {
    const h = Math.floor(rest / 3_600_000);
    rest -= h * 3_600_000;
    const m = Math.floor(rest / 60_000);
    rest -= m * 60_000;
    const s = trimFraction(rest / 1000) + 's';
    out = h > 0 ? `${h}h${m}m${s}` : m > 0 ? `${m}m${s}` : s;
  }
  return neg ? '-' + out : out;
}

function trimFraction(n: number): string {
  return String(Number(n.toFixed(9)));
}
