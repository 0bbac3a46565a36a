// Go net/rpc over MessagePack (ugorji codec.GoRpc), as Packer's plugins speak it.

// Endpoints
export { RpcClient } from './client.js';
export { RpcServer, type RpcMethod } from './server.js';

// Wire messages and codec
export { encodeMessage, readMessages, type Message } from './codec.js';
export {
  INVALID_REQUEST_BODY,
  parseRequestHeader,
  parseResponseHeader,
  type RequestHeader,
  type ResponseHeader,
} from './messages.js';

// Errors
export { NetRpcError, RpcError, RpcProtocolError, ShutdownError } from './errors.js';
