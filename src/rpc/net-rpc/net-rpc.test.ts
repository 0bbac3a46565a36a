import { Duplex, PassThrough } from 'node:stream';
import { YamuxSession } from '../yamux/session.js';
import { Decoder } from '../yamux/decode.js';
import { FrameType, Flag } from '../yamux/frame.js';
import { RpcClient } from './client.js';
import { RpcServer } from './server.js';
import { readMessages, encodeMessage } from './codec.js';
import { RpcError, RpcProtocolError, ShutdownError } from './errors.js';
import { unixSocketPair, type SocketPair } from '../testdata/socket-pair.js';
import { straceConnections } from '../testdata/strace-connections.js';

let pair: SocketPair;
let client: YamuxSession;
let server: YamuxSession;

beforeEach(async () => {
  pair = await unixSocketPair();
  client = new YamuxSession(pair.client, { role: 'client', config: { enableKeepAlive: false } });
  server = new YamuxSession(pair.server, { role: 'server', config: { enableKeepAlive: false } });
});
afterEach(() => {
  client.close();
  server.close();
  pair.close();
});

async function connect(rpc: RpcServer): Promise<{ caller: RpcClient; served: Promise<void> }> {
  const stream = client.open();
  const caller = new RpcClient(stream);
  const served = server.accept().then((s) => rpc.serve(s));
  return { caller, served };
}

describe('net/rpc client and server', () => {
  test('calls on one stream run concurrently and are answered out of order (Hook.Run vs Ui.Say)', async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const said: unknown[] = [];
    const rpc = new RpcServer()
      .register('Hook.Run', async () => {
        await released;
        return null;
      })
      .register('Ui.Say', (message) => {
        said.push(message);
        if (message === 'done') release();
        return null;
      });
    const { caller, served } = await connect(rpc);
    const order: string[] = [];
    const hook = caller.call('Hook.Run', { Name: 'packer_provision', Data: null, StreamId: 1 }).then(() => order.push('hook'));
    await caller.call('Ui.Say', 'one').then(() => order.push('say'));
    await caller.call('Ui.Say', 'done').then(() => order.push('say'));
    await hook;
    expect(order).toEqual(['say', 'say', 'hook']);
    expect(said).toEqual(['one', 'done']);
    caller.close();
    await served;
  });

  test("errors carry Go's texts; dynamic services split at the last dot", async () => {
    const rpc = new RpcServer()
      .register('Provisioner.Provision', () => {
        throw new Error('Script exited with non-zero exit status: 7.Allowed exit codes are: [0]');
      })
      .registerService('Uiupload.txtGmu8Lf', { Add: (n) => (typeof n === 'number' ? n + 1 : 0) });
    const { caller } = await connect(rpc);
    const failure = caller.call('Provisioner.Provision', { GeneratedData: {}, StreamID: 1 });
    await expect(failure).rejects.toBeInstanceOf(RpcError);
    await expect(failure).rejects.toThrow('Script exited with non-zero exit status: 7.Allowed exit codes are: [0]');
    await expect(caller.call('Provisioner.Nope', null)).rejects.toThrow("rpc: can't find method Provisioner.Nope");
    await expect(caller.call('Builder.Run', 1)).rejects.toThrow("rpc: can't find service Builder.Run");
    await expect(caller.call('NoDot', null)).rejects.toThrow('rpc: service/method request ill-formed: NoDot');
    await expect(caller.call('Uiupload.txtGmu8Lf.Add', 10)).resolves.toBe(11);
    rpc.unregisterService('Uiupload.txtGmu8Lf');
    await expect(caller.call('Uiupload.txtGmu8Lf.Add', 10)).rejects.toThrow("rpc: can't find service Uiupload.txtGmu8Lf.Add");
  });

  test('bytes on the wire are what TRACES.md §3.3 shows for Builder.Run', async () => {
    const wire = new PassThrough();
    const caller = new RpcClient(Duplex.from({ readable: new PassThrough(), writable: wire }));
    const chunks: Buffer[] = [];
    wire.on('data', (c: Buffer) => chunks.push(c));
    void caller.call('Builder.Prepare', { Configs: [] }).catch(() => undefined);
    void caller.call('Builder.Run', 1).catch(() => undefined);
    await new Promise((resolve) => setImmediate(resolve));
    const second = Buffer.concat(chunks).subarray(encodeMessage({ ServiceMethod: 'Builder.Prepare', Seq: 0 }, { Configs: [] }).length);
    expect(second.toString('hex')).toBe(
      Buffer.concat([Buffer.of(0x82, 0xad), Buffer.from('ServiceMethod'), Buffer.of(0xab), Buffer.from('Builder.Run'), Buffer.of(0xa3), Buffer.from('Seq'), Buffer.of(0x01, 0x01)]).toString('hex'),
    );
  });

  test('a stream that dies fails pending calls with ShutdownError; garbage with RpcProtocolError', async () => {
    const hang = new RpcServer().register('Builder.Run', () => new Promise(() => undefined));
    const { caller } = await connect(hang);
    const pending = caller.call('Builder.Run', 1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    client.close();
    await expect(pending).rejects.toBeInstanceOf(ShutdownError);
    await expect(caller.call('Builder.Run', 1)).rejects.toBeInstanceOf(ShutdownError);

    const inbound = new PassThrough();
    const garbled = new RpcClient(Duplex.from({ readable: inbound, writable: new PassThrough().resume() }));
    const call = garbled.call('X.Y', null);
    inbound.write(Buffer.of(0xc1)); // never used in msgpack
    await expect(call).rejects.toBeInstanceOf(RpcProtocolError);
  });
});

describe('decoding messages captured from Go (ugorji 1.2, Debian packer 1.6.6)', () => {
  /** The bytes of yamux stream 1 after the 4-byte broker preamble, per direction. */
  function stream1(): Buffer[] {
    const out: Buffer[] = [];
    for (const bytes of straceConnections('/work/shared/protocol/traces/run1/raw.strace').values()) {
      const frames = [...new Decoder().emitFrames(bytes)];
      const first = frames[0]?.header;
      if (!first || first.streamId !== 1) continue;
      const body = Buffer.concat(frames.filter((f) => f.header.streamId === 1 && f.header.type === FrameType.Data).map((f) => f.body as Buffer));
      out[first.flags & Flag.SYN ? 0 : 1] = body.subarray(4);
      if (out[0] && out[1]) break;
    }
    return out;
  }

  test('Builder.Prepare request and response (TRACES.md §3.1, §3.2)', async () => {
    const [fromCore, fromPlugin] = stream1();
    const requests = [];
    for await (const m of readMessages(new PassThrough().end(fromCore))) requests.push(m);
    expect(requests[0]?.header).toEqual({ ServiceMethod: 'Builder.Prepare', Seq: 0 });
    expect(requests[0]?.body).toMatchObject({
      Configs: [{ source: 'source.txt', target: 'out-one.txt' }, { packer_builder_type: 'file', packer_debug: false, packer_core_version: '1.6.6' }],
    });
    expect(requests[1]).toEqual({ header: { ServiceMethod: 'Builder.Run', Seq: 1 }, body: 1 });
    const responses = [];
    for await (const m of readMessages(new PassThrough().end(fromPlugin))) responses.push(m);
    expect(responses[0]).toEqual({
      header: { ServiceMethod: 'Builder.Prepare', Seq: 0, Error: '' },
      body: { GeneratedVars: null, Warnings: [], Error: null },
    });
  });
});
