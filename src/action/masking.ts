/**
 * Secrets and the runner's mask: every value of a sensitive variable is registered (`::add-mask::`),
 * each line of a multi-line value too, as the runner matches line by line in the log. The runner
 * also drops a job output whose value contains a registered secret; we say so instead of letting
 * a deploy job get an empty value without a word.
 */
export function maskValues(secrets: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const s of secrets) {
    if (s.trim() === '') continue;
    out.add(s);
    for (const line of s.split(/\r?\n/)) if (line.trim() !== '') out.add(line);
  }
  return [...out];
}

/** Names of the outputs the runner would drop: their value contains a masked secret. */
export function outputsHoldingSecrets(outputs: Record<string, string>, masked: readonly string[]): string[] {
  return Object.entries(outputs)
    .filter(([, v]) => masked.some((m) => v.includes(m)))
    .map(([k]) => k);
}

/**
 * Every string inside a JSON-shaped value passed through `mask`: the run record is masked before
 * any output, summary or results file is made of it (artifact ids, file names and generated data
 * come from components and may hold a secret the core did not see as a log line).
 */
export function maskDeep<T>(value: T, mask: (s: string) => string): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return mask(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [mask(k), walk(x)]));
    }
    return v;
  };
  return walk(value) as T;
}
