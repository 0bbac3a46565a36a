/** How to authenticate to one ssh server (packer `SSHConfigFunc`'s inputs). */
export interface SshAuthOptions {
  password?: string;
  /** Private keys (OpenSSH/PEM text), in Packer's order: ssh_private_key_file, then ssh_private_key. */
  privateKeys?: string[];
  /** Authenticate with the agent at SSH_AUTH_SOCK (ssh_agent_auth). */
  agent?: boolean;
}

/** One ssh server to reach: the machine, or the bastion in front of it. */
export interface SshEndpoint {
  host: string;
  port: number;
  username: string;
  auth: SshAuthOptions;
}

/** Everything the ssh communicator needs (packer-plugin-sdk `ssh.Config`, decoded). */
export interface SshOptions extends SshEndpoint {
  bastion?: SshEndpoint;
  /** ssh_ciphers / ssh_key_exchange_algorithms, passed to the transport as given. */
  ciphers?: string[];
  kexAlgorithms?: string[];
  /** ssh_pty: request a pty for every command. */
  pty?: boolean;
  /** ssh_disable_agent_forwarding: otherwise SSH_AUTH_SOCK, when set, is forwarded. */
  disableAgentForwarding?: boolean;
  /** ssh_file_transfer_method (default scp). */
  fileTransfer?: 'scp' | 'sftp';
  /** ssh_keep_alive_interval; <= 0 disables. */
  keepAliveIntervalMs?: number;
  /** ssh_read_write_timeout: an idle socket is closed after it; 0 disables. */
  readWriteTimeoutMs?: number;
  /** Packer's fixed 1 minute unless set. */
  handshakeTimeoutMs?: number;
}

/** packer `packersdk.CmdDisconnect`: the exit status of a command whose connection was lost. */
export const CmdDisconnect = 2300218;
