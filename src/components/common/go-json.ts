/**
 * Go's json.MarshalIndent(v, "", "  "): like JSON.stringify with two spaces, plus Go's HTML-safe
 * escapes (`<`, `>`, `&`, U+2028, U+2029), which users diffing manifests would otherwise trip on.
 */
export function goMarshalIndent(v: unknown): string {
  return JSON.stringify(v, null, 2).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
