import type { GeneratedData } from '../../../sdk/index.js';
import { flattenEnvVars } from '../../common/env-vars.js';
import type { ShellConfig } from './config.js';

// packer commonsteps' "not implemented" markers: builders without an HTTP server set these.
const notImplemented: Record<string, string> = {
  PackerHTTPAddr: 'ERR_HTTP_ADDR_NOT_IMPLEMENTED_BY_BUILDER',
  PackerHTTPIP: 'ERR_HTTP_IP_NOT_IMPLEMENTED_BY_BUILDER',
  PackerHTTPPort: 'ERR_HTTP_PORT_NOT_IMPLEMENTED_BY_BUILDER',
};

/**
 * packer `provisioner/shell` createFlattenedEnvVars: PACKER_BUILD_NAME, PACKER_BUILDER_TYPE and
 * the PACKER_HTTP_* a builder really set, then the user's.
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
  return flattenEnvVars(env, config.vars, config.envVarFormat);
}
