import picomatch from 'picomatch';

/**
 * `-only`/`-except` matching. Packer 1.6.6 compares JSON build names exactly; HCL mode (and
 * image-build everywhere) also accepts globs (`web-*`), so CI matrices can select families of
 * builds. A pattern without glob characters still matches exactly.
 */
export function matchesAny(name: string, patterns: string[]): boolean {
  return patterns.some((p) => p === name || (/[*?[\]{}]/.test(p) && picomatch.isMatch(name, p, { dot: true })));
}

/** Builds selected by -only/-except, sorted by name as Packer runs them. */
export function selectBuildNames(names: string[], only: string[], except: string[]): string[] {
  return names
    .filter((n) => (only.length === 0 || matchesAny(n, only)) && !matchesAny(n, except))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The patterns that select none of `names` (a typo in a CI matrix's `only` builds nothing). */
export function unmatchedPatterns(names: string[], patterns: string[]): string[] {
  return patterns.filter((p) => !names.some((n) => matchesAny(n, [p])));
}
