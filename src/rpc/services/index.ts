// The callback services of Packer's plugin protocol (SPEC.md §2.4, §3.4–3.7), each as a server
// registration and a client that implements the matching sdk interface. rpc/remote (core side)
// and rpc/serve (plugin side) are both built from these; neither talks net/rpc method names
// directly for callbacks.

// Broker plumbing
export { serveNext, dialClient } from './broker.js';

// Services
export { registerUi, uiClient, flushUi } from './ui.js';
export { registerArtifact, fetchArtifact, PREFETCHED_STATE } from './artifact.js';
export { registerCommunicator, communicatorClient, BROKEN_RESPONSE_EXIT_STATUS } from './communicator.js';
export { registerHook, hookClient } from './hook.js';

// Argument validation, shared with rpc/remote and rpc/serve
export { ServiceArgError } from './args.js';
