// Communicators: how provisioners reach the machine being built.
export { NoneCommunicator } from './none.js';
export { LocalCommunicator, type LocalCommunicatorOptions } from './local.js';
export {
  SshCommunicator,
  SshTimeoutError,
  waitForSsh,
  CmdDisconnect,
  type SshOptions,
  type SshEndpoint,
  type SshAuthOptions,
  type WaitOptions,
} from './ssh/index.js';
