import { sprintfS } from './packer-errors.js';

/**
 * The tail of packer's createFlattenedEnvVars (shell provisioner and shell-local alike): the
 * user's `KEY=value` pairs over the PACKER_* ones, sorted by name, each through env_var_format.
 * Single quotes in user values are closed, escaped and reopened so the default `KEY='value'`
 * format stays valid shell.
 */
export function flattenEnvVars(packerVars: Record<string, string>, userVars: readonly string[], envVarFormat: string): string {
  const env = { ...packerVars };
  for (const kv of userVars) {
    const eq = kv.indexOf('=');
    env[kv.slice(0, eq)] = kv.slice(eq + 1).replaceAll("'", `'"'"'`);
  }
  return Object.keys(env)
    .sort()
    .map((k) => sprintfS(envVarFormat, k, env[k]!))
    .join('');
}
