import { readFileSync } from 'node:fs';
import type { SshOptions } from '../../../communicator/ssh/index.js';
import { expandUser, type CommunicatorConfig } from '../../common/communicator-config.js';

function readKey(key: string, path: string): string {
  const full = expandUser(path);
  try {
    return readFileSync(full, 'utf8');
  } catch (e) {
    throw new Error(`${key} is invalid: Error reading SSH private key file ${full}: ${(e as Error).message}`);
  }
}

/** Settings of Packer 1.6.6 that are not built yet: refused by name rather than ignored. */
function refuseUnsupported(c: CommunicatorConfig): void {
  const unsupported: [string, unknown][] = [
    ['ssh_proxy_host', c.ssh_proxy_host],
    ['ssh_local_tunnels', c.ssh_local_tunnels?.length],
    ['ssh_remote_tunnels', c.ssh_remote_tunnels?.length],
    ['ssh_certificate_file', c.ssh_certificate_file],
    ['ssh_bastion_certificate_file', c.ssh_bastion_certificate_file],
    ['ssh_bastion_interactive', c.ssh_bastion_interactive],
  ];
  for (const [key, value] of unsupported) if (value) throw new Error(`${key} is not supported yet`);
}

/** packer Config.SSHConfigFunc + StepConnectSSH's settings, from a prepared communicator config. */
export function sshOptions(c: CommunicatorConfig): SshOptions {
  refuseUnsupported(c);
  const privateKeys: string[] = [];
  if (c.ssh_private_key_file) privateKeys.push(readKey('ssh_private_key_file', c.ssh_private_key_file));
  if (c.ssh_private_key) privateKeys.push(c.ssh_private_key);
  const opts: SshOptions = {
    host: c.ssh_host ?? '',
    port: c.ssh_port ?? 22,
    username: c.ssh_username ?? '',
    auth: { password: c.ssh_password, privateKeys, agent: c.ssh_agent_auth },
    ciphers: c.ssh_ciphers,
    kexAlgorithms: c.ssh_key_exchange_algorithms,
    pty: c.ssh_pty,
    disableAgentForwarding: c.ssh_disable_agent_forwarding,
    fileTransfer: c.ssh_file_transfer_method === 'sftp' ? 'sftp' : 'scp',
    keepAliveIntervalMs: c.ssh_keep_alive_interval,
    readWriteTimeoutMs: c.ssh_read_write_timeout,
  };
  if (c.ssh_bastion_host) {
    opts.bastion = {
      host: c.ssh_bastion_host,
      port: c.ssh_bastion_port ?? 22,
      username: c.ssh_bastion_username ?? '',
      auth: {
        password: c.ssh_bastion_password,
        privateKeys: c.ssh_bastion_private_key_file ? [readKey('ssh_bastion_private_key_file', c.ssh_bastion_private_key_file)] : [],
        agent: c.ssh_bastion_agent_auth,
      },
    };
  }
  return opts;
}

/** What packer's PopulateProvisionHookData (1.6.6) reads from the communicator config. */
export function sshGeneratedData(c: CommunicatorConfig): Record<string, unknown> {
  return {
    Host: c.ssh_host ?? '',
    Port: c.ssh_port ?? 22,
    User: c.ssh_username ?? '',
    Password: c.ssh_password ?? '',
    ConnType: 'ssh',
    SSHPublicKey: c.ssh_public_key ?? '',
    SSHPrivateKey: c.ssh_private_key ?? '',
    WinRMPassword: c.winrm_password ?? '',
  };
}
