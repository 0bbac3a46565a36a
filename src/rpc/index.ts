// Packer's plugin wire protocol, lowest layer: yamux, MuxBroker, net/rpc over msgpack.

// Transport
export * from './yamux/index.js';

// Broker ids over the session
export { MuxBroker, ACCEPT_TIMEOUT_MS, type MuxBrokerOptions } from './mux-broker.js';
export { AcceptTimeoutError, BadAckError, BrokerError, PreambleError } from './errors.js';

// net/rpc
export * from './net-rpc/index.js';
