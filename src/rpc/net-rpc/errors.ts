/** Outcomes of Go net/rpc calls, one class each; check with `instanceof`. */
export abstract class NetRpcError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The remote method failed; `message` is Go's error text verbatim (the response header `Error`). */
export class RpcError extends NetRpcError {
  constructor(readonly serviceMethod: string, message: string) {
    super(message);
  }
}

/** The connection ended or was closed before the reply came: Go's `rpc.ErrShutdown`. */
export class ShutdownError extends NetRpcError {
  constructor(message = 'connection is shut down') {
    super(message);
  }
}

/** The peer sent something that is not a net/rpc message (bad msgpack, bad header). */
export class RpcProtocolError extends NetRpcError {}
