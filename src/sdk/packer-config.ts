/**
 * The settings the core adds as the last raw config of every Prepare/Configure, with Packer's
 * key names so that Go plugins decode them too (packer-plugin-sdk `common.PackerConfig`).
 */
export const PackerConfigKeys = {
  buildName: 'packer_build_name',
  builderType: 'packer_builder_type',
  coreVersion: 'packer_core_version',
  debug: 'packer_debug',
  force: 'packer_force',
  onError: 'packer_on_error',
  templatePath: 'packer_template_path',
  userVariables: 'packer_user_variables',
  sensitiveVariables: 'packer_sensitive_variables',
} as const;

export type OnError = 'cleanup' | 'abort' | 'ask' | 'run-cleanup-provisioner';

export interface PackerConfig {
  buildName: string;
  builderType: string;
  coreVersion: string;
  debug: boolean;
  force: boolean;
  onError: OnError;
  templatePath: string;
  userVariables: Record<string, string>;
  sensitiveVariables: string[];
}

/** The version we report as `packer_version` and to plugins: the Packer release we are compatible with. */
export const PackerCompatVersion = '1.6.6';

export function packerConfigRaw(c: PackerConfig): Record<string, unknown> {
  return {
    [PackerConfigKeys.buildName]: c.buildName,
    [PackerConfigKeys.builderType]: c.builderType,
    [PackerConfigKeys.coreVersion]: c.coreVersion,
    [PackerConfigKeys.debug]: c.debug,
    [PackerConfigKeys.force]: c.force,
    [PackerConfigKeys.onError]: c.onError,
    [PackerConfigKeys.templatePath]: c.templatePath,
    [PackerConfigKeys.userVariables]: c.userVariables,
    // packer_sensitive_variables is left out: Go plugins built on older SDKs reject unknown keys.
  };
}
