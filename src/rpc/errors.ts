/** MuxBroker outcomes (Packer `rpc/mux_broker.go`), one class each; check with `instanceof`. */
export abstract class BrokerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** Nobody dialled the id within the accept timeout (Go: 5 s). */
export class AcceptTimeoutError extends BrokerError {
  constructor(readonly id: number) {
    super('timeout waiting for accept');
  }
}

/** The acceptor echoed another id than the one dialled. */
export class BadAckError extends BrokerError {
  constructor(readonly id: number, readonly ack: number) {
    super(`bad ack: ${ack} (expected ${id})`);
  }
}

/** The stream ended or failed before the 4-byte id or its ack arrived. */
export class PreambleError extends BrokerError {}
