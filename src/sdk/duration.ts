/**
 * Go's `time.ParseDuration` (Go 1.15, the toolchain of Packer 1.6.6), with its error wording,
 * because templates give `pause_before`, `timeout`, `start_retry_timeout`… as Go durations and
 * users grep Packer's messages. Arithmetic is done in BigInt nanoseconds so overflow is detected
 * exactly as Go does (int64).
 */

const NS_PER_UNIT: Record<string, bigint> = {
  ns: 1n,
  us: 1_000n,
  'µs': 1_000n, // U+00B5 micro sign
  'μs': 1_000n, // U+03BC Greek mu
  ms: 1_000_000n,
  s: 1_000_000_000n,
  m: 60_000_000_000n,
  h: 3_600_000_000_000n,
};

const MAX_INT64 = (1n << 63n) - 1n;

/** Go's internal `quote`: no escaping, as in Go 1.15. */
const quote = (s: string): string => `"${s}"`;

export class DurationError extends Error {
  override readonly name = 'DurationError';
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** Parses a Go duration string into nanoseconds. Throws DurationError with Go's message. */
export function parseDurationNs(orig: string): bigint {
  const invalid = (): DurationError => new DurationError(`time: invalid duration ${quote(orig)}`);
  let s = orig;
  let neg = false;
  if (s !== '' && (s[0] === '-' || s[0] === '+')) {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return 0n;
  if (s === '') throw invalid();
  let total = 0n;
  while (s !== '') {
    if (!(s[0] === '.' || isDigit(s[0]))) throw invalid();
    let i = 0;
    let v = 0n;
    while (isDigit(s[i])) {
      v = v * 10n + BigInt(s.charCodeAt(i) - 48);
      if (v > MAX_INT64) throw invalid();
      i++;
    }
    const pre = i > 0;
    s = s.slice(i);
    let post = false;
    let frac = 0n;
    let scale = 1;
    if (s[0] === '.') {
      s = s.slice(1);
      let j = 0;
      let overflow = false;
      while (isDigit(s[j])) {
        // Go's leadingFraction stops accumulating (but keeps consuming) on overflow.
        if (!overflow) {
          const next = frac * 10n + BigInt(s.charCodeAt(j) - 48);
          if (next > MAX_INT64) overflow = true;
          else {
            frac = next;
            scale *= 10;
          }
        }
        j++;
      }
      post = j > 0;
      s = s.slice(j);
    }
    if (!pre && !post) throw invalid();
    let u = 0;
    while (u < s.length && !(s[u] === '.' || isDigit(s[u]))) u++;
    if (u === 0) throw new DurationError(`time: missing unit in duration ${quote(orig)}`);
    const unitName = s.slice(0, u);
    s = s.slice(u);
    const unit = NS_PER_UNIT[unitName];
    if (unit === undefined) {
      throw new DurationError(`time: unknown unit ${quote(unitName)} in duration ${quote(orig)}`);
    }
    if (v > MAX_INT64 / unit) throw invalid();
    v *= unit;
    if (frac > 0n) {
      v += BigInt(Math.trunc(Number(frac) * (Number(unit) / scale)));
      if (v > MAX_INT64) throw invalid();
    }
    total += v;
    if (total > MAX_INT64) throw invalid();
  }
  return neg ? -total : total;
}

/** Parses a Go duration string into milliseconds (fractions kept: `1ns` = 0.000001). */
export function parseDuration(s: string): number {
  return Number(parseDurationNs(s)) / 1e6;
}

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
