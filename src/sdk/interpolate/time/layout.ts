// Go's time.Time.Format for a UTC instant (Packer formats InitTime.UTC()):
// the layout is scanned with the same chunk rules as Go's nextStdChunk.

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const pad = (n: number, w: number): string => String(n).padStart(w, '0');
const lowerAt = (s: string, i: number): boolean => i < s.length && s[i]! >= 'a' && s[i]! <= 'z';
const digitAt = (s: string, i: number): boolean => i < s.length && s[i]! >= '0' && s[i]! <= '9';

type Std = (t: Date) => string;

function yday(t: Date): number {
  return Math.floor((Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate()) - Date.UTC(t.getUTCFullYear(), 0, 1)) / 86400000) + 1;
}
const hour12 = (t: Date): number => t.getUTCHours() % 12 || 12;

function frac(t: Date, n: number, nines: boolean, sep: string): string {
  const nanos = pad(t.getUTCMilliseconds() * 1e6, 9);
  let digits = nanos.slice(0, n);
  if (nines) {
    digits = digits.replace(/0+$/, '');
    if (digits === '') return '';
  }
  return sep + digits;
}

/** nextStdChunk: [prefix, formatter or null, suffix]. */
function nextStdChunk(l: string): [string, Std | null, string] {
  const ret = (i: number, len: number, f: Std): [string, Std, string] => [l.slice(0, i), f, l.slice(i + len)];
  for (let i = 0; i < l.length; i++) {
    const c = l[i]!;
    const at = (s: string): boolean => l.startsWith(s, i);
    switch (c) {
      case 'J':
        if (at('Jan')) {
          if (at('January')) return ret(i, 7, (t) => months[t.getUTCMonth()]!);
          if (!lowerAt(l, i + 3)) return ret(i, 3, (t) => months[t.getUTCMonth()]!.slice(0, 3));
        }
        break;
      case 'M':
        if (at('Mon')) {
          if (at('Monday')) return ret(i, 6, (t) => days[t.getUTCDay()]!);
          if (!lowerAt(l, i + 3)) return ret(i, 3, (t) => days[t.getUTCDay()]!.slice(0, 3));
        }
        if (at('MST')) return ret(i, 3, () => 'UTC');
        break;
      case '0': {
        const d = l[i + 1];
        if (d !== undefined && d >= '1' && d <= '6') {
          const f: Record<string, Std> = {
            '1': (t) => pad(t.getUTCMonth() + 1, 2), '2': (t) => pad(t.getUTCDate(), 2), '3': (t) => pad(hour12(t), 2),
            '4': (t) => pad(t.getUTCMinutes(), 2), '5': (t) => pad(t.getUTCSeconds(), 2), '6': (t) => pad(Math.abs(t.getUTCFullYear()) % 100, 2),
          };
          return ret(i, 2, f[d]!);
        }
        if (at('002')) return ret(i, 3, (t) => pad(yday(t), 3));
        break;
      }
      case '1':
        if (at('15')) return ret(i, 2, (t) => pad(t.getUTCHours(), 2));
        return ret(i, 1, (t) => String(t.getUTCMonth() + 1));
      case '2':
        if (at('2006')) return ret(i, 4, (t) => pad(t.getUTCFullYear(), 4));
        return ret(i, 1, (t) => String(t.getUTCDate()));
      case '_':
        if (l[i + 1] === '2') {
          if (l.startsWith('2006', i + 1)) return [l.slice(0, i + 1), (t) => pad(t.getUTCFullYear(), 4), l.slice(i + 5)];
          return ret(i, 2, (t) => (t.getUTCDate() < 10 ? ' ' : '') + t.getUTCDate());
        }
        if (at('__2')) return ret(i, 3, (t) => String(yday(t)).padStart(3, ' '));
        break;
      case '3': return ret(i, 1, (t) => String(hour12(t)));
      case '4': return ret(i, 1, (t) => String(t.getUTCMinutes()));
      case '5': return ret(i, 1, (t) => String(t.getUTCSeconds()));
      case 'P':
        if (at('PM')) return ret(i, 2, (t) => (t.getUTCHours() >= 12 ? 'PM' : 'AM'));
        break;
      case 'p':
        if (at('pm')) return ret(i, 2, (t) => (t.getUTCHours() >= 12 ? 'pm' : 'am'));
        break;
      case '-':
        for (const [z, out] of [['-070000', '+000000'], ['-07:00:00', '+00:00:00'], ['-0700', '+0000'], ['-07:00', '+00:00'], ['-07', '+00']] as const) {
          if (at(z)) return ret(i, z.length, () => out);
        }
        break;
      case 'Z':
        for (const z of ['Z070000', 'Z07:00:00', 'Z0700', 'Z07:00', 'Z07']) {
          if (at(z)) return ret(i, z.length, () => 'Z');
        }
        break;
      case '.': case ',': {
        const ch = l[i + 1];
        if (ch === '0' || ch === '9') {
          let j = i + 1;
          while (j < l.length && l[j] === ch) j++;
          if (!digitAt(l, j)) return [l.slice(0, i), (t) => frac(t, j - (i + 1), ch === '9', c), l.slice(j)];
        }
        break;
      }
    }
  }
  return [l, null, ''];
}

/** time.Time.Format(layout) in UTC. */
export function formatGoTime(t: Date, layout: string): string {
  let out = '';
  while (layout !== '') {
    const [prefix, std, suffix] = nextStdChunk(layout);
    out += prefix;
    if (!std) break;
    out += std(t);
    layout = suffix;
  }
  return out;
}

export const RFC3339 = '2006-01-02T15:04:05Z07:00';
