import { GoAwayCode } from './frame.js';

/**
 * One class per outcome; messages are hashicorp/yamux's (`const.go`) so logs read the
 * same on both sides of a connection. Check with `instanceof`.
 */
export abstract class YamuxError extends Error {
  constructor(message?: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The peer broke the protocol; the session answers with GoAway(`goAwayCode`) and dies. */
export abstract class ProtocolError extends YamuxError {
  readonly goAwayCode: GoAwayCode = GoAwayCode.ProtocolError;
}

export class InvalidVersionError extends ProtocolError {
  constructor(readonly version: number) {
    super(`invalid protocol version (got ${version})`);
  }
}

export class InvalidFrameTypeError extends ProtocolError {
  constructor(readonly frameType: number) {
    super(`invalid msg type (got ${frameType})`);
  }
}

/** A Data frame longer than any receive window we could have granted. */
export class FrameTooLargeError extends ProtocolError {
  constructor(readonly length: number, readonly limit: number) {
    super(`frame body of ${length} bytes exceeds the ${limit}-byte receive window`);
  }
}

export class ReceiveWindowExceededError extends ProtocolError {
  constructor(readonly streamId: number) {
    super(`recv window exceeded (stream ${streamId})`);
  }
}

export class DuplicateStreamError extends ProtocolError {
  constructor(readonly streamId: number) {
    super(`duplicate stream declared (stream ${streamId})`);
  }
}

/** The peer sent GoAway(ProtocolError or InternalError): it tears the session down. */
export class RemoteProtocolError extends YamuxError {
  constructor(readonly code: number) {
    super(code === GoAwayCode.ProtocolError ? 'yamux protocol error' : 'remote yamux error');
  }
}

/** The session is gone: closed locally, hung up by the peer, or the connection failed (`cause`). */
export class SessionShutdownError extends YamuxError {
  constructor(message = 'session shutdown', options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** The peer sent GoAway(Normal): no new streams may be opened. */
export class RemoteGoAwayError extends YamuxError {
  constructor() {
    super('remote end is not accepting connections');
  }
}

export class StreamsExhaustedError extends YamuxError {
  constructor() {
    super('streams exhausted');
  }
}

export class StreamResetError extends YamuxError {
  constructor(readonly streamId: number) {
    super(`stream reset (stream ${streamId})`);
  }
}

export class StreamClosedError extends YamuxError {
  constructor(readonly streamId: number) {
    super(`stream closed (stream ${streamId})`);
  }
}

/** A ping got no ACK within ConnectionWriteTimeout. */
export class TimeoutError extends YamuxError {
  constructor() {
    super('i/o deadline reached');
  }
}

/** The keepalive ping failed; the session is closed with this error. */
export class KeepAliveTimeoutError extends YamuxError {
  constructor() {
    super('keepalive timeout');
  }
}

export class ConfigError extends YamuxError {}
