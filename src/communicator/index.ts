// Communicators: how provisioners reach the machine being built.
export { NoneCommunicator } from './none.js';
export { LocalCommunicator, type LocalCommunicatorOptions } from './local.js';
