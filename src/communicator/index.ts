// Communicators: how provisioners reach the machine being built.
export { NoneCommunicator } from './none.js';
