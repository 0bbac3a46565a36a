import { randomInt } from 'node:crypto';
import { statSync } from 'node:fs';
import { decodeConfig, defineSpec } from '../../../sdk/config/index.js';
import type { RawConfig } from '../../../sdk/index.js';
import type { InterpolateContext } from '../../../sdk/interpolate/index.js';
import { goPathError } from '../../common/go-errors.js';
import { throwIfAnyPacker } from '../../common/packer-errors.js';

/** packer `provisioner/shell` Config (shell.Provisioner + ProvisionerRemoteSpecific squashed in). */
const spec = defineSpec({
  inline: { kind: 'string-list' },
  script: { kind: 'string' },
  scripts: { kind: 'string-list' },
  valid_exit_codes: { kind: 'int-list' },
  environment_vars: { kind: 'string-list' },
  env_var_format: { kind: 'string' },
  binary: { kind: 'bool' },
  remote_path: { kind: 'string' },
  execute_command: { kind: 'string' },
  inline_shebang: { kind: 'string' },
  pause_after: { kind: 'duration' },
  use_env_var_file: { kind: 'bool' },
  remote_folder: { kind: 'string' },
  remote_file: { kind: 'string' },
  start_retry_timeout: { kind: 'duration' },
  skip_clean: { kind: 'bool' },
  expect_disconnect: { kind: 'bool' },
});

export interface ShellConfig {
  inline: string[] | undefined;
  scripts: string[];
  vars: string[];
  validExitCodes: number[];
  envVarFormat: string;
  binary: boolean;
  executeCommand: string;
  inlineShebang: string;
  pauseAfterMs: number;
  useEnvVarFile: boolean;
  remoteFolder: string;
  remotePath: string;
  startRetryTimeoutMs: number;
  skipClean: boolean;
  expectDisconnect: boolean;
  buildName: string;
  builderType: string;
  ctx: InterpolateContext;
}

/** Decode + Prepare of packer `provisioner/shell` (Packer 1.6.6): defaults, then its checks in order. */
export function decodeShellConfig(raws: RawConfig[]): ShellConfig {
  const d = decodeConfig(spec, raws, { exclude: ['execute_command'] });
  const c = d.config;
  const useEnvVarFile = c.use_env_var_file ?? false;
  const remoteFolder = c.remote_folder || '/tmp';
  const remoteFile = c.remote_file || `script_${randomInt(0, 9999)}.sh`;
  let inline = c.inline?.length ? c.inline : undefined;
  let scripts = c.scripts ?? [];
  const vars = c.environment_vars ?? [];

  const errs: Error[] = [];
  if (c.script && scripts.length > 0) errs.push(new Error('Only one of script or scripts can be specified.'));
  if (c.script) scripts = [c.script];
  if (scripts.length === 0 && inline === undefined) {
    errs.push(new Error('Either a script file or inline script must be specified.'));
  } else if (scripts.length > 0 && inline !== undefined) {
    errs.push(new Error('Only a script file or an inline script can be specified, not both.'));
  }
  for (const path of scripts) {
    try {
      statSync(path);
    } catch (e) {
      errs.push(new Error(`Bad script '${path}': ${goPathError('stat', path, e).message}`));
    }
  }
  for (const kv of vars) {
    if (kv.indexOf('=') <= 0) errs.push(new Error(`Environment variable not in format 'key=value': ${kv}`));
  }
  throwIfAnyPacker(errs);
  inline = inline ? [...inline] : undefined;
  return {
    inline,
    scripts,
    vars,
    validExitCodes: c.valid_exit_codes?.length ? c.valid_exit_codes : [0],
    envVarFormat: c.env_var_format || (useEnvVarFile ? "export %s='%s'\n" : "%s='%s' "),
    binary: c.binary ?? false,
    executeCommand:
      c.execute_command ||
      (useEnvVarFile ? 'chmod +x {{.Path}}; . {{.EnvVarFile}} && {{.Path}}' : 'chmod +x {{.Path}}; {{.Vars}} {{.Path}}'),
    inlineShebang: c.inline_shebang || '/bin/sh -e',
    pauseAfterMs: c.pause_after ?? 0,
    useEnvVarFile,
    remoteFolder,
    remotePath: c.remote_path || `${remoteFolder}/${remoteFile}`,
    startRetryTimeoutMs: c.start_retry_timeout || 5 * 60_000,
    skipClean: c.skip_clean ?? false,
    expectDisconnect: c.expect_disconnect ?? false,
    buildName: d.packer.buildName,
    builderType: d.packer.builderType,
    ctx: d.ctx,
  };
}
