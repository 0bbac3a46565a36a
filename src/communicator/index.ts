// Communicators: how provisioners reach the machine being built.
export { NoneCommunicator } from './none.js';
export { LocalCommunicator, type LocalCommunicatorOptions } from './local.js';
// The ssh communicator is `./ssh/index.js`, imported where it is used: loading ssh2 costs every
// command ~25 ms and 7 MB, and most runs never open an SSH connection.
