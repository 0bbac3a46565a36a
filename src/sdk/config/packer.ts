import { PackerConfigKeys, type OnError, type PackerConfig } from '../packer-config.js';
import type { RawConfig } from '../raw-config.js';
import { decodeKind } from './weak.js';

const onErrors: readonly OnError[] = ['cleanup', 'abort', 'ask', 'run-cleanup-provisioner'];

/**
 * Reads the core's `packer_*` settings out of the (merged) raw config: packer-plugin-sdk
 * `common.PackerConfig`. Missing keys take the values Packer's core would send by default.
 * Type problems are pushed onto `errs` with mapstructure's wording.
 */
export function decodePackerConfig(raw: RawConfig, errs: string[] = []): PackerConfig {
  const get = <T>(key: string, kind: Parameters<typeof decodeKind>[0], dflt: T): T => {
    const v = raw[key];
    if (v === undefined || v === null) return dflt;
    const d = decodeKind(kind, key, v, errs);
    return d === undefined ? dflt : (d as T);
  };
  const onError = get<string>(PackerConfigKeys.onError, 'string', 'cleanup');
  return {
    buildName: get(PackerConfigKeys.buildName, 'string', ''),
    builderType: get(PackerConfigKeys.builderType, 'string', ''),
    coreVersion: get(PackerConfigKeys.coreVersion, 'string', ''),
    debug: get(PackerConfigKeys.debug, 'bool', false),
    force: get(PackerConfigKeys.force, 'bool', false),
    // Packer leaves an unknown value to the runner, which treats it as the default.
    onError: (onErrors as readonly string[]).includes(onError) ? (onError as OnError) : 'cleanup',
    templatePath: get(PackerConfigKeys.templatePath, 'string', ''),
    userVariables: get<Record<string, string>>(PackerConfigKeys.userVariables, 'string-map', {}),
    sensitiveVariables: get<string[]>(PackerConfigKeys.sensitiveVariables, 'string-list', []),
  };
}
