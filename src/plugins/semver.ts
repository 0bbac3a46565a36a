/** A plugin version as the modern file name carries it: `v1.2.3` or `v1.2.3-dev`, no build metadata. */
export interface PluginVersion {
  major: number;
  minor: number;
  patch: number;
  prerelease: string;
  /** As written, with its `v`. */
  text: string;
}

const canonical = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;

/** Parses a canonical `vX.Y.Z[-pre]`; undefined for anything else (Packer ignores such files). */
export function parsePluginVersion(text: string): PluginVersion | undefined {
  const m = canonical.exec(text);
  if (!m) return undefined;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]), prerelease: m[4] ?? '', text };
}

/** Semver precedence: a pre-release sorts before its release; identifiers compare as semver says. */
export function compareVersions(a: PluginVersion, b: PluginVersion): number {
  for (const k of ['major', 'minor', 'patch'] as const) if (a[k] !== b[k]) return a[k] < b[k] ? -1 : 1;
  if (a.prerelease === b.prerelease) return 0;
  if (a.prerelease === '') return 1;
  if (b.prerelease === '') return -1;
  const x = a.prerelease.split('.');
  const y = b.prerelease.split('.');
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const c = compareIdentifier(x[i]!, y[i]!);
    if (c !== 0) return c;
  }
  return x.length - y.length;
}

function compareIdentifier(a: string, b: string): number {
  const an = /^\d+$/.test(a);
  const bn = /^\d+$/.test(b);
  if (an && bn) return Number(a) - Number(b);
  if (an !== bn) return an ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
