// Normalisation beyond run-golden.sh's: only what is nondeterministic in Packer itself.
//  - the final summary blocks iterate a Go map: builds are compared in name order (each build's
//    own lines keep their order);
//  - a script's stdout and stderr race: within a run of script-output lines, stdout lines
//    (ui message) are compared in order and stderr lines (ui error) in order, not interleaved;
//  - the CPU count in `Using pgzip compression with N cores`;
//  - `console`'s `variables` listing (`name: value,` lines; one `\\n`-escaped record in
//    machine-readable mode), also a Go map;
//  - the provisioner-timeout goroutine's `Cancelling provisioner after a timeout...` races the
//    build's `Provisioning step had errors` line: compared as if it always came first.
import type { Mode } from './harness.js';

const ANSI = /\x1b\[[0-9;]*m/g;
const plain = (l: string): string => l.replace(ANSI, '');

export function canonicalStdout(text: string, mode: Mode, errorTexts: ReadonlySet<string>): string {
  const cores = text.replace(/Using (pgzip|lz4|bgzf) compression with \d+ cores?/g, 'Using $1 compression with <N> cores');
  const lines = cores.replace(TIMEOUT_RACE, '$3$1').split('\n');
  const streams = mode === 'mr' ? untangleMachine(lines) : untangleHuman(lines, errorTexts);
  const sorted = sortRuns(sortSummary(streams, mode), (l) => /^[^\s:,]*: .*,$/.test(l));
  return (mode === 'mr' ? sorted.map(sortConsoleVariables) : sorted).join('\n');
}

/** The same `console` listing in machine-readable mode: one `ui,say` record, `\n`-escaped lines. */
function sortConsoleVariables(line: string): string {
  const m = /^([^,]*,[^,]*,ui,say,)(.*)$/.exec(line);
  if (!m || !m[2]!.includes('%!(PACKER_COMMA)\\n')) return line;
  return m[1]! + sortRuns(m[2]!.split('\\n'), (l) => /^[^\s:,]*: .*%!\(PACKER_COMMA\)$/.test(l)).join('\\n');
}

/** The texts of all ui,error lines of a machine-readable run, as the human UI prints them. */
export function errorTextsOf(mrStdout: string): Set<string> {
  const out = new Set<string>();
  for (const l of mrStdout.split('\n')) {
    const m = /^[^,]*,[^,]*,ui,error,(.*)$/.exec(l);
    if (m?.[1] === undefined) continue;
    for (const part of m[1].replace(/%!\(PACKER_COMMA\)/g, ',').split('\\n')) out.add(part.replace(/^<RFC3339>: /, ''));
  }
  return out;
}

const TIMEOUT_RACE = /^(.*==> ([^\n]*): Provisioning step had errors: [^\n]*\n)(.*==> \2: Cancelling provisioner after a timeout\.\.\.(?:\x1b\[0m)?\n)/gm;

type Kind = 'out' | 'err' | 'other';

function partitionRuns(lines: string[], kind: (l: string) => Kind): string[] {
  const out: string[] = [];
  let run: { l: string; k: Kind }[] = [];
  const flush = (): void => {
    out.push(...run.filter((x) => x.k === 'out').map((x) => x.l), ...run.filter((x) => x.k === 'err').map((x) => x.l));
    run = [];
  };
  for (const l of lines) {
    const k = kind(l);
    if (k === 'other') {
      flush();
      out.push(l);
    } else run.push({ l, k });
  }
  flush();
  return out;
}

function untangleMachine(lines: string[]): string[] {
  return partitionRuns(lines, (l) => {
    if (/^[^,]*,[^,]*,ui,message,/.test(l)) return 'out';
    if (/^[^,]*,[^,]*,ui,error,(<RFC3339>: )?==> /.test(l)) return 'err';
    return 'other';
  });
}

function untangleHuman(lines: string[], errorTexts: ReadonlySet<string>): string[] {
  return partitionRuns(lines, (l) => {
    const p = plain(l).replace(/^<RFC3339>: /, '');
    if (p.startsWith('    ')) return 'out';
    if (p.startsWith('==> ') && (errorTexts.has(p) || l.includes('\x1b[1;31m'))) return 'err';
    return 'other';
  });
}

const HEADERS = [
  /==> Some builds didn't complete successfully and had errors:$/,
  /==> Builds finished\. The artifacts of successful builds are:$/,
  /==> Builds finished but no artifacts were created\.$/,
];

function sortSummary(lines: string[], mode: Mode): string[] {
  const isHeader = (l: string): boolean => HEADERS.some((h) => h.test(plain(l)));
  const first = lines.findIndex(isHeader);
  if (first < 0) return lines;
  const out = lines.slice(0, first);
  let seg: string[] = [];
  const flush = (): void => {
    if (seg.length === 0) return;
    const [head, ...body] = seg;
    let tail = body.length;
    while (tail > 0 && plain(body[tail - 1] ?? '') === '') tail--;
    out.push(head ?? '', ...sortEntries(body.slice(0, tail), mode), ...body.slice(tail));
    seg = [];
  };
  for (const l of lines.slice(first)) {
    if (isHeader(l)) flush();
    seg.push(l);
  }
  flush();
  return out;
}

/** Groups a block's lines per build and orders the groups by build name (stable within a build). */
function sortEntries(body: string[], mode: Mode): string[] {
  const entries: { key: string; lines: string[] }[] = [];
  for (const l of body) {
    const key = entryKey(l, mode);
    const last = entries[entries.length - 1];
    if (key === undefined && last !== undefined) last.lines.push(l);
    else entries.push({ key: key ?? '', lines: [l] });
  }
  const merged = new Map<string, string[]>();
  for (const e of entries) merged.set(e.key, [...(merged.get(e.key) ?? []), ...e.lines]);
  return [...merged.keys()].sort().flatMap((k) => merged.get(k) ?? []);
}

function entryKey(l: string, mode: Mode): string | undefined {
  if (mode === 'mr') {
    const m = /^[^,]*,([^,]*),(.*)$/.exec(l);
    if (m === null) return undefined;
    if (m[1] !== '') return m[1];
    const a = /^ui,(?:say|error|message),--> ([^:]*):/.exec(m[2] ?? '');
    return a?.[1] ?? '';
  }
  const a = /^--> ([^:]*):/.exec(plain(l));
  return a?.[1];
}

/** Sorts each maximal run of consecutive lines selected by `inRun`. */
function sortRuns(lines: string[], inRun: (l: string) => boolean): string[] {
  const out: string[] = [];
  let run: string[] = [];
  for (const l of [...lines, undefined]) {
    if (l !== undefined && inRun(l)) { run.push(l); continue; }
    out.push(...run.sort());
    run = [];
    if (l !== undefined) out.push(l);
  }
  return out;
}
