// The intended differences between image-build and Packer 1.6.6, one rule each, applied before
// comparing. DIFFERENCES.md gives the reason for every rule; nothing outside this list may differ.
import type { Mode } from './lib/harness.js';

export interface Difference {
  /** `<case>/<scenario>`; `*` in either part matches any */
  readonly where: string;
  readonly mode: Mode | 'both';
  readonly stream: 'stdout' | 'stderr';
  /**
   * rewrite: replace `pattern` by `replacement` in `side`'s output.
   * alternative: image-build's whole output may instead match `pattern` exactly (then it is
   * taken as equal to Packer's).
   */
  readonly kind: 'rewrite' | 'alternative';
  readonly side: 'packer' | 'image-build';
  readonly pattern: RegExp;
  readonly replacement?: string;
  /** only when comparing with the recordings, not with live packer */
  readonly recordedOnly?: boolean;
  /** the heading in DIFFERENCES.md that explains it */
  readonly reason: string;
}

/**
 * D4: scenarios whose image-build arguments Packer 1.6.6 cannot take as they are. The oracle runs
 * this scenario line instead, which must mean the same thing to Packer (globs expanded).
 */
export const oracleScenarioLines: ReadonlyMap<string, string> = new Map([
  ['05-only-except/only-glob', "only-glob|-|build -color=false -only=alpha template.json"],
]);

const leaked = ['var-flag', 'var-file', 'var-file-twice', 'var-and-var-file', 'undeclared-var-flag'];

export const differences: readonly Difference[] = [
  ...leaked.map((s): Difference => ({
    where: `04-user-variables/${s}`, mode: 'mr', stream: 'stdout', kind: 'rewrite', side: 'packer',
    pattern: /password=hunter2-[a-z-]+/g, replacement: 'password=<sensitive>',
    reason: 'D1 sensitive values masked in machine-readable output',
  })),
  {
    where: '26-sensitive-variables/*', mode: 'mr', stream: 'stdout', kind: 'rewrite', side: 'packer',
    pattern: /s3cret-(?:default|other|from-file|cli)/g, replacement: '<sensitive>',
    reason: 'D1 sensitive values masked in machine-readable output',
  },
  {
    where: '16-cli-misc/version', mode: 'both', stream: 'stdout', kind: 'rewrite', side: 'image-build',
    pattern: /\bimage-build v\d+\.\d+\.\d+\S*/g, replacement: 'Packer v1.6.6',
    reason: 'D2 version text',
  },
  {
    where: '16-cli-misc/version', mode: 'mr', stream: 'stdout', kind: 'rewrite', side: 'image-build',
    pattern: /,version,\d+\.\d+\.\d+\S*$/gm, replacement: ',version,1.6.6',
    reason: 'D2 version text',
  },
  {
    where: '*/*', mode: 'normal', stream: 'stdout', kind: 'rewrite', side: 'image-build',
    pattern: /^ {2}on \S.* line \d+, column \d+:\n\n/gm, replacement: '',
    reason: 'D3 error positions',
  },
  {
    where: '*/*', mode: 'mr', stream: 'stdout', kind: 'rewrite', side: 'image-build',
    pattern: /(,ui,(?:error|say),.*?) {2}on (?:(?!\\n).)* line \d+%!\(PACKER_COMMA\) column \d+:\\n\\n/g, replacement: '$1',
    reason: 'D3 error positions',
  },
];

function matches(where: string, caseName: string, id: string): boolean {
  const [c = '', s = ''] = where.split('/');
  return (c === '*' || c === caseName) && (s === '*' || s === id);
}

/** Applies the rewrite rules for one stream of one side (before canonicalisation). */
export function applyRewrites(caseName: string, id: string, mode: Mode, stream: Difference['stream'], side: Difference['side'], text: string, recordedOracle: boolean): string {
  for (const d of relevant(caseName, id, mode, stream, recordedOracle)) {
    if (d.kind === 'rewrite' && d.side === side) text = text.replace(d.pattern, d.replacement ?? '');
  }
  return text;
}

/** image-build's canonical output, or Packer's when an alternative rule accepts image-build's. */
export function applyAlternatives(caseName: string, id: string, mode: Mode, stream: Difference['stream'], packer: string, ours: string, recordedOracle: boolean): string {
  for (const d of relevant(caseName, id, mode, stream, recordedOracle)) {
    if (d.kind === 'alternative' && new RegExp(`^(?:${d.pattern.source})$`, d.pattern.flags.replace('g', '')).test(ours)) return packer;
  }
  return ours;
}

function relevant(caseName: string, id: string, mode: Mode, stream: Difference['stream'], recordedOracle: boolean): Difference[] {
  return differences.filter((d) => matches(d.where, caseName, id) && (d.mode === 'both' || d.mode === mode) && d.stream === stream && (d.recordedOnly !== true || recordedOracle));
}
