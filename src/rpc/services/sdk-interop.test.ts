import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import type { Artifact, Hook } from '../../sdk/index.js';
import { RecordingUi } from '../../sdk/ui.mock.js';
import { LocalCommunicator } from '../../communicator/local.js';
import { MuxBroker } from '../mux-broker.js';
import { RpcClient, RpcServer } from '../net-rpc/index.js';
import { YamuxSession } from '../yamux/index.js';
import { goMissing } from '../testdata/go-peer.js';
import { pattern, sha256 } from '../testdata/bytes.js';
import { buildSdkPeer, startSdkPeer, type SdkPeer } from './testdata/sdk-peer.js';
import { communicatorClient, fetchArtifact, hookClient, registerArtifact, registerCommunicator, registerHook, registerUi, uiClient } from './index.js';

// Interop with the current packer-plugin-sdk rpc package (testdata/sdk-peer): its clients drive
// our servers, and our clients drive its servers.
const missing = goMissing();
if (missing) console.log(`Skipping the packer-plugin-sdk interop tests: ${missing}`);
const describeGo = missing ? describe.skip : describe;

const MiB = pattern(1024 * 1024);

function sink(): { stream: PassThrough; bytes: () => Buffer } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return { stream, bytes: () => Buffer.concat(chunks) };
}

describeGo('packer-plugin-sdk rpc (current)', () => {
  let binary = '';
  let peer: SdkPeer | undefined;
  let session: YamuxSession | undefined;
  let dir = '';
  beforeAll(async () => {
    binary = await buildSdkPeer();
  }, 600_000);
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ib-sdk-'));
  });
  afterEach(async () => {
    session?.close();
    await peer?.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  afterAll(() => {
    if (binary) rmSync(dirname(binary), { recursive: true, force: true });
  });

  it("lets the SDK's clients drive our Ui, Artifact, Communicator and Hook servers", async () => {
    peer = await startSdkPeer(binary, 'drive', dir);
    session = new YamuxSession(peer.socket, { role: 'server' });
    const broker = new MuxBroker(session);
    void broker.run();
    mkdirSync(join(dir, 'tree'));
    writeFileSync(join(dir, 'tree', 't.txt'), 'T');
    const ui = new RecordingUi(['Ada']);
    let destroyed = 0;
    const artifact: Artifact = {
      builderId: () => 'ts.builder',
      files: () => ['f1'],
      id: () => 'ts-id',
      string: () => 'a TS artifact',
      state: (name) => (name === 'generated_data' ? { Host: 'h', Port: 22 } : undefined),
      destroy: async () => void destroyed++,
    };
    const hook: Hook = {
      run: async (name, hookUi, comm, data, signal) => {
        if (name === 'wait-for-cancel') {
          await new Promise((resolve) => signal.addEventListener('abort', resolve));
          throw new Error('ts hook cancelled');
        }
        const { ID, Port } = data as { ID: string; Port: number };
        hookUi.say(`ts hook ${name} ID=${ID} Port=${Port}`);
        const out = sink();
        const { exitStatus } = await comm!.start({ command: 'cat; exit 6', stdin: Readable.from([MiB]), stdout: out.stream });
        hookUi.message(`cmd ${exitStatus} ${sha256(out.bytes()) === sha256(MiB)}`);
        await comm!.upload(join(dir, 'via-go.bin'), Readable.from([MiB]), { name: 'via-go.bin', size: MiB.length, mode: 0o600, mtime: new Date() });
        const down = sink();
        await comm!.download(join(dir, 'via-go.bin'), down.stream);
        hookUi.message(`transfer ${sha256(down.bytes()) === sha256(MiB)} ${(statSync(join(dir, 'via-go.bin')).mode & 0o777).toString(8)}`);
      },
    };
    const server = new RpcServer();
    registerUi(server, ui);
    registerArtifact(server, artifact);
    registerCommunicator(server, new LocalCommunicator(), broker);
    registerHook(server, hook, broker);
    void broker.accept(0).then((stream) => server.serve(stream));

    expect(await peer.report('ask')).toEqual(['Ada', null]);
    expect(await peer.report('track')).toEqual(['0123456789', null]);
    expect(ui.lines.slice(0, 5)).toEqual(['say: hello', 'message: detail', 'error: oops', 'machine: artifact,0,id,x', 'ask: name?']);
    expect(await peer.report('artifact')).toEqual(['ts.builder', ['f1'], 'ts-id', 'a TS artifact', { Host: 'h', Port: 22 }, null, null]);
    expect(destroyed).toBe(1);
    expect(await peer.report('cat')).toEqual([null, 0, sha256(MiB), 'done\n']);
    for (const status of [0, 3, 255]) expect(await peer.report(`exit ${status}`)).toEqual([null, status]);
    expect(await peer.report('upload')).toBeNull();
    expect(sha256(readFileSync(join(dir, 'up.bin')))).toBe(sha256(MiB));
    expect(statSync(join(dir, 'up.bin')).mode & 0o777).toBe(0o640);
    expect(await peer.report('download')).toEqual([null, sha256(MiB)]);
    expect(await peer.report('download missing')).toBe(`open ${join(dir, 'missing')}: no such file or directory`);
    expect(await peer.report('uploaddir')).toBeNull();
    expect(readFileSync(join(dir, 'copy', 't.txt'), 'utf8')).toBe('T');
    expect(await peer.report('hook')).toBeNull();
    const hookLines = peer.reports().filter((r) => r.step.startsWith('ui.')).map((r) => `${r.step} ${String(r.value)}`);
    expect(hookLines).toEqual(['ui.say ts hook packer_provision ID=abc Port=22', 'ui.message cmd 6 true', 'ui.message transfer true 600']);
    expect(await peer.report('hook cancel')).toBe('ts hook cancelled');
    await peer.report('end');
    expect(peer.stderr()).not.toMatch(/Error in|\[ERR\]/);
  }, 60_000);

  it("drives the SDK's Ui, Artifact, Communicator and Hook servers with our clients", async () => {
    peer = await startSdkPeer(binary, 'serve', dir);
    session = new YamuxSession(peer.socket, { role: 'client' });
    const broker = new MuxBroker(session);
    void broker.run();
    await peer.report('serving');
    const client = new RpcClient(await broker.dial(0));

    const ui = uiClient(client);
    ui.say('s');
    ui.message('m');
    ui.error('e');
    ui.machine('cat', 'a', 'b');
    expect(await Promise.all([ui.ask('q1'), ui.ask('q2')])).toEqual(['answer to q1', 'answer to q2']);
    expect(peer.reports().slice(1, 5)).toEqual([
      { step: 'ui.say', value: 's' },
      { step: 'ui.message', value: 'm' },
      { step: 'ui.error', value: 'e' },
      { step: 'ui.machine', value: ['cat', 'a', 'b'] },
    ]);

    const artifact = await fetchArtifact(client);
    expect([artifact.builderId(), artifact.files(), artifact.id(), artifact.string()]).toEqual(['go.builder', ['a', 'b'], 'go-id', 'a Go artifact']);
    expect(artifact.state('generated_data')).toEqual({ Host: 'h', Port: 22 });
    expect(artifact.state('par.artifact.metadata')).toBeUndefined();
    await artifact.destroy();
    expect(await peer.report('destroy')).toBeNull();

    const comm = communicatorClient(client, broker);
    const runs = [0, 1].map(async () => {
      const out = sink();
      const err = sink();
      const { exitStatus } = await comm.start({ command: 'cat; echo e >&2; exit 3', stdin: Readable.from([MiB]), stdout: out.stream, stderr: err.stream });
      return [exitStatus, sha256(out.bytes()), err.bytes().toString()];
    });
    for (const run of await Promise.all(runs)) expect(run).toEqual([3, sha256(MiB), 'e\n']);
    for (const status of [0, 1, 255]) expect(await comm.start({ command: `exit ${status}` })).toEqual({ exitStatus: status });
    await comm.upload(join(dir, 'up.bin'), Readable.from([MiB]), { name: 'up.bin', size: MiB.length, mode: 0o600, mtime: new Date() });
    expect(statSync(join(dir, 'up.bin')).mode & 0o777).toBe(0o600);
    const down = sink();
    await comm.download(join(dir, 'up.bin'), down.stream);
    expect(sha256(down.bytes())).toBe(sha256(MiB));
    await expect(comm.download(join(dir, 'missing'), sink().stream)).rejects.toThrow(`open ${join(dir, 'missing')}: no such file or directory`);
    mkdirSync(join(dir, 'tree'));
    writeFileSync(join(dir, 'tree', 't.txt'), 'T');
    await comm.uploadDir(join(dir, 'copy'), join(dir, 'tree') + '/', []);
    expect(readFileSync(join(dir, 'copy', 't.txt'), 'utf8')).toBe('T');
    await expect(comm.downloadDir(join(dir, 'tree'), join(dir, 'back'), [])).rejects.toThrow('sdk-peer only copies directory contents');

    const hook = hookClient(client, broker);
    const hookUi = new RecordingUi(['yes']);
    await hook.run('packer_provision', hookUi, new LocalCommunicator(), { dir }, new AbortController().signal);
    expect(await peer.report('hook run')).toEqual(['packer_provision', { dir }]);
    expect(await peer.report('hook ask')).toEqual(['yes', null]);
    expect(await peer.report('hook cmd')).toEqual([4, sha256(MiB)]);
    expect(await peer.report('hook upload')).toBeNull();
    expect(await peer.report('hook download')).toEqual([null, 'go upload']);
    expect(hookUi.lines).toEqual(['say: from go hook', 'ask: really?']);

    const controller = new AbortController();
    const cancelled = hook.run('wait-for-cancel', new RecordingUi(), undefined, null, controller.signal);
    await new Promise<void>((resolve) => {
      const poll = (): void => void (peer!.reports().filter((r) => r.step === 'hook run').length === 2 ? resolve() : setTimeout(poll, 20));
      poll();
    });
    controller.abort();
    await expect(cancelled).rejects.toThrow('context canceled');
    expect(peer.stderr()).not.toMatch(/Error in|\[ERR\]/);
  }, 60_000);
});
