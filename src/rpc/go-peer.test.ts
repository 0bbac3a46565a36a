import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Socket } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { YamuxSession, type SessionRole } from './yamux/session.js';
import { RemoteProtocolError, SessionShutdownError } from './yamux/errors.js';
import { encodeHeader } from './yamux/encode.js';
import { FrameType, GoAwayCode } from './yamux/frame.js';
import { MuxBroker } from './mux-broker.js';
import { RpcClient } from './net-rpc/client.js';
import { RpcServer } from './net-rpc/server.js';
import { RpcError } from './net-rpc/errors.js';
import { buildGoPeer, goMissing } from './testdata/go-peer.js';
import { collect, pattern, sha256 } from './testdata/bytes.js';

// Interop with the real Go libraries Packer 1.6.6 used: hashicorp/yamux and ugorji's
// GoRpc msgpack codec (testdata/go-peer). Broker ids the Go peer serves: 1 echo, 2 net/rpc.
const missing = goMissing();
if (missing) console.log(`Skipping the Go interop tests: ${missing}`);
const describeGo = missing ? describe.skip : describe;

interface Peer {
  readonly session: YamuxSession;
  readonly broker: MuxBroker;
  readonly socket: Socket;
  readonly child: ChildProcess;
  readonly exited: Promise<number | null>;
  stderr(): string;
  stop(): Promise<void>;
}

let binary = '';

async function startPeer(ourRole: SessionRole): Promise<Peer> {
  const dir = mkdtempSync(join(tmpdir(), 'go-peer-run-'));
  const path = join(dir, 'sock');
  const listener = createServer();
  const connected = new Promise<Socket>((resolve) => listener.once('connection', resolve));
  await new Promise<void>((resolve) => listener.listen(path, resolve));
  const child = spawn(binary, [ourRole === 'client' ? 'server' : 'client', path], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const socket = await Promise.race([
    connected,
    exited.then((code) => Promise.reject(new Error(`go-peer exited (${code}) before connecting:\n${stderr}`))),
  ]);
  listener.close();
  const session = new YamuxSession(socket, { role: ourRole });
  const broker = new MuxBroker(session);
  void broker.run();
  return {
    session,
    broker,
    socket,
    child,
    exited,
    stderr: () => stderr,
    stop: async () => {
      session.close();
      if (child.exitCode === null) child.kill('SIGKILL');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

describeGo('Go peer (hashicorp/yamux + ugorji GoRpc, Packer 1.6.6 versions)', () => {
  beforeAll(async () => {
    binary = await buildGoPeer();
  }, 300_000);
  afterAll(() => {
    if (binary) rmSync(dirname(binary), { recursive: true, force: true });
  });

  describe.each<SessionRole>(['client', 'server'])('our session as yamux %s', (role) => {
    let peer: Peer;
    beforeEach(async () => {
      peer = await startPeer(role);
    });
    afterEach(async () => {
      await peer.stop();
    });

    test('net/rpc calls into Go: replies, Go error texts, concurrent calls matched by Seq', async () => {
      const client = new RpcClient(await peer.broker.dial(2));
      const args = { Text: 'héllo wörld', N: 300, Bytes: Uint8Array.of(0, 1, 255), Map: { a: 'x', b: 1.5, c: [1, 'two'] } };
      const reply = await client.call('Peer.Echo', args);
      expect(reply).toEqual({ ...args, Keys: expect.arrayContaining(['a', 'b', 'c']) });

      await expect(client.call('Peer.Fail', 'it broke')).rejects.toThrow(new RpcError('Peer.Fail', 'it broke'));
      await expect(client.call('Peer.Fail', 'x')).rejects.toBeInstanceOf(RpcError);
      await expect(client.call('Peer.Nope', null)).rejects.toThrow("rpc: can't find method Peer.Nope");
      await expect(client.call('Nobody.Nope', null)).rejects.toThrow("rpc: can't find service Nobody.Nope");

      const many = await Promise.all(Array.from({ length: 50 }, (_, n) => client.call('Peer.Echo', { Text: `call ${n}`, N: n })));
      many.forEach((r, n) => expect(r).toMatchObject({ Text: `call ${n}`, N: n }));
      client.close();
    });

    test('2.5 MiB through one stream both ways at once (windows), ended by half-close', async () => {
      const stream = await peer.broker.dial(1);
      const data = pattern(2.5 * 1024 * 1024);
      const echoed = collect(stream);
      stream.end(data);
      const back = await echoed;
      expect(back.length).toBe(data.length);
      expect(back.equals(data)).toBe(true);
    });

    test('Go dials an id we accept and calls our net/rpc server', async () => {
      const client = new RpcClient(await peer.broker.dial(2));
      const server = new RpcServer().registerService('Ts', {
        Greet: (name) => `hello ${String(name)}`,
        Fail: (message) => {
          throw new Error(String(message));
        },
      });
      const id = peer.broker.nextId();
      const served = peer.broker.accept(id).then((stream) => server.serve(stream));
      await expect(client.call('Peer.CallBack', { Id: id, Name: 'packer' })).resolves.toEqual(['hello packer', 'boom from go']);
      await served; // the Go client closed its side, so the serve loop ended
      client.close();
    });

    test('Go opens a stream and pumps 1.5 MiB each way through it', async () => {
      const client = new RpcClient(await peer.broker.dial(2));
      const ours = pattern(1.5 * 1024 * 1024 + 17, 5);
      const id = peer.broker.nextId();
      const exchanged = peer.broker.accept(id).then(async (stream) => {
        const got = collect(stream);
        stream.end(ours);
        return got;
      });
      const reply = await client.call('Peer.Pump', { Id: id, Size: 1.5 * 1024 * 1024 });
      const got = await exchanged;
      expect(reply).toEqual({ SentSum: sha256(got), Received: ours.length, ReceivedSum: sha256(ours) });
      expect(got.length).toBe(1.5 * 1024 * 1024);
      client.close();
    });

    test('pings both ways are answered', async () => {
      await expect(peer.session.ping()).resolves.toBeGreaterThanOrEqual(0);
      const client = new RpcClient(await peer.broker.dial(2));
      const rtt = await client.call('Peer.Ping', null);
      expect(typeof rtt).toBe('number');
      expect(rtt).toBeGreaterThan(0);
      client.close();
    });

    test('when Go closes the session ours shuts down and refuses new streams', async () => {
      const client = new RpcClient(await peer.broker.dial(2));
      await client.call('Peer.Shutdown', null);
      await expect(peer.session.closed).resolves.toBeInstanceOf(SessionShutdownError);
      expect(() => peer.session.open()).toThrow(SessionShutdownError);
      await expect(peer.exited).resolves.toBe(0);
    });

    test('Go enforces the window: a frame beyond it ends the session', async () => {
      const stream = peer.session.open();
      stream.on('error', () => undefined);
      // Go judges the header alone, then hangs up: sending only the header avoids EPIPE races.
      peer.socket.write(encodeHeader({ type: FrameType.Data, flags: 0, streamId: stream.id, length: 256 * 1024 + 1 }));
      // This yamux revision queues GoAway(protocol error) and closes the connection in a race
      // with writing it: we see either that GoAway or the bare hang-up, never anything else.
      const why = await peer.session.closed;
      if (why instanceof RemoteProtocolError) expect(why.code).toBe(GoAwayCode.ProtocolError);
      else expect(why).toBeInstanceOf(SessionShutdownError);
      // Go's log line travels on its stderr pipe, which may be read after the socket closed.
      await stderrSettles(peer.stderr, 'receive window exceeded');
      expect(peer.stderr()).toContain('receive window exceeded');
    });
  });
});

/** Waits (at most 5 s) until the peer's stderr holds `text`; the assertion after it decides. */
async function stderrSettles(read: () => string, text: string): Promise<void> {
  for (let waited = 0; waited < 5000 && !read().includes(text); waited += 50) {
    await new Promise((r) => setTimeout(r, 50));
  }
}
