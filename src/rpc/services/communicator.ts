// Communicator.* (SPEC §3.6): server and client, with raw stdio/data streams and the gob exit status.
export { registerCommunicator } from './communicator-server.js';
export { communicatorClient, BROKEN_RESPONSE_EXIT_STATUS } from './communicator-client.js';
