/** Archive and compression chosen from the output name (packer compress `detectFromFilename`). */
export interface Detected {
  archive: '' | 'tar' | 'zip';
  algorithm: '' | 'pgzip' | 'lz4' | 'bgzf' | 'xz';
}

const extensions: Record<string, Detected['algorithm']> = {
  gz: 'pgzip',
  lz4: 'lz4',
  bgzf: 'bgzf',
  xz: 'xz',
};

export function detectFromFilename(outputPath: string, format: string): Detected {
  const subject = format === '' ? outputPath : `${outputPath}.${format}`;
  const groups = [...subject.matchAll(/\.([a-z0-9]+)/g)].map((m) => m[1]!);
  if (groups.length === 0) return { archive: 'tar', algorithm: 'pgzip' };
  const last = groups[groups.length - 1]!;
  const nextToLast = groups.length > 1 ? groups[groups.length - 2]! : '';
  const archive: Detected['archive'] = nextToLast === 'tar' ? 'tar' : '';
  if (last === 'zip' || last === 'tar') return { archive: last, algorithm: '' };
  const algorithm = extensions[last];
  if (algorithm) return { archive, algorithm };
  return { archive: 'tar', algorithm: 'pgzip' };
}
