import { FrameType, HEADER_LENGTH, INITIAL_STREAM_WINDOW, PROTOCOL_VERSION, type Frame, type FrameHeader } from './frame.js';
import { FrameTooLargeError, InvalidFrameTypeError, InvalidVersionError, type ProtocolError } from './errors.js';

/** Decodes and validates the 12 header bytes at `offset`. Throws a ProtocolError subclass. */
export function decodeHeader(data: Uint8Array, offset = 0): FrameHeader {
  const view = new DataView(data.buffer, data.byteOffset + offset, HEADER_LENGTH);
  const version = view.getUint8(0);
  if (version !== PROTOCOL_VERSION) throw new InvalidVersionError(version);
  const type = view.getUint8(1);
  if (type > FrameType.GoAway) throw new InvalidFrameTypeError(type);
  return { version, type, flags: view.getUint16(2), streamId: view.getUint32(4), length: view.getUint32(8) };
}

export interface DecoderOptions {
  /** Largest Data body accepted: our receive window can never exceed it. */
  readonly maxBodyLength?: number;
}

/**
 * Incremental frame decoder. Bytes arrive in arbitrary pieces (Go writes header and body
 * with separate writes, and sockets split them again); a frame is cut only when its header
 * and whole body are present, and the remainder is kept for the next chunk.
 * After a ProtocolError the byte stream is desynchronised, so the decoder stays failed.
 */
export class Decoder {
  private readonly maxBodyLength: number;
  private chunks: Buffer[] = [];
  private length = 0;
  private header: FrameHeader | undefined;
  private failure: ProtocolError | undefined;

  constructor(options: DecoderOptions = {}) {
    this.maxBodyLength = options.maxBodyLength ?? INITIAL_STREAM_WINDOW;
  }

  /** Bytes received but not yet part of an emitted frame. */
  get bufferedLength(): number {
    return this.length;
  }

  /** Adds a chunk and yields every frame it completes. */
  *emitFrames(chunk: Uint8Array): Generator<Frame, void, undefined> {
    if (this.failure) throw this.failure;
    if (chunk.length > 0) {
      this.chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length));
      this.length += chunk.length;
    }
    try {
      for (;;) {
        if (!this.header) {
          if (this.length < HEADER_LENGTH) return;
          const header = decodeHeader(this.take(HEADER_LENGTH));
          if (header.type === FrameType.Data && header.length > this.maxBodyLength) {
            throw new FrameTooLargeError(header.length, this.maxBodyLength);
          }
          this.header = header;
        }
        const header = this.header;
        if (header.type !== FrameType.Data) {
          this.header = undefined;
          yield { header };
          continue;
        }
        if (this.length < header.length) return;
        const body = this.take(header.length);
        this.header = undefined;
        yield { header, body };
      }
    } catch (err) {
      this.failure = err as ProtocolError;
      this.chunks = [];
      this.length = 0;
      throw err;
    }
  }

  /** Removes `n` buffered bytes; zero-copy when they sit in one chunk. */
  private take(n: number): Buffer {
    this.length -= n;
    const first = this.chunks[0];
    if (n === 0) return Buffer.alloc(0);
    if (first !== undefined && first.length >= n) {
      if (first.length === n) this.chunks.shift();
      else this.chunks[0] = first.subarray(n);
      return first.subarray(0, n);
    }
    const out = Buffer.allocUnsafe(n);
    let filled = 0;
    while (filled < n) {
      const chunk = this.chunks[0] as Buffer;
      const used = Math.min(chunk.length, n - filled);
      chunk.copy(out, filled, 0, used);
      filled += used;
      if (used === chunk.length) this.chunks.shift();
      else this.chunks[0] = chunk.subarray(used);
    }
    return out;
  }
}
