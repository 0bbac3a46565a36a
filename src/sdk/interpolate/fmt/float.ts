// strconv.FormatFloat for 'e', 'f', 'g' (64-bit): exact decimal expansion of the
// double, rounded half-to-even as Go does (JS toFixed rounds ties differently).

interface Digits {
  d: string; // significant digits, no leading zeros ("" for zero)
  dp: number; // decimal point position: value = 0.d × 10^dp
}

/** The exact decimal value of a finite, non-negative double. */
function exact(x: number): Digits {
  if (x === 0) return { d: '', dp: 0 };
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  const bits = buf.getBigUint64(0);
  const expBits = Number((bits >> 52n) & 0x7ffn);
  let mant = bits & ((1n << 52n) - 1n);
  let e2: number;
  if (expBits === 0) e2 = -1074;
  else {
    mant |= 1n << 52n;
    e2 = expBits - 1075;
  }
  let s: string;
  let dp: number;
  if (e2 >= 0) {
    s = (mant << BigInt(e2)).toString();
    dp = s.length;
  } else {
    s = (mant * 5n ** BigInt(-e2)).toString();
    dp = s.length + e2; // divide by 10^(-e2)
  }
  const lead = s.match(/^0*/)![0].length;
  s = s.slice(lead);
  dp -= lead;
  return { d: s.replace(/0+$/, ''), dp };
}

/** Shortest digits that round-trip (what JS's ToString also finds). */
function shortest(x: number): Digits {
  if (x === 0) return { d: '', dp: 0 };
  const [m, e] = x.toExponential().split('e') as [string, string];
  const d = m.replace('.', '').replace(/0+$/, '');
  return { d, dp: Number(e) + 1 };
}

/** Rounds to nd significant digits, half to even on the exact value. */
function roundTo(a: Digits, nd: number): Digits {
  if (nd < 0) return { d: '', dp: a.dp };
  if (a.d.length <= nd) return a;
  const keep = a.d.slice(0, nd);
  const rest = a.d.slice(nd);
  let up: boolean;
  if (rest[0]! > '5') up = true;
  else if (rest[0]! < '5') up = false;
  else if (rest.length > 1) up = true; // digits are exact and trailing zeros trimmed
  else up = nd > 0 && Number(keep[nd - 1]) % 2 === 1;
  if (!up) return { d: keep.replace(/0+$/, ''), dp: a.dp };
  if (nd === 0) return { d: '1', dp: a.dp + 1 };
  const n = (BigInt(keep) + 1n).toString();
  if (n.length > keep.length) return { d: n.replace(/0+$/, ''), dp: a.dp + 1 };
  return { d: n.replace(/0+$/, ''), dp: a.dp };
}

const digitAt = (a: Digits, i: number): string => (i >= 0 && i < a.d.length ? a.d[i]! : '0');

function fmtE(a: Digits, prec: number, ch: string): string {
  let s = a.d.length === 0 ? '0' : a.d[0]!;
  if (prec > 0) {
    s += '.';
    for (let i = 1; i <= prec; i++) s += digitAt(a, i);
  }
  const exp = a.d.length === 0 ? 0 : a.dp - 1;
  const es = String(Math.abs(exp)).padStart(2, '0');
  return s + ch + (exp < 0 ? '-' : '+') + es;
}

function fmtF(a: Digits, prec: number): string {
  let s = '';
  if (a.dp > 0) for (let i = 0; i < a.dp; i++) s += digitAt(a, i);
  else s = '0';
  if (prec > 0) {
    s += '.';
    for (let i = 0; i < prec; i++) s += digitAt(a, a.dp + i);
  }
  return s;
}

/** strconv.FormatFloat(x, fmt, prec, 64) for fmt in e E f F g G. */
export function formatFloat(x: number, fmt: string, prec: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? '+Inf' : '-Inf';
  const neg = x < 0 || Object.is(x, -0);
  const v = Math.abs(x);
  const sign = neg ? '-' : '';
  const isShortest = prec < 0;
  let a: Digits;
  const lower = fmt.toLowerCase();
  if (isShortest) {
    a = shortest(v);
    if (lower === 'e') prec = Math.max(a.d.length - 1, 0);
    else if (lower === 'f') prec = Math.max(a.d.length - a.dp, 0);
    else prec = a.d.length;
  } else {
    const ex = exact(v);
    if (lower === 'e') a = roundTo(ex, prec + 1);
    else if (lower === 'f') a = roundTo(ex, ex.dp + prec);
    else {
      if (prec === 0) prec = 1;
      a = roundTo(ex, prec);
    }
  }
  if (a.d.length === 0) a = { d: '', dp: 0 };
  if (lower === 'e') return sign + fmtE(a, prec, fmt === 'E' ? 'E' : 'e');
  if (lower === 'f') return sign + fmtF(a, prec);
  let eprec = prec;
  const nd = a.d.length;
  if (eprec > nd && nd >= a.dp) eprec = nd;
  if (isShortest) eprec = 6;
  const exp = a.dp - 1;
  if (nd > 0 && (exp < -4 || exp >= eprec)) {
    if (prec > nd) prec = nd;
    return sign + fmtE(a, prec - 1, fmt === 'G' ? 'E' : 'e');
  }
  if (prec > a.dp) prec = nd;
  return sign + fmtF(a, Math.max(prec - a.dp, 0));
}
