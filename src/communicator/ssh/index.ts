// The ssh communicator: connect (packer's wait loop), then commands and file transfers.
export { SshCommunicator } from './communicator.js';
export { waitForSsh, type WaitOptions } from './wait.js';
export { connectOnce, type SshConnection } from './connect.js';
export { CmdDisconnect, type SshAuthOptions, type SshEndpoint, type SshOptions } from './options.js';
export { SshConfigError, SshDialError, SshHandshakeError, SshTimeoutError } from './errors.js';
export { privateKeyFileProblem } from './key-file.js';
