import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { readChecksumFile, sha256File } from './checksum.js';
import { describePlugin, type PluginDescription } from './describe.js';
import { API_VERSION_MAJOR, API_VERSION_MINOR } from './handshake.js';
import { goPlatform } from './platform.js';
import { compareVersions, parsePluginVersion, type PluginVersion } from './semver.js';

/** One plugin of the versioned layout, the version that won, checked and described. */
export interface InstalledPlugin {
  /** `github.com/hashicorp/amazon`: the folders under the plugin directory. */
  source: string;
  /** `amazon`: prefix of its component names. */
  name: string;
  version: PluginVersion;
  path: string;
  description: PluginDescription;
}

interface Candidate {
  source: string;
  name: string;
  version: PluginVersion;
  path: string;
  api: string;
}

/**
 * Packer ≥ 1.11's installed plugins: `<dir>/<host>/<namespace>/<name>/packer-plugin-<name>_v<semver>_x<M>.<N>_<os>_<arch>`
 * next to `<binary>_SHA256SUM`. Per plugin the highest version whose checksum matches and whose
 * `describe` agrees with its file name wins; anything skipped is explained in `warnings`.
 */
export async function findInstalledPlugins(
  dir: string,
  env: Record<string, string | undefined>,
  warnings: string[],
  platform = goPlatform(),
  refused: RefusedPlugin[] = [],
): Promise<InstalledPlugin[]> {
  const found: InstalledPlugin[] = [];
  for (const source of await subdirs(dir, 3)) {
    const name = path.basename(source);
    const candidates = await candidatesIn(dir, source, name, platform, warnings);
    candidates.sort((a, b) => compareVersions(b.version, a.version));
    for (const c of candidates) {
      const plugin = await check(c, env, warnings, refused);
      if (plugin) {
        found.push(plugin);
        break;
      }
    }
  }
  return found.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
}

/** Relative paths exactly `depth` directories down (`github.com/hashicorp/amazon`), sorted. */
async function subdirs(root: string, depth: number): Promise<string[]> {
  let level = [''];
  for (let i = 0; i < depth; i++) {
    const next: string[] = [];
    for (const rel of level) {
      const entries = await fs.readdir(path.join(root, rel), { withFileTypes: true }).catch(() => []);
      for (const e of entries) if (e.isDirectory()) next.push(path.join(rel, e.name));
    }
    level = next.sort();
  }
  return level;
}

async function candidatesIn(dir: string, source: string, name: string, platform: { os: string; arch: string }, warnings: string[]): Promise<Candidate[]> {
  const prefix = `packer-plugin-${name}_`;
  const suffix = `_${platform.os}_${platform.arch}${platform.os === 'windows' ? '.exe' : ''}`;
  const out: Candidate[] = [];
  const files = await fs.readdir(path.join(dir, source)).catch(() => []);
  for (const base of files.sort()) {
    if (!base.startsWith(prefix) || base.endsWith('_SHA256SUM') || !base.endsWith(suffix)) continue;
    const full = path.join(dir, source, base);
    const [versionText, api, ...rest] = base.slice(prefix.length, base.length - suffix.length).split('_');
    const version = parsePluginVersion(versionText ?? '');
    const apiMatch = /^x(\d+)\.(\d+)$/.exec(api ?? '');
    if (!version || !apiMatch || rest.length > 0) {
      warnings.push(`Ignoring plugin ${full}: its name is not packer-plugin-${name}_v<X.Y.Z>_x<M.N>${suffix}`);
      continue;
    }
    if (apiMatch[1] !== API_VERSION_MAJOR || Number(apiMatch[2]) > Number(API_VERSION_MINOR)) {
      warnings.push(`Ignoring plugin ${full}: it speaks plugin API ${api}, we speak x${API_VERSION_MAJOR}.${API_VERSION_MINOR}`);
      continue;
    }
    out.push({ source, name, version, path: full, api: api! });
  }
  return out;
}

/** An installed plugin that was not run: its checksum or `describe` did not match its name. */
export interface RefusedPlugin {
  name: string;
  path: string;
  reason: string;
}

async function check(c: Candidate, env: Record<string, string | undefined>, warnings: string[], refused: RefusedPlugin[]): Promise<InstalledPlugin | undefined> {
  try {
    const expected = await readChecksumFile(c.path);
    const actual = await sha256File(c.path);
    if (actual !== expected) throw new Error(`checksum mismatch: ${c.path}_SHA256SUM says ${expected}, the file's sha256 is ${actual}`);
    const description = await describePlugin(c.path, env);
    if (`v${description.version}` !== c.version.text) {
      throw new Error(`it describes itself as version ${JSON.stringify(description.version)} while its name says ${c.version.text}`);
    }
    if (description.apiVersion !== c.api) {
      throw new Error(`it describes its API version as ${JSON.stringify(description.apiVersion)} while its name says ${c.api}`);
    }
    return { source: c.source, name: c.name, version: c.version, path: c.path, description };
  } catch (e) {
    warnings.push(`Ignoring plugin ${c.path}: ${(e as Error).message}`);
    refused.push({ name: c.name, path: c.path, reason: (e as Error).message });
    return undefined;
  }
}
