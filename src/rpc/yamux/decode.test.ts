import { randomBytes } from 'node:crypto';
import { Decoder, decodeHeader } from './decode.js';
import { encodeHeader } from './encode.js';
import { Flag, FrameType, stringifyHeader, type Frame, type FrameHeader } from './frame.js';
import { FrameTooLargeError, InvalidFrameTypeError, InvalidVersionError, ProtocolError } from './errors.js';

/** A naive reference decoder (DataView, no streaming) to test against, as libp2p-yamux does. */
function naiveFrames(bytes: Buffer): Array<{ header: FrameHeader; body?: string }> {
  const out: Array<{ header: FrameHeader; body?: string }> = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  for (let at = 0; at + 12 <= bytes.length; ) {
    const header = { version: view.getUint8(at), type: view.getUint8(at + 1), flags: view.getUint16(at + 2), streamId: view.getUint32(at + 4), length: view.getUint32(at + 8) };
    const bodyLength = header.type === FrameType.Data ? header.length : 0;
    if (at + 12 + bodyLength > bytes.length) break;
    out.push(header.type === FrameType.Data ? { header, body: bytes.subarray(at + 12, at + 12 + bodyLength).toString('hex') } : { header });
    at += 12 + bodyLength;
  }
  return out;
}

const simplify = (frames: Frame[]): Array<{ header: FrameHeader; body?: string }> =>
  frames.map((f) => (f.body ? { header: f.header, body: f.body.toString('hex') } : { header: f.header }));

const headers: Array<Omit<FrameHeader, 'version'>> = [
  { type: FrameType.WindowUpdate, flags: Flag.SYN, streamId: 1, length: 0 },
  { type: FrameType.WindowUpdate, flags: Flag.ACK | Flag.FIN, streamId: 0xfffffffe, length: 0xffffffff },
  { type: FrameType.Ping, flags: Flag.SYN, streamId: 0, length: 0xffffffff },
  { type: FrameType.GoAway, flags: 0, streamId: 0, length: 2 },
  { type: FrameType.Data, flags: Flag.RST | Flag.SYN | Flag.ACK | Flag.FIN, streamId: 7, length: 0 },
];

describe('frame header codec', () => {
  test.each(headers)('round-trips %j', (header) => {
    const bytes = encodeHeader(header);
    expect(bytes.length).toBe(12);
    expect(decodeHeader(bytes)).toEqual({ version: 0, ...header });
    expect(naiveFrames(Buffer.concat([bytes, Buffer.alloc(header.type === FrameType.Data ? header.length : 0)]))[0]?.header)
      .toEqual({ version: 0, ...header });
  });

  test('matches the bytes captured from Go (TRACES.md §2)', () => {
    expect(encodeHeader({ type: FrameType.WindowUpdate, flags: Flag.SYN, streamId: 1, length: 0 }).toString('hex')).toBe('000100010000000100000000');
    expect(encodeHeader({ type: FrameType.Data, flags: 0, streamId: 1, length: 0x11a }).toString('hex')).toBe('00000000000000010000011a');
    expect(stringifyHeader(decodeHeader(Buffer.from('000200020000000000000007', 'hex')))).toBe('Ping ACK stream=0 length=7');
  });

  test('rejects a bad version and an unknown type with typed errors', () => {
    expect(() => decodeHeader(Buffer.from('010000000000000100000000', 'hex'))).toThrow(InvalidVersionError);
    expect(() => decodeHeader(Buffer.from('000400000000000100000000', 'hex'))).toThrow(InvalidFrameTypeError);
  });
});

describe('Decoder', () => {
  const stream = Buffer.concat([
    encodeHeader({ type: FrameType.WindowUpdate, flags: Flag.SYN, streamId: 1, length: 0 }),
    encodeHeader({ type: FrameType.Data, flags: 0, streamId: 1, length: 4 }), Buffer.of(1, 0, 0, 0),
    encodeHeader({ type: FrameType.Ping, flags: Flag.SYN, streamId: 0, length: 9 }),
    encodeHeader({ type: FrameType.Data, flags: Flag.FIN, streamId: 3, length: 0 }),
    encodeHeader({ type: FrameType.Data, flags: 0, streamId: 3, length: 70_000 }), randomBytes(70_000),
    encodeHeader({ type: FrameType.GoAway, flags: 0, streamId: 0, length: 0 }),
  ]);

  test('random chunking gives the reference frames', () => {
    const expected = naiveFrames(stream);
    expect(expected).toHaveLength(6);
    for (let round = 0; round < 200; round++) {
      const decoder = new Decoder();
      const frames: Frame[] = [];
      for (let at = 0; at < stream.length; ) {
        const size = 1 + Math.floor(Math.random() * (round % 2 ? 64 : 20_000));
        frames.push(...decoder.emitFrames(stream.subarray(at, at + size)));
        at += size;
      }
      expect(simplify(frames)).toEqual(expected);
      expect(decoder.bufferedLength).toBe(0);
    }
  });

  test('refuses a Data frame longer than the receive window before buffering it', () => {
    const decoder = new Decoder({ maxBodyLength: 1024 });
    const header = encodeHeader({ type: FrameType.Data, flags: 0, streamId: 1, length: 1025 });
    expect(() => [...decoder.emitFrames(header)]).toThrow(FrameTooLargeError);
    // The byte stream is desynchronised: the decoder stays failed.
    expect(() => [...decoder.emitFrames(encodeHeader(headers[0] as FrameHeader))]).toThrow(FrameTooLargeError);
  });

  test('fuzz: garbage only ever yields frames or a ProtocolError, and a fresh decoder still works', () => {
    const valid = naiveFrames(stream);
    for (let round = 0; round < 3000; round++) {
      const decoder = new Decoder();
      const garbage = randomBytes(1 + Math.floor(Math.random() * 200));
      // Bias towards plausible headers so that deeper paths are reached too.
      if (round % 3 === 0) garbage[0] = 0;
      if (round % 3 === 0 && garbage.length > 1) garbage[1] = (garbage[1] as number) % 5;
      try {
        for (let at = 0; at < garbage.length; at += 7) {
          for (const frame of decoder.emitFrames(garbage.subarray(at, at + 7))) expect(frame.header.version).toBe(0);
        }
      } catch (err) {
        expect(err).toBeInstanceOf(ProtocolError);
      }
      const fresh = new Decoder();
      expect(simplify([...fresh.emitFrames(stream)])).toEqual(valid);
    }
  });
});
