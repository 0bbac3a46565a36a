import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { defineSpec, type ConfigOf } from '../../sdk/config/index.js';

/**
 * packer `helper/communicator.Config` (Packer 1.6.6 keys): squashed into builder configs, so a
 * builder spec spreads it in. Durations are milliseconds.
 */
export const communicatorSpec = defineSpec({
  communicator: { kind: 'string' },
  pause_before_connecting: { kind: 'duration' },
  ssh_host: { kind: 'string' },
  ssh_port: { kind: 'int' },
  ssh_username: { kind: 'string' },
  ssh_password: { kind: 'string' },
  ssh_keypair_name: { kind: 'string' },
  temporary_key_pair_name: { kind: 'string' },
  temporary_key_pair_type: { kind: 'string' },
  temporary_key_pair_bits: { kind: 'int' },
  ssh_ciphers: { kind: 'string-list' },
  ssh_clear_authorized_keys: { kind: 'bool' },
  ssh_key_exchange_algorithms: { kind: 'string-list' },
  ssh_private_key_file: { kind: 'string' },
  ssh_certificate_file: { kind: 'string' },
  ssh_pty: { kind: 'bool' },
  ssh_timeout: { kind: 'duration' },
  ssh_wait_timeout: { kind: 'duration' },
  ssh_agent_auth: { kind: 'bool' },
  ssh_disable_agent_forwarding: { kind: 'bool' },
  ssh_handshake_attempts: { kind: 'int' },
  ssh_bastion_host: { kind: 'string' },
  ssh_bastion_port: { kind: 'int' },
  ssh_bastion_agent_auth: { kind: 'bool' },
  ssh_bastion_username: { kind: 'string' },
  ssh_bastion_password: { kind: 'string' },
  ssh_bastion_interactive: { kind: 'bool' },
  ssh_bastion_private_key_file: { kind: 'string' },
  ssh_bastion_certificate_file: { kind: 'string' },
  ssh_file_transfer_method: { kind: 'string' },
  ssh_proxy_host: { kind: 'string' },
  ssh_proxy_port: { kind: 'int' },
  ssh_proxy_username: { kind: 'string' },
  ssh_proxy_password: { kind: 'string' },
  ssh_keep_alive_interval: { kind: 'duration' },
  ssh_read_write_timeout: { kind: 'duration' },
  ssh_remote_tunnels: { kind: 'string-list' },
  ssh_local_tunnels: { kind: 'string-list' },
  ssh_public_key: { kind: 'string' },
  ssh_private_key: { kind: 'string' },
  winrm_username: { kind: 'string' },
  winrm_password: { kind: 'string' },
  winrm_host: { kind: 'string' },
  winrm_no_proxy: { kind: 'bool' },
  winrm_port: { kind: 'int' },
  winrm_timeout: { kind: 'duration' },
  winrm_use_ssl: { kind: 'bool' },
  winrm_insecure: { kind: 'bool' },
  winrm_use_ntlm: { kind: 'bool' },
});

export type CommunicatorConfig = ConfigOf<typeof communicatorSpec>;

/** `~` at the start means the home directory (key files: checked at prepare, read at connect). */
export const expandUser = (p: string): string => (p.startsWith('~') ? homedir() + p.slice(1) : p);

async function checkKeyFile(key: string, path: string | undefined, errs: Error[]): Promise<void> {
  if (!path) return;
  const full = expandUser(path);
  if (!existsSync(full)) return void errs.push(new Error(`${key} is invalid: stat ${full}: no such file or directory`));
  const { privateKeyFileProblem } = await import('../../communicator/ssh/key-file.js'); // ssh2 only when a key is set
  const problem = privateKeyFileProblem(full, path);
  if (problem !== undefined) errs.push(new Error(`${key} is invalid: Error setting up SSH config: ${problem}`));
}

/**
 * Config.Prepare: fills Packer's defaults into `c` and returns its validation errors (the
 * communicator type defaults to ssh; unknown types stop validation at once, as in Packer).
 */
export async function prepareCommunicator(c: CommunicatorConfig): Promise<Error[]> {
  c.communicator ||= 'ssh';
  const errs: Error[] = [];
  switch (c.communicator) {
    case 'ssh':
      c.ssh_port ||= 22;
      c.ssh_timeout ||= c.ssh_wait_timeout || 5 * 60_000;
      c.ssh_keep_alive_interval ||= 5_000;
      c.ssh_handshake_attempts ||= 10;
      if (c.ssh_bastion_host) {
        c.ssh_bastion_port ||= 22;
        if (!c.ssh_bastion_private_key_file && c.ssh_private_key_file) c.ssh_bastion_private_key_file = c.ssh_private_key_file;
      }
      if (c.ssh_proxy_host) c.ssh_proxy_port ||= 1080;
      c.ssh_file_transfer_method ||= 'scp';
      if (!c.ssh_username) {
        errs.push(new Error('An ssh_username must be specified\n  Note: some builders used to default ssh_username to "root".'));
      }
      await checkKeyFile('ssh_private_key_file', c.ssh_private_key_file, errs);
      if (c.ssh_bastion_host && !c.ssh_bastion_agent_auth) {
        if (!c.ssh_bastion_password && !c.ssh_bastion_private_key_file) {
          errs.push(new Error('ssh_bastion_password or ssh_bastion_private_key_file must be specified'));
        } else await checkKeyFile('ssh_bastion_private_key_file', c.ssh_bastion_private_key_file, errs);
      }
      if (c.ssh_file_transfer_method !== 'scp' && c.ssh_file_transfer_method !== 'sftp') {
        errs.push(new Error(`ssh_file_transfer_method ('${c.ssh_file_transfer_method}') is invalid, valid methods: sftp, scp`));
      }
      if (c.ssh_bastion_host && c.ssh_proxy_host) {
        errs.push(new Error('please specify either ssh_bastion_host or ssh_proxy_host, not both'));
      }
      break;
    case 'winrm':
      if (!c.winrm_port) c.winrm_port = c.winrm_use_ssl ? 5986 : 5985;
      c.winrm_timeout ||= 30 * 60_000;
      if (!c.winrm_username) errs.push(new Error('winrm_username must be specified.'));
      break;
    case 'docker':
    case 'dockerWindowsContainer':
    case 'none':
      break;
    default:
      return [new Error(`Communicator type ${c.communicator} is invalid`)];
  }
  return errs;
}

/** Config.Host/User/Password: the values for the chosen communicator type. */
export function commHost(c: CommunicatorConfig): string {
  return (c.communicator === 'ssh' ? c.ssh_host : c.communicator === 'winrm' ? c.winrm_host : '') ?? '';
}
export function commUser(c: CommunicatorConfig): string {
  return (c.communicator === 'ssh' ? c.ssh_username : c.communicator === 'winrm' ? c.winrm_username : '') ?? '';
}
export function commPassword(c: CommunicatorConfig): string {
  return (c.communicator === 'ssh' ? c.ssh_password : c.communicator === 'winrm' ? c.winrm_password : '') ?? '';
}
