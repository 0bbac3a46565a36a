import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Decoder } from './decode.js';
import { Flag, FrameType, type Frame } from './frame.js';
import { straceConnections } from '../testdata/strace-connections.js';

// Captured Packer 1.6.6 plugin connections (TRACES.md), re-fed split at many offsets.
const TRACES = '/work/shared/protocol/traces';

function decodeAll(pieces: Buffer[]): { frames: Frame[]; rest: number } {
  const decoder = new Decoder();
  const frames: Frame[] = [];
  for (const piece of pieces) frames.push(...decoder.emitFrames(piece));
  return { frames, rest: decoder.bufferedLength };
}

function sameFrames(a: Frame[], b: Frame[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((f, i) => {
    const g = b[i] as Frame;
    const h = f.header;
    const k = g.header;
    return h.type === k.type && h.flags === k.flags && h.streamId === k.streamId && h.length === k.length &&
      (f.body === undefined ? g.body === undefined : g.body !== undefined && f.body.equals(g.body));
  });
}

/** Every offset in the first 4 KiB, then every 97th. */
function splitOffsets(length: number): number[] {
  const offsets: number[] = [];
  for (let i = 1; i < length; i += i < 4096 ? 1 : 97) offsets.push(i);
  return offsets;
}

const captures = readdirSync(TRACES)
  .filter((d) => d.startsWith('run'))
  .flatMap((run) => readdirSync(join(TRACES, run)).filter((f) => f.endsWith('.strace')).map((f) => join(run, f)));

describe('Decoder on captured Packer 1.6.6 connections', () => {
  test('the captures are present', () => {
    expect(captures.length).toBeGreaterThanOrEqual(7);
  });

  test.each(captures)('%s: any split gives the unsplit frames', (capture) => {
    const directions = straceConnections(join(TRACES, capture));
    expect(directions.size).toBeGreaterThan(0);
    for (const [key, bytes] of directions) {
      const whole = decodeAll([bytes]);
      expect(whole.frames.length).toBeGreaterThan(0);
      for (const at of splitOffsets(bytes.length)) {
        const split = decodeAll([bytes.subarray(0, at), bytes.subarray(at)]);
        if (!sameFrames(whole.frames, split.frames) || split.rest !== whole.rest) {
          throw new Error(`${capture} ${key}: split at ${at} of ${bytes.length} decodes differently`);
        }
      }
      // Byte by byte over the first 2 KiB, as the worst case of tiny reads.
      const head = bytes.subarray(0, Math.min(bytes.length, 2048));
      const bytewise = decodeAll([...head].map((b) => Buffer.of(b)));
      expect(sameFrames(bytewise.frames, decodeAll([head]).frames)).toBe(true);
    }
  });

  test('run1 opens like TRACES.md §2: SYN on stream 1, then broker id 0', () => {
    const directions = [...straceConnections(join(TRACES, 'run1/raw.strace')).values()];
    const opener = directions.map((b) => decodeAll([b]).frames).find((f) => f[0]?.header.flags === Flag.SYN);
    expect(opener?.[0]?.header).toMatchObject({ type: FrameType.WindowUpdate, streamId: 1, length: 0 });
    expect(opener?.[1]?.header).toMatchObject({ type: FrameType.Data, streamId: 1, length: 4 });
    expect(opener?.[1]?.body).toEqual(Buffer.of(0, 0, 0, 0));
  });
});
