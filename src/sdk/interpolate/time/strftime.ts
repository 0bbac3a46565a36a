// jehiah/go-strftime as vendored by Packer 1.6.6: each %X with a known letter
// becomes one Go layout element; unknown ones stay as written (observed with
// `packer console`: %j, %e, %f are not expanded, %L gives ".000").
import { formatGoTime } from './layout.js';

const conversion: Record<string, string> = {
  B: 'January', b: 'Jan', m: '01', A: 'Monday', a: 'Mon', d: '02', H: '15', I: '03', M: '04', S: '05',
  Y: '2006', y: '06', p: 'PM', Z: 'MST', z: '-0700', L: '.000',
};

export function strftime(format: string, t: Date): string {
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const c = format[i]!;
    if (c !== '%') {
      out += c;
      continue;
    }
    const n = format[i + 1];
    if (n === undefined) {
      out += '%';
      break;
    }
    i++;
    if (n === '%') out += '%';
    else if (conversion[n] !== undefined) out += formatGoTime(t, conversion[n]);
    else out += '%' + n;
  }
  return out;
}
