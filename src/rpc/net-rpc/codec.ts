import type { Duplex } from 'node:stream';
import { Decoder, Encoder } from '@msgpack/msgpack';
import { RpcProtocolError, ShutdownError } from './errors.js';

/**
 * ugorji `codec.GoRpc` with `MsgpackHandle{WriteExt: true}`: a message is a header value
 * followed by a body value, bare msgpack back to back. Strings go out as str (str8 included),
 * Uint8Array as bin, Date as the timestamp extension (-1), undefined as nil.
 */
const encoder = new Encoder();

/** Limits for untrusted input: nothing in Packer's protocol comes near them. */
const decoderOptions = {
  maxStrLength: 64 * 1024 * 1024,
  maxBinLength: 256 * 1024 * 1024,
  maxArrayLength: 1024 * 1024,
  maxMapLength: 1024 * 1024,
  maxExtLength: 1024 * 1024,
};

/** Header and body as one buffer, so concurrent replies never interleave on the stream. */
export function encodeMessage(header: unknown, body: unknown): Buffer {
  return Buffer.concat([encoder.encode(header), encoder.encode(body)]);
}

export interface Message {
  readonly header: unknown;
  readonly body: unknown;
}

/**
 * Yields (header, body) pairs until the stream ends. A stream ending between messages is
 * the normal end; anything else (bad msgpack, truncated message) throws RpcProtocolError,
 * and a destroyed stream throws ShutdownError.
 */
export async function* readMessages(stream: Duplex): AsyncGenerator<Message, void, undefined> {
  const values = new Decoder(decoderOptions).decodeStream(stream);
  try {
    for (;;) {
      const header = await values.next();
      if (header.done) return;
      const body = await values.next();
      if (body.done) throw new RpcProtocolError('net/rpc message truncated after its header');
      yield { header: header.value, body: body.value };
    }
  } catch (err) {
    if (err instanceof RpcProtocolError) throw err;
    const code = (err as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('ERR_STREAM')) throw new ShutdownError();
    const message = err instanceof Error ? err.message : String(err);
    if (err instanceof Error && (err.name === 'DecodeError' || err instanceof RangeError)) {
      throw new RpcProtocolError(`net/rpc message is not valid msgpack: ${message}`);
    }
    throw new ShutdownError(`connection is shut down: ${message}`);
  }
}
