import type { Socket } from 'node:net';
import { YamuxSession } from './session.js';
import { Decoder } from './decode.js';
import { encodeHeader } from './encode.js';
import { Flag, FrameType, GoAwayCode, type Frame, type FrameHeader } from './frame.js';
import {
  InvalidVersionError,
  KeepAliveTimeoutError,
  RemoteGoAwayError,
  RemoteProtocolError,
  SessionShutdownError,
  StreamResetError,
} from './errors.js';
import { unixSocketPair, type SocketPair } from '../testdata/socket-pair.js';
import { collect, pattern } from '../testdata/bytes.js';

/** The far end of the socket, speaking raw frames, to observe exactly what the session sends. */
class RawPeer {
  readonly frames: Frame[] = [];
  private readonly decoder = new Decoder({ maxBodyLength: 16 * 1024 * 1024 });
  private waiters: Array<() => void> = [];
  constructor(readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      for (const frame of this.decoder.emitFrames(chunk)) this.frames.push(frame);
      for (const wake of this.waiters.splice(0)) wake();
    });
    socket.on('error', () => undefined);
  }
  send(header: Omit<FrameHeader, 'version'>, body?: Buffer): void {
    this.socket.write(body ? Buffer.concat([encodeHeader(header), body]) : encodeHeader(header));
  }
  async waitFor(predicate: (frames: Frame[]) => boolean): Promise<void> {
    while (!predicate(this.frames)) await new Promise<void>((resolve) => this.waiters.push(resolve));
  }
  dataBytes(streamId: number): number {
    return this.frames.filter((f) => f.header.type === FrameType.Data && f.header.streamId === streamId).reduce((n, f) => n + f.header.length, 0);
  }
}

const settle = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

let pair: SocketPair;
const sessions: YamuxSession[] = [];
const session = (socket: Socket, role: 'client' | 'server', config = {}): YamuxSession => {
  const s = new YamuxSession(socket, { role, config: { enableKeepAlive: false, ...config } });
  sessions.push(s);
  return s;
};

beforeEach(async () => {
  pair = await unixSocketPair();
});
afterEach(() => {
  for (const s of sessions.splice(0)) s.close();
  pair.close();
});

describe('framing seen by the peer', () => {
  test.each([['client', 1], ['server', 2]] as const)('a %s opens stream %i with WindowUpdate SYN, data follows at once', async (role, id) => {
    const raw = new RawPeer(pair.server);
    const ours = session(pair.client, role);
    const stream = ours.open();
    stream.write('hi');
    await raw.waitFor((f) => f.length >= 2);
    expect(raw.frames[0]?.header).toMatchObject({ type: FrameType.WindowUpdate, flags: Flag.SYN, streamId: id, length: 0 });
    expect(raw.frames[1]).toMatchObject({ header: { type: FrameType.Data, flags: 0, streamId: id, length: 2 }, body: Buffer.from('hi') });
  });

  test('an accepted stream is acknowledged with WindowUpdate ACK', async () => {
    const raw = new RawPeer(pair.client);
    const ours = session(pair.server, 'server');
    raw.send({ type: FrameType.WindowUpdate, flags: Flag.SYN, streamId: 1, length: 0 });
    const stream = await ours.accept();
    expect(stream.id).toBe(1);
    await raw.waitFor((f) => f.length >= 1);
    expect(raw.frames[0]?.header).toMatchObject({ type: FrameType.WindowUpdate, flags: Flag.ACK, streamId: 1, length: 0 });
  });

  test('Ping SYN is answered with Ping ACK carrying the same opaque value', async () => {
    const raw = new RawPeer(pair.client);
    session(pair.server, 'server');
    raw.send({ type: FrameType.Ping, flags: Flag.SYN, streamId: 0, length: 0xdeadbeef });
    await raw.waitFor((f) => f.length >= 1);
    expect(raw.frames[0]?.header).toMatchObject({ type: FrameType.Ping, flags: Flag.ACK, streamId: 0, length: 0xdeadbeef });
  });
});

describe('flow control', () => {
  test("never sends beyond the peer's window; resumes exactly by each WindowUpdate", async () => {
    const raw = new RawPeer(pair.server);
    const stream = session(pair.client, 'client').open();
    let finished = false;
    stream.write(pattern(1024 * 1024), () => (finished = true));
    await raw.waitFor(() => raw.dataBytes(1) >= 256 * 1024);
    await settle(100);
    expect(raw.dataBytes(1)).toBe(256 * 1024);
    raw.send({ type: FrameType.WindowUpdate, flags: Flag.ACK, streamId: 1, length: 100_000 });
    await raw.waitFor(() => raw.dataBytes(1) >= 256 * 1024 + 100_000);
    await settle(100);
    expect(raw.dataBytes(1)).toBe(256 * 1024 + 100_000);
    expect(finished).toBe(false);
    raw.send({ type: FrameType.WindowUpdate, flags: 0, streamId: 1, length: 1024 * 1024 });
    await raw.waitFor(() => raw.dataBytes(1) >= 1024 * 1024);
    await settle(20);
    expect(finished).toBe(true);
  });

  test('grants window only after the reader consumed at least half of it', async () => {
    const raw = new RawPeer(pair.client);
    const ours = session(pair.server, 'server');
    raw.send({ type: FrameType.WindowUpdate, flags: Flag.SYN, streamId: 1, length: 0 });
    raw.send({ type: FrameType.Data, flags: 0, streamId: 1, length: 100 * 1024 }, pattern(100 * 1024));
    const stream = await ours.accept();
    const updates = (): Frame[] => raw.frames.filter((f) => f.header.type === FrameType.WindowUpdate && f.header.length > 0);
    await settle(100); // not read yet
    expect(updates()).toHaveLength(0);
    let read = 0;
    stream.on('data', (chunk: Buffer) => (read += chunk.length));
    await settle(50);
    expect(read).toBe(100 * 1024);
    expect(updates()).toHaveLength(0); // 100 KiB < half of 256 KiB
    raw.send({ type: FrameType.Data, flags: 0, streamId: 1, length: 100 * 1024 }, pattern(100 * 1024));
    await raw.waitFor(() => updates().length === 1);
    expect(updates()[0]?.header).toMatchObject({ streamId: 1, flags: 0, length: 200 * 1024 });
  });

  test('a frame beyond our window is a protocol error: GoAway(1) and the session ends', async () => {
    const raw = new RawPeer(pair.client);
    const ours = session(pair.server, 'server');
    raw.send({ type: FrameType.WindowUpdate, flags: Flag.SYN, streamId: 1, length: 0 });
    raw.send({ type: FrameType.Data, flags: 0, streamId: 1, length: 256 * 1024 }, pattern(256 * 1024));
    raw.send({ type: FrameType.Data, flags: 0, streamId: 1, length: 1 }, Buffer.of(1));
    await expect(ours.closed).resolves.toMatchObject({ name: 'ReceiveWindowExceededError' });
    await raw.waitFor((f) => f.some((x) => x.header.type === FrameType.GoAway));
    expect(raw.frames.find((x) => x.header.type === FrameType.GoAway)?.header.length).toBe(GoAwayCode.ProtocolError);
  });

  test('4 MiB each way between two sessions, read slowly on one side', async () => {
    const client = session(pair.client, 'client');
    const server = session(pair.server, 'server');
    const a = client.open();
    const accepted = server.accept();
    a.write(Buffer.alloc(0)); // SYN goes out with the first frame
    const b = await accepted;
    const up = pattern(4 * 1024 * 1024, 1);
    const down = pattern(4 * 1024 * 1024, 2);
    const atServer = new Promise<Buffer>((resolve) => {
      const parts: Buffer[] = [];
      b.on('readable', function pull() {
        // Slow consumer: at most 64 KiB per tick.
        const chunk: Buffer | null = b.read(Math.min(64 * 1024, b.readableLength || 1));
        if (chunk) parts.push(chunk);
        if (b.readableLength > 0) setImmediate(pull);
      });
      b.on('end', () => resolve(Buffer.concat(parts)));
    });
    const atClient = collect(a);
    a.end(up);
    b.end(down);
    const [gotUp, gotDown] = await Promise.all([atServer, atClient]);
    expect(gotUp.equals(up)).toBe(true);
    expect(gotDown.equals(down)).toBe(true);
    await settle(20);
    expect(client.numStreams).toBe(0);
    expect(server.numStreams).toBe(0);
  });
});

describe('stream lifecycle', () => {
  test('half-close: the reader sees end and can still answer', async () => {
    const client = session(pair.client, 'client');
    const server = session(pair.server, 'server');
    const a = client.open();
    a.end('question');
    const b = await server.accept();
    expect((await collect(b)).toString()).toBe('question');
    b.end('answer');
    expect((await collect(a)).toString()).toBe('answer');
  });

  test('reset() aborts the peer stream with StreamResetError', async () => {
    const client = session(pair.client, 'client');
    const server = session(pair.server, 'server');
    const a = client.open();
    a.write('x');
    const b = await server.accept();
    const failed = new Promise<Error>((resolve) => a.once('error', resolve));
    b.reset();
    await expect(failed).resolves.toBeInstanceOf(StreamResetError);
  });

  test('streams beyond the accept backlog are reset', async () => {
    const client = session(pair.client, 'client');
    session(pair.server, 'server', { acceptBacklog: 2 });
    const streams = [client.open(), client.open(), client.open()];
    const third = new Promise<Error>((resolve) => streams[2]?.once('error', resolve));
    for (const s of streams) s.write('x');
    await expect(third).resolves.toBeInstanceOf(StreamResetError);
  });

  test('after GoAway(normal) the peer may not open streams', async () => {
    const client = session(pair.client, 'client');
    const server = session(pair.server, 'server');
    server.goAway();
    await settle(50);
    expect(() => client.open()).toThrow(RemoteGoAwayError);
    expect(client.isClosed).toBe(false);
  });

  test('closing the session ends its streams and pending accepts', async () => {
    const client = session(pair.client, 'client');
    const server = session(pair.server, 'server');
    const a = client.open();
    const failed = new Promise<Error>((resolve) => a.once('error', resolve));
    const pending = server.accept();
    a.write('x');
    await pending;
    const next = server.accept();
    client.close();
    await expect(failed).resolves.toBeInstanceOf(SessionShutdownError);
    await expect(next).rejects.toBeInstanceOf(SessionShutdownError);
    await expect(server.closed).resolves.toBeInstanceOf(SessionShutdownError);
  });
});

describe('session failures', () => {
  test('garbage from the peer: GoAway(protocol error), closed with the decode error', async () => {
    const raw = new RawPeer(pair.client);
    const ours = session(pair.server, 'server');
    raw.socket.write(Buffer.from('GET / HTTP/1.1\r\n\r\n'));
    await expect(ours.closed).resolves.toBeInstanceOf(InvalidVersionError);
    await raw.waitFor((f) => f.length >= 1);
    expect(raw.frames[0]?.header).toMatchObject({ type: FrameType.GoAway, length: GoAwayCode.ProtocolError });
  });

  test('GoAway(protocol error) from the peer ends the session', async () => {
    const raw = new RawPeer(pair.client);
    const ours = session(pair.server, 'server');
    raw.send({ type: FrameType.GoAway, flags: 0, streamId: 0, length: GoAwayCode.ProtocolError });
    await expect(ours.closed).resolves.toBeInstanceOf(RemoteProtocolError);
  });

  test('keepalive pings count from 0; an unanswered one closes the session', async () => {
    const raw = new RawPeer(pair.client);
    const ours = new YamuxSession(pair.server, { role: 'server', config: { keepAliveInterval: 30, connectionWriteTimeout: 80 } });
    sessions.push(ours);
    await expect(ours.closed).resolves.toBeInstanceOf(KeepAliveTimeoutError);
    const pings = raw.frames.filter((f) => f.header.type === FrameType.Ping);
    expect(pings[0]?.header).toMatchObject({ flags: Flag.SYN, length: 0 });
    expect(pings[1]?.header).toMatchObject({ flags: Flag.SYN, length: 1 });
  });

  test('ping() measures a round trip to a live peer', async () => {
    const client = session(pair.client, 'client');
    session(pair.server, 'server');
    await expect(client.ping()).resolves.toBeGreaterThanOrEqual(0);
  });
});
