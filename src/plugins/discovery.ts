import { constants, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { kindFromFileName, type ComponentKind } from './component-kind.js';
import { readPackerConfigFile, type PackerConfigFile } from './config-file.js';
import { configFilePath, searchDirs, type DiscoveryInput } from './plugin-dirs.js';
import { scanDir } from './scan-dir.js';

export type { ComponentKind } from './component-kind.js';
export type { DiscoveryInput } from './plugin-dirs.js';

export interface PluginBinary {
  kind: ComponentKind;
  name: string;
  path: string;
  /** 'legacy': a `packer-<kind>-NAME` file found in a search dir; 'config': named by the config file. */
  source: 'legacy' | 'multi' | 'config';
  /** Index of the search dir it was found in (config entries: after every dir); later wins. */
  order: number;
}

/** A `packer-plugin-NAME` binary: its components are only known after running `describe`. */
export interface MultiPluginBinary {
  name: string;
  path: string;
  /** Index of the search dir it was found in; within one dir, multi binaries come after singles. */
  order: number;
}

export interface DiscoveryResult {
  /** One entry per (kind, name), the winner after precedence; sorted by kind, then name. */
  plugins: PluginBinary[];
  /** Multi-component binaries, one per plugin name (the last found wins); sorted by name. */
  multi: MultiPluginBinary[];
  warnings: string[];
}

/** Packer's go-plugin cookie: set only inside a plugin process, which must not discover again. */
const magicCookie = ['PACKER_PLUGIN_MAGIC_COOKIE', 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2'] as const;

/**
 * Packer 1.6.6 `config.discover` plus `LoadExternalComponentsFromConfig`: scan the search dirs
 * (later dirs win), then let the config file's entries win over everything found.
 * Throws PackerConfigFileError when the config file exists but is malformed.
 */
export async function discoverPlugins(input: DiscoveryInput): Promise<DiscoveryResult> {
  const warnings: string[] = [];
  const singles = new Map<string, PluginBinary>();
  const multi = new Map<string, MultiPluginBinary>();
  if (input.env[magicCookie[0]] === magicCookie[1]) return { plugins: [], multi: [], warnings };

  const dirs = searchDirs(input);
  for (const [order, dir] of dirs.entries()) {
    for (const found of await scanDir(dir, warnings)) {
      if (found.kind === 'multi') multi.set(found.name, { name: found.name, path: found.path, order });
      else singles.set(key(found.kind, found.name), { kind: found.kind, name: found.name, path: found.path, source: 'legacy', order });
    }
  }

  const file = configFilePath(input);
  const config = await readPackerConfigFile(file);
  if (config) {
    for (const p of await fromConfig(config, input.cwd, file, dirs.length, warnings)) singles.set(key(p.kind, p.name), p);
  }

  const plugins = [...singles.values()].sort((a, b) => compare(key(a.kind, a.name), key(b.kind, b.name)));
  const multis = [...multi.values()].sort((a, b) => compare(a.name, b.name));
  return { plugins, multi: multis, warnings };
}

/**
 * 1.6.6 `loadSingleComponent`: the map a path sits in and its key are ignored; kind and name
 * come from the file name (`packer-provisioner-foo.v2` → provisioner `foo`, cut at the first dot).
 * Maps are read provisioners, builders, post-processors, in that order.
 */
async function fromConfig(config: PackerConfigFile, cwd: string, file: string, order: number, warnings: string[]): Promise<PluginBinary[]> {
  const out: PluginBinary[] = [];
  for (const section of ['provisioners', 'builders', 'post-processors'] as const) {
    for (const [entry, given] of Object.entries(config[section])) {
      const full = path.resolve(cwd, given);
      const where = `${file}: "${section}.${entry}"`;
      const base = path.basename(full);
      const dot = base.indexOf('.');
      const named = kindFromFileName(dot >= 0 ? base.slice(0, dot) : base);
      if (!named || named.name === '') {
        warnings.push(`${where}: ${given} is not named packer-builder-*, packer-provisioner-* or packer-post-processor-*; ignored`);
        continue;
      }
      try {
        await fs.access(full, constants.X_OK);
      } catch (e) {
        const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'not executable';
        warnings.push(`${where}: ignoring plugin ${given}: ${why}`);
        continue;
      }
      out.push({ kind: named.kind, name: named.name, path: full, source: 'config', order });
    }
  }
  return out;
}

function key(kind: string, name: string): string {
  return `${kind}\u0000${name}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
