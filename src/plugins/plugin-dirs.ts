import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/** What discovery needs to know about the process; the core never reads `process.env` itself. */
export interface DiscoveryInput {
  /** Directory of the running engine's executable (Packer: `filepath.Dir(os.Executable())`). */
  executableDir: string;
  homeDir: string;
  cwd: string;
  env: Record<string, string | undefined>;
}

/**
 * Packer 1.6.6 `homeDir()`: `PACKER_CONFIG_DIR` replaces the home directory for both the
 * config dir (`.packer.d`) and the config file (`.packerconfig`).
 */
function configHome(input: DiscoveryInput): string {
  const fromEnv = input.env['PACKER_CONFIG_DIR'];
  if (fromEnv) return path.resolve(input.cwd, fromEnv);
  return input.homeDir;
}

export function configDir(input: DiscoveryInput): string {
  return path.join(configHome(input), '.packer.d');
}

/** `PACKER_CONFIG` if set, else `<home>/.packerconfig`. */
export function configFilePath(input: DiscoveryInput): string {
  const fromEnv = input.env['PACKER_CONFIG'];
  if (fromEnv) return path.resolve(input.cwd, fromEnv);
  return path.join(configHome(input), '.packerconfig');
}

/**
 * The directories searched, lowest priority first (later finds overwrite earlier ones): the
 * executable's directory, `<config dir>/plugins`, the working directory, then each
 * `PACKER_PLUGIN_PATH` entry. An empty entry means the working directory, as `filepath.Abs("")`.
 */
export function searchDirs(input: DiscoveryInput): string[] {
  const dirs = [
    path.resolve(input.cwd, input.executableDir),
    path.join(configDir(input), 'plugins'),
    input.cwd,
  ];
  const pluginPath = input.env['PACKER_PLUGIN_PATH'];
  if (pluginPath) {
    for (const entry of pluginPath.split(path.delimiter)) dirs.push(path.resolve(input.cwd, entry));
  }
  return dirs;
}

/**
 * Packer ≥ 1.11's one plugin directory for the versioned layout: PACKER_PLUGIN_PATH when it names
 * a single directory, else `<config dir>/plugins` with the modern config dir: PACKER_CONFIG_DIR's
 * `.packer.d`, else `~/.packer.d` if it exists, else `$XDG_CONFIG_HOME/packer`, else
 * `~/.config/packer`. A PACKER_PLUGIN_PATH list (1.6.6 style) still feeds legacy discovery only.
 */
export async function installedPluginDir(input: DiscoveryInput, warnings: string[]): Promise<string> {
  const pluginPath = input.env['PACKER_PLUGIN_PATH'];
  if (pluginPath) {
    if (!pluginPath.includes(path.delimiter)) return path.resolve(input.cwd, pluginPath);
    warnings.push(`PACKER_PLUGIN_PATH lists several directories: installed (versioned) plugins are read from the config directory instead`);
  }
  return path.join(await modernConfigDir(input), 'plugins');
}

async function modernConfigDir(input: DiscoveryInput): Promise<string> {
  const fromEnv = input.env['PACKER_CONFIG_DIR'];
  if (fromEnv) return path.join(path.resolve(input.cwd, fromEnv), '.packer.d');
  const legacy = path.join(input.homeDir, '.packer.d');
  if (await isDir(legacy)) return legacy;
  const xdg = input.env['XDG_CONFIG_HOME'];
  if (xdg) return path.join(path.resolve(input.cwd, xdg), 'packer');
  return path.join(input.homeDir, '.config', 'packer');
}

async function isDir(p: string): Promise<boolean> {
  return fs.stat(p).then(
    (s) => s.isDirectory(),
    () => false,
  );
}
