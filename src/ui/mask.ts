/** What every sensitive value is replaced by (Packer's LogSecretFilter). */
export const SENSITIVE = '<sensitive>';

export type Masker = (text: string) => string;

/**
 * A function replacing every secret value in a text by `<sensitive>`. Longest values first, so
 * a secret containing another is masked whole; empty values are never secrets (Packer skips
 * them too). One regular expression for all values keeps masking linear in the text.
 */
export function createMasker(secrets: Iterable<string>): Masker {
  const values = [...new Set([...secrets].filter((s) => s.length > 0))].sort((a, b) => b.length - a.length);
  if (values.length === 0) return (text) => text;
  const re = new RegExp(values.map(escapeRegExp).join('|'), 'g');
  return (text) => (text.length === 0 ? text : text.replace(re, SENSITIVE));
}

/** The secrets of a loaded template: the values of its sensitive variables. */
export function templateSecrets(t: { sensitiveVariables: string[]; userVariables: Record<string, string> }): string[] {
  return t.sensitiveVariables.map((n) => t.userVariables[n] ?? '');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
