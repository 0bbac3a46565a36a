// yamux as hashicorp/yamux speaks it (spec.md, const.go, session.go, stream.go).

// Sessions and streams
export { YamuxSession, type SessionOptions, type SessionRole } from './session.js';
export { YamuxStream, type YamuxStreamInit } from './stream.js';
export { defaultConfig, resolveConfig, type Config } from './config.js';

// Frames and codec
export {
  Flag,
  FrameType,
  GoAwayCode,
  HEADER_LENGTH,
  INITIAL_STREAM_WINDOW,
  PROTOCOL_VERSION,
  stringifyHeader,
  type Frame,
  type FrameHeader,
} from './frame.js';
export { encodeHeader } from './encode.js';
export { Decoder, decodeHeader, type DecoderOptions } from './decode.js';

// Errors
export {
  ConfigError,
  DuplicateStreamError,
  FrameTooLargeError,
  InvalidFrameTypeError,
  InvalidVersionError,
  KeepAliveTimeoutError,
  ProtocolError,
  ReceiveWindowExceededError,
  RemoteGoAwayError,
  RemoteProtocolError,
  SessionShutdownError,
  StreamClosedError,
  StreamResetError,
  StreamsExhaustedError,
  TimeoutError,
  YamuxError,
} from './errors.js';
