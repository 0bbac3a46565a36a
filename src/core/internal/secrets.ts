/**
 * Replaces every sensitive value in a text by `<sensitive>` (Packer's LogSecretFilter). Longest
 * first, so a secret containing another is masked whole; empty values are never secrets.
 */
export function createMasker(secrets: string[]): (text: string) => string {
  const values = [...new Set(secrets.filter((s) => s.length > 0))].sort((a, b) => b.length - a.length);
  if (values.length === 0) return (text) => text;
  return (text) => {
    let out = text;
    for (const v of values) if (out.includes(v)) out = out.split(v).join('<sensitive>');
    return out;
  };
}

/** Masks every string inside a JSON-like value. */
export function maskDeep<T>(value: T, mask: (s: string) => string): T {
  if (typeof value === 'string') return mask(value) as T;
  if (Array.isArray(value)) return value.map((v) => maskDeep(v, mask)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = maskDeep(v, mask);
    return out as T;
  }
  return value;
}
