/** A TCP connection (or the bastion's forwarding) to the ssh port failed: retried. */
export class SshDialError extends Error {}

/** The ssh handshake failed; `auth` when the server refused every credential offered. */
export class SshHandshakeError extends Error {
  constructor(
    message: string,
    readonly auth = false,
  ) {
    super(message);
  }
}

/** Building the client configuration failed (agent socket, key parsing): retried, as in Packer. */
export class SshConfigError extends Error {}

/** `ssh_timeout` elapsed (packer StepConnectSSH's text). */
export class SshTimeoutError extends Error {
  constructor() {
    super('Timeout waiting for SSH.');
  }
}

/** What packer prefixes to an authentication failure before giving up. */
export function authFailureMessage(original: string): string {
  return (
    'Packer experienced an authentication error when trying to connect via SSH. This can happen if your ' +
    'username/password are wrong. You may want to double-check your credentials as part of your debugging ' +
    `process. original error: ${original}`
  );
}
