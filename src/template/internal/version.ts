/**
 * The part of hashicorp/go-version that `min_packer_version` uses: parse (with its
 * `Malformed version` error), canonical string (`v1.7` → `1.7.0`) and comparison.
 */

const VERSION_RE =
  /^v?([0-9]+(\.[0-9]+)*?)(-([0-9]+[0-9A-Za-z\-~]*(\.[0-9A-Za-z\-~]+)*)|(-?([A-Za-z\-~]+[0-9A-Za-z\-~]*(\.[0-9A-Za-z\-~]+)*)))?(\+([0-9A-Za-z\-~]+(\.[0-9A-Za-z\-~]+)*))?$/;

export interface GoVersion {
  segments: number[];
  pre: string;
  metadata: string;
}

export function parseGoVersion(v: string): GoVersion {
  const m = VERSION_RE.exec(v);
  if (!m) throw new Error(`Malformed version: ${v}`);
  const segments = m[1]!.split('.').map(Number);
  while (segments.length < 3) segments.push(0);
  return { segments, pre: m[7] ?? m[4] ?? '', metadata: m[10] ?? '' };
}

export function goVersionString(v: GoVersion): string {
  let s = v.segments.join('.');
  if (v.pre) s += `-${v.pre}`;
  if (v.metadata) s += `+${v.metadata}`;
  return s;
}

/** -1, 0 or 1, as go-version's Compare (metadata ignored). */
export function compareGoVersion(a: GoVersion, b: GoVersion): number {
  const n = Math.max(a.segments.length, b.segments.length);
  for (let i = 0; i < n; i++) {
    const x = a.segments[i] ?? 0;
    const y = b.segments[i] ?? 0;
    if (x !== y) return x < y ? -1 : 1;
  }
  if (a.pre === b.pre) return 0;
  if (a.pre === '') return 1;
  if (b.pre === '') return -1;
  return comparePre(a.pre, b.pre);
}

function comparePre(a: string, b: string): number {
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x === y) continue;
    const nx = /^\d+$/.test(x);
    const ny = /^\d+$/.test(y);
    if (nx && ny) return Number(x) < Number(y) ? -1 : 1;
    if (nx) return -1;
    if (ny) return 1;
    return x < y ? -1 : 1;
  }
  return 0;
}
