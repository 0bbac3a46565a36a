import { statSync } from 'node:fs';
import { decodeConfig, defineSpec, type ConfigOf, type Decoded } from '../../../sdk/config/index.js';
import type { RawConfig } from '../../../sdk/index.js';
import type { InterpolateContext } from '../../../sdk/interpolate/index.js';
import { goPathError } from '../go-errors.js';
import { throwIfAnyPacker } from '../packer-errors.js';

/** packer `common/shell-local` Config (shared by the provisioner and the post-processor). */
export const shellLocalSpec = defineSpec({
  binary: { kind: 'bool' },
  inline: { kind: 'string-list' },
  script: { kind: 'string' },
  scripts: { kind: 'string-list' },
  command: { kind: 'string' },
  valid_exit_codes: { kind: 'int-list' },
  environment_vars: { kind: 'string-list' },
  env_var_format: { kind: 'string' },
  execute_command: { kind: 'string-list' },
  inline_shebang: { kind: 'string' },
  only_on: { kind: 'string-list' },
  tempfile_extension: { kind: 'string' },
  use_linux_pathing: { kind: 'bool' },
});

export interface ShellLocalConfig {
  inline: string[] | undefined;
  scripts: string[];
  vars: string[];
  validExitCodes: number[];
  envVarFormat: string;
  executeCommand: string[];
  inlineShebang: string;
  onlyOn: string[];
  tempfileExtension: string;
  buildName: string;
  builderType: string;
  ctx: InterpolateContext;
}

const supportedOs = ['darwin', 'freebsd', 'linux', 'openbsd', 'solaris', 'windows'];

/** Decode + Validate of packer `common/shell-local` (config.go), with its messages. */
export function decodeShellLocal(raws: RawConfig[]): ShellLocalConfig {
  let d: Decoded<typeof shellLocalSpec>;
  try {
    d = decodeConfig(shellLocalSpec, raws, { exclude: ['execute_command'] });
  } catch (e) {
    throw new Error(`Error decoding config: ${(e as Error).message}`);
  }
  return validate(d.config, d);
}

function validate(c: ConfigOf<typeof shellLocalSpec>, d: Decoded<typeof shellLocalSpec>): ShellLocalConfig {
  const errs: Error[] = [];
  let inline = c.inline;
  let scripts = c.scripts ?? [];
  const script = c.script ?? '';
  const command = c.command ?? '';
  if (command === '' && (inline ?? []).length === 0 && scripts.length === 0 && script === '') {
    errs.push(new Error('Command, Inline, Script and Scripts options cannot all be empty.'));
  }
  const tooMany = new Error(
    'You may only specify one of the following options: Command, Inline, Script or Scripts. Please consolidate these options in your config.',
  );
  if (command !== '') {
    if ((inline ?? []).length !== 0 || scripts.length !== 0 || script !== '') errs.push(tooMany);
    else inline = [command];
  }
  if (script !== '') {
    if (scripts.length > 0 || (inline ?? []).length > 0) errs.push(tooMany);
    else scripts = [script];
  }
  if (scripts.length > 0 && inline !== undefined) errs.push(tooMany);
  for (const p of scripts) {
    try {
      statSync(p);
    } catch (e) {
      errs.push(new Error(`Bad script '${p}': ${goPathError('stat', p, e).message}`));
    }
  }
  for (const os of c.only_on ?? []) {
    if (!supportedOs.includes(os)) {
      throw new Error(`Invalid OS specified in only_on: '${os}'\nSupported OS names: ${supportedOs.join(', ')}`);
    }
  }
  if (c.use_linux_pathing && (inline ?? []).length > 0) {
    errs.push(
      new Error(
        'Packer is unable to use the Command and Inline features with the Windows Linux Subsystem. Please use the Script or Scripts options instead',
      ),
    );
  }
  const vars = c.environment_vars ?? [];
  for (const kv of vars) {
    const eq = kv.indexOf('=');
    if (eq <= 0) errs.push(new Error(`Environment variable not in format 'key=value': ${kv}`));
  }
  throwIfAnyPacker(errs);
  const ext = c.tempfile_extension ?? '';
  return {
    inline,
    scripts,
    vars,
    validExitCodes: c.valid_exit_codes?.length ? c.valid_exit_codes : [0],
    envVarFormat: c.env_var_format || "%s='%s' ",
    executeCommand: c.execute_command?.length ? c.execute_command : ['/bin/sh', '-c', '{{.Vars}} {{.Script}}'],
    inlineShebang: c.inline_shebang || '/bin/sh -e',
    onlyOn: c.only_on ?? [],
    tempfileExtension: ext.startsWith('.') ? ext.slice(1) : ext,
    buildName: d.packer.buildName,
    builderType: d.packer.builderType,
    ctx: d.ctx,
  };
}
