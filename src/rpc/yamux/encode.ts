import { HEADER_LENGTH, PROTOCOL_VERSION, type FrameHeader } from './frame.js';

/** Encodes a frame header; the version is always PROTOCOL_VERSION whatever `header.version` says. */
export function encodeHeader(header: Omit<FrameHeader, 'version'>): Buffer {
  const out = Buffer.allocUnsafe(HEADER_LENGTH);
  out.writeUInt8(PROTOCOL_VERSION, 0);
  out.writeUInt8(header.type, 1);
  out.writeUInt16BE(header.flags, 2);
  out.writeUInt32BE(header.streamId >>> 0, 4);
  out.writeUInt32BE(header.length >>> 0, 8);
  return out;
}
