/**
 * Packer's TargetedUI: `==> <target>: ` (say, error) or four spaces (message) before every line
 * of the text, then trailing whitespace of the whole text trimmed (strings.TrimRightFunc with
 * unicode.IsSpace), so inner empty lines keep their `==> x: ` prefix.
 */
export function prefixLines(arrow: boolean, target: string, text: string): string {
  const head = `${arrow ? '==>' : '   '} ${target}: `;
  return trimRightSpace(text.includes('\n') ? head + text.split('\n').join(`\n${head}`) : head + text);
}

/** Go's unicode.IsSpace set, scanned from the end (no regex backtracking on long texts). */
export function trimRightSpace(s: string): string {
  let end = s.length;
  while (end > 0 && isGoSpace(s.charCodeAt(end - 1))) end--;
  return end === s.length ? s : s.slice(0, end);
}

function isGoSpace(c: number): boolean {
  if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) return true;
  if (c < 0x85) return false;
  return (
    c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

/** Go's `time.Now().Format(time.RFC3339)` in local time (`Z` when the offset is zero). */
export function rfc3339(t: Date): string {
  // One format per second: a chatty build prints thousands of lines in the same second.
  const second = Math.floor(t.getTime() / 1000);
  if (second !== lastSecond) {
    lastSecond = second;
    lastText = formatRfc3339(t);
  }
  return lastText;
}

let lastSecond = NaN;
let lastText = '';

function formatRfc3339(t: Date): string {
  const off = -t.getTimezoneOffset();
  const p = (n: number): string => String(n).padStart(2, '0');
  const date = `${t.getFullYear()}-${p(t.getMonth() + 1)}-${p(t.getDate())}`;
  const time = `${p(t.getHours())}:${p(t.getMinutes())}:${p(t.getSeconds())}`;
  const zone = off === 0 ? 'Z' : `${off > 0 ? '+' : '-'}${p(Math.floor(Math.abs(off) / 60))}:${p(Math.abs(off) % 60)}`;
  return `${date}T${time}${zone}`;
}
