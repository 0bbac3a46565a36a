import type { GeneratedData } from '../../../sdk/index.js';
import { sprintfS } from '../../common/packer-errors.js';
import type { ShellConfig } from './config.js';

// packer commonsteps' "not implemented" markers: builders without an HTTP server set these.
const notImplemented: Record<string, string> = {
  PackerHTTPAddr: 'ERR_HTTP_ADDR_NOT_IMPLEMENTED_BY_BUILDER',
  PackerHTTPIP: 'ERR_HTTP_IP_NOT_IMPLEMENTED_BY_BUILDER',
  PackerHTTPPort: 'ERR_HTTP_PORT_NOT_IMPLEMENTED_BY_BUILDER',
};

/**
 * packer `provisioner/shell` escapeEnvVars + createFlattenedEnvVars: PACKER_* first, then the
 * user's, sorted by name, each through env_var_format. Single quotes in values are closed,
 * escaped and reopened so the default `KEY='value'` format stays valid shell.
 */
export function flattenedEnvVars(config: ShellConfig, data: GeneratedData): string {
  const env: Record<string, string> = {
    PACKER_BUILD_NAME: config.buildName,
    PACKER_BUILDER_TYPE: config.builderType,
  };
  const http: Array<[string, string]> = [
    ['PackerHTTPAddr', 'PACKER_HTTP_ADDR'],
    ['PackerHTTPIP', 'PACKER_HTTP_IP'],
    ['PackerHTTPPort', 'PACKER_HTTP_PORT'],
  ];
  for (const [key, name] of http) {
    const v = data[key];
    if (v !== undefined && v !== null && v !== notImplemented[key]) env[name] = String(v);
  }
  for (const kv of config.vars) {
    const eq = kv.indexOf('=');
    env[kv.slice(0, eq)] = kv.slice(eq + 1).replaceAll("'", `'"'"'`);
  }
  return Object.keys(env)
    .sort()
    .map((k) => sprintfS(config.envVarFormat, k, env[k]!))
    .join('');
}
