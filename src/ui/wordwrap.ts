/**
 * mitchellh/go-wordwrap `WrapString` (as HCL's diagnostic writer calls it): breaks at whitespace
 * only, keeps existing newlines, never splits a word longer than the limit. Lengths count
 * characters (code points) and a no-break space is not a break: both checked against Packer
 * 1.6.6 (go-wordwrap v1.0.1).
 */

const GO_SPACE = /[\t\n\v\f\r \u0085\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/;

export function wrapString(s: string, lim: number): string {
  let out = '';
  let current = 0;
  let word = '';
  let space = '';
  let wordLen = 0;
  let spaceLen = 0;

  for (const ch of s) {
    if (ch === '\n') {
      if (wordLen === 0) {
        if (current + spaceLen <= lim) out += space;
      } else {
        out += space + word;
      }
      space = '';
      spaceLen = 0;
      word = '';
      wordLen = 0;
      out += '\n';
      current = 0;
    } else if (GO_SPACE.test(ch)) {
      if (spaceLen === 0 || wordLen > 0) {
        current += spaceLen + wordLen;
        out += space + word;
        space = '';
        spaceLen = 0;
        word = '';
        wordLen = 0;
      }
      space += ch;
      spaceLen++;
    } else {
      word += ch;
      wordLen++;
      if (current + spaceLen + wordLen > lim && wordLen < lim) {
        out += '\n';
        current = 0;
        space = '';
        spaceLen = 0;
      }
    }
  }

  if (wordLen === 0) {
    if (current + spaceLen <= lim) out += space;
  } else {
    out += space + word;
  }
  return out;
}
