/**
 * yamux frame vocabulary, as hashicorp/yamux `spec.md` and `const.go` define it.
 * Every frame starts with a 12-byte big-endian header; only Data frames carry a body.
 */

/** "The version field is used for future backward compatibility. At the current time, the field is always set to 0." */
export const PROTOCOL_VERSION = 0;

/** version(1) + type(1) + flags(2) + stream id(4) + length(4). Not an implementation choice. */
export const HEADER_LENGTH = 12;

/**
 * The window every stream starts with in both directions, before any WindowUpdate.
 * Set by the spec (`initialStreamWindow`), independent of any configured maximum.
 */
export const INITIAL_STREAM_WINDOW = 256 * 1024;

export enum FrameType {
  /** "Used to transmit data. May transmit zero length payloads depending on the flags." */
  Data = 0,
  /** "Used to updated the senders receive window size. This is used to implement per-session flow control." */
  WindowUpdate = 1,
  /** "Used to measure RTT. It can also be used to heart-beat and do keep-alives over TCP." */
  Ping = 2,
  /** "Used to close a session." */
  GoAway = 3,
}

/** Flags form a bit set: combinations such as SYN|FIN are legal, so test with `&`. */
export enum Flag {
  /** "Signals the start of a new stream. May be sent with a data or window update message. Also sent with a ping to indicate outbound." */
  SYN = 1,
  /** "Acknowledges the start of a new stream. May be sent with a data or window update message. Also sent with a ping to indicate response." */
  ACK = 2,
  /** "Performs a half-close of a stream. May be sent with a data message or window update." */
  FIN = 4,
  /** "Reset a stream immediately. May be sent with a data or window update message." */
  RST = 8,
}

/** The reason carried in the length field of a GoAway frame. */
export enum GoAwayCode {
  Normal = 0,
  ProtocolError = 1,
  InternalError = 2,
}

export interface FrameHeader {
  readonly version: number;
  readonly type: FrameType;
  readonly flags: number;
  /** 0 for Ping and GoAway ("session" frames). */
  readonly streamId: number;
  /** Data: body length; WindowUpdate: window delta; Ping: opaque value; GoAway: GoAwayCode. */
  readonly length: number;
}

export interface Frame {
  readonly header: FrameHeader;
  /** Present on Data frames only (possibly empty). */
  readonly body?: Buffer;
}

/** Renders a header for logs and test failures, e.g. `WindowUpdate SYN|ACK stream=3 length=0`. */
export function stringifyHeader(header: FrameHeader): string {
  const type = FrameType[header.type] ?? `type(${header.type})`;
  const flags = (Object.keys(Flag) as Array<keyof typeof Flag>)
    .filter((name) => Number.isNaN(Number(name)) && (header.flags & Flag[name]) !== 0)
    .join('|');
  return `${type} ${flags || '-'} stream=${header.streamId} length=${header.length}`;
}
