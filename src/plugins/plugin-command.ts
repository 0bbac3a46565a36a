import * as path from 'node:path';

/** How to run one plugin component: Packer's `exec.Command(path, args...)`. */
export interface PluginCommand {
  path: string;
  args?: readonly string[];
  /** How logs and errors name it; by default as Packer names it (see pluginName). */
  name?: string;
}

/** go-plugin's cookie: a plugin refuses to serve without it ("do not execute plugins directly"). */
export const MAGIC_COOKIE_KEY = 'PACKER_PLUGIN_MAGIC_COOKIE';
export const MAGIC_COOKIE_VALUE = 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2';

/**
 * Packer's log name: the executable's basename, except for Packer's own components started as
 * `packer plugin packer-builder-file` (or `packer execute …`), named by their last argument.
 */
export function pluginName(cmd: PluginCommand): string {
  if (cmd.name) return cmd.name;
  const args = cmd.args ?? [];
  if (args.length >= 2 && (args[0] === 'plugin' || args[0] === 'execute')) return args[args.length - 1]!;
  return path.basename(cmd.path);
}

/**
 * The child's environment: ours plus the cookie and Packer's default port range. PACKER_LOG and
 * PACKER_LOG_PATH are removed as Packer 1.6.6's log wrapper does for its worker, so plugins log to
 * stderr, where we re-log them; CHECKPOINT_DISABLE keeps 1.6.6 components from phoning home.
 */
export function pluginEnv(base: Record<string, string | undefined>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(base)) if (v !== undefined) env[k] = v;
  delete env['PACKER_LOG'];
  delete env['PACKER_LOG_PATH'];
  env['CHECKPOINT_DISABLE'] ??= '1';
  env[MAGIC_COOKIE_KEY] = MAGIC_COOKIE_VALUE;
  env['PACKER_PLUGIN_MIN_PORT'] = '10000';
  env['PACKER_PLUGIN_MAX_PORT'] = '25000';
  return env;
}
