import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import type { Artifact, Communicator, Hook } from '../../sdk/index.js';
import { RecordingUi } from '../../sdk/ui.mock.js';
import { LocalCommunicator } from '../../communicator/local.js';
import { RpcClient, RpcServer, RpcError } from '../net-rpc/index.js';
import { pattern, sha256 } from '../testdata/bytes.js';
import { brokerPair, type BrokerPair } from './testdata/pair.js';
import {
  communicatorClient,
  dialClient,
  fetchArtifact,
  hookClient,
  registerArtifact,
  registerCommunicator,
  registerHook,
  registerUi,
  serveNext,
  uiClient,
} from './index.js';

// TS ↔ TS over a real unix socket: one side serves, the other dials, as core and plugin do.
let pair: BrokerPair;
const dirs: string[] = [];
const tmp = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'ib-services-'));
  dirs.push(dir);
  return dir;
};
beforeEach(async () => {
  pair = await brokerPair();
});
afterEach(() => pair.close());
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Serves `register` on the plugin side and returns a core-side client on it. */
async function served(register: (server: RpcServer) => void): Promise<RpcClient> {
  const { id, done } = serveNext(pair.plugin, register);
  done.catch(() => undefined);
  return dialClient(pair.core, id);
}

function sink(): { stream: PassThrough; bytes: () => Buffer } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return { stream, bytes: () => Buffer.concat(chunks) };
}

describe('Ui', () => {
  it('carries say, message, error, machine and ask, in order, answering concurrent asks', async () => {
    const ui = new RecordingUi(['a1', 'a2', 'a3']);
    const client = await served((s) => registerUi(s, ui));
    const remote = uiClient(client);
    remote.say('step');
    remote.message('detail');
    remote.error('bad');
    remote.machine('artifact', '0', 'id', 'x');
    const answers = await Promise.all([remote.ask('q1'), remote.ask('q2'), remote.ask('q3')]);
    expect(answers.sort()).toEqual(['a1', 'a2', 'a3']);
    expect(ui.lines.slice(0, 4)).toEqual(['say: step', 'message: detail', 'error: bad', 'machine: artifact,0,id,x']);
    await expect(remote.ask('q4')).rejects.toThrow('no input available');
  });

  it('tracks progress under a dynamic Ui<id> service until Close', async () => {
    const client = await served((s) => registerUi(s, new RecordingUi()));
    const id = await client.call('Ui.NewTrackProgress', { Src: 'upload.txt', TotalSize: 10, CurrentSize: 0 });
    expect(id).toMatch(/^upload\.txt[A-Za-z0-9]{6}$/);
    await client.call(`Ui${String(id)}.Add`, 4);
    await client.call(`Ui${String(id)}.Add`, 0);
    await client.call(`Ui${String(id)}.Close`, null);
    await expect(client.call(`Ui${String(id)}.Add`, 1)).rejects.toThrow(`rpc: can't find service Ui${String(id)}.Add`);
  });

  it('rejects wrong argument types naming the method and field', async () => {
    const client = await served((s) => registerUi(s, new RecordingUi()));
    await expect(client.call('Ui.Say', 42)).rejects.toThrow('Ui.Say: message must be a string, got a number');
    await expect(client.call('Ui.Machine', { Category: 'x', Args: [1] })).rejects.toThrow('Ui.Machine: Args[0] must be a string, got a number');
    await expect(client.call('Ui.NewTrackProgress', { Src: 's', TotalSize: 'big' })).rejects.toThrow('Ui.NewTrackProgress: TotalSize must be an integer');
  });
});

describe('Artifact', () => {
  it('prefetches the getters and generated data, and destroys remotely', async () => {
    let destroyed = 0;
    const artifact: Artifact = {
      builderId: () => 'packer.file',
      files: () => ['out.txt'],
      id: () => 'Null',
      string: () => 'Stored file: out.txt',
      state: (name) => (name === 'generated_data' ? { PackerRunUUID: 'u-1', Port: 22 } : undefined),
      destroy: async () => void destroyed++,
    };
    const remote = await fetchArtifact(await served((s) => registerArtifact(s, artifact)));
    expect([remote.builderId(), remote.files(), remote.id(), remote.string()]).toEqual(['packer.file', ['out.txt'], 'Null', 'Stored file: out.txt']);
    expect(remote.state('generated_data')).toEqual({ PackerRunUUID: 'u-1', Port: 22 });
    expect(remote.state('par.artifact.metadata')).toBeUndefined();
    await remote.destroy();
    expect(destroyed).toBe(1);
  });

  it('rejects a reply of the wrong type naming the method', async () => {
    const client = await served((s) =>
      s.registerService('Artifact', { BuilderId: () => 7, Files: () => null, Id: () => '', String: () => '', State: () => null, Destroy: () => null }),
    );
    await expect(fetchArtifact(client)).rejects.toThrow('Artifact.BuilderId: reply must be a string, got a number');
  });
});

describe('Communicator', () => {
  let remote: Communicator;
  beforeEach(async () => {
    const client = await served((s) => registerCommunicator(s, new LocalCommunicator(), pair.plugin));
    remote = communicatorClient(client, pair.core);
  });

  it('streams stdout and stderr and returns exit statuses', async () => {
    for (const status of [0, 1, 3, 123, 255]) {
      const out = sink();
      const err = sink();
      const result = await remote.start({ command: `echo out-${status}; echo err-${status} >&2; exit ${status}`, stdout: out.stream, stderr: err.stream });
      expect(result.exitStatus).toBe(status);
      expect(out.bytes().toString()).toBe(`out-${status}\n`);
      expect(err.bytes().toString()).toBe(`err-${status}\n`);
    }
    expect((await remote.start({ command: 'kill -9 $$' })).exitStatus).toBe(-1);
  });

  it('copies 1 MiB of stdin through to 1 MiB of stdout, several commands at once', async () => {
    const data = pattern(1024 * 1024);
    const runs = [0, 1, 2].map(async (k) => {
      const out = sink();
      const result = await remote.start({ command: 'cat', stdin: Readable.from([data.subarray(0, 1000 + k), data.subarray(1000 + k)]), stdout: out.stream });
      return { status: result.exitStatus, digest: sha256(out.bytes()) };
    });
    for (const run of await Promise.all(runs)) expect(run).toEqual({ status: 0, digest: sha256(data) });
  });

  it('uploads and downloads 1 MiB, and copies directories by path', async () => {
    const dir = tmp();
    const data = pattern(1024 * 1024, 3);
    await remote.upload(join(dir, 'up.bin'), Readable.from([data]), { name: 'up.bin', size: data.length, mode: 0o600, mtime: new Date() });
    expect(sha256(readFileSync(join(dir, 'up.bin')))).toBe(sha256(data));
    expect(statSync(join(dir, 'up.bin')).mode & 0o777).toBe(0o600);
    await remote.upload(join(dir, 'noinfo.txt'), Readable.from([Buffer.from('x')]));
    expect(readFileSync(join(dir, 'noinfo.txt'), 'utf8')).toBe('x');
    const down = sink();
    await remote.download(join(dir, 'up.bin'), down.stream);
    expect(sha256(down.bytes())).toBe(sha256(data));
    mkdirSync(join(dir, 'tree'));
    writeFileSync(join(dir, 'tree', 'a.txt'), 'A');
    await remote.uploadDir(join(dir, 'copy'), join(dir, 'tree') + '/', []);
    expect(readFileSync(join(dir, 'copy', 'a.txt'), 'utf8')).toBe('A');
    await remote.downloadDir(join(dir, 'tree') + '/', join(dir, 'back'), ['a.txt']);
    expect(() => statSync(join(dir, 'back', 'a.txt'))).toThrow();
  });

  it('reports the remote error of a failed transfer', async () => {
    const dir = tmp();
    await expect(remote.download(join(dir, 'missing'), sink().stream)).rejects.toThrow(`open ${join(dir, 'missing')}: no such file or directory`);
  });

  it('gives exit status 123 when the response stream carries no CommandFinished', async () => {
    const client = await served((s) =>
      s.register('Communicator.Start', async (args) => {
        const { ResponseStreamId } = args as { ResponseStreamId: number };
        const response = await pair.plugin.dial(ResponseStreamId);
        response.end(Buffer.from([0x03, 0xff, 0x82])); // truncated gob
        response.resume();
        return null;
      }),
    );
    expect(await communicatorClient(client, pair.core).start({ command: 'x' })).toEqual({ exitStatus: 123 });
  });

  it('stops waiting for a command when the signal aborts, as Go has no Cancel for it', async () => {
    const controller = new AbortController();
    const out = sink();
    const run = remote.start({ command: 'echo started; exec sleep 30 # stopped when the session closes', stdout: out.stream }, controller.signal);
    await new Promise((resolve) => out.stream.once('data', resolve));
    controller.abort();
    await expect(run).rejects.toThrow('Build was cancelled.');
  });

  it('fails every call clearly when the build has no communicator', async () => {
    const none = communicatorClient(await served((s) => registerCommunicator(s, undefined, pair.plugin)), pair.core);
    await expect(none.start({ command: 'true' })).rejects.toThrow('Communicator.Start: this build has no communicator');
  });
});

describe('Hook', () => {
  it('runs the hook with the caller Ui and Communicator over one stream', async () => {
    const seen: unknown[] = [];
    const hook: Hook = {
      run: async (name, ui, comm, data) => {
        seen.push(name, data);
        ui.say(`provisioning with ${name}`);
        const out = sink();
        const { exitStatus } = await comm!.start({ command: 'echo hi; exit 7', stdout: out.stream });
        ui.message(`${out.bytes().toString().trim()} ${exitStatus}`);
        if (name === 'fail') throw new Error('Script exited with non-zero exit status: 7');
      },
    };
    const client = await served((s) => registerHook(s, hook, pair.plugin));
    const ui = new RecordingUi();
    const remote = hookClient(client, pair.core);
    await remote.run('packer_provision', ui, new LocalCommunicator(), { ID: 'x', Port: 22 }, new AbortController().signal);
    expect(seen).toEqual(['packer_provision', { ID: 'x', Port: 22 }]);
    expect(ui.lines).toEqual(['say: provisioning with packer_provision', 'message: hi 7']);
    await expect(remote.run('fail', ui, new LocalCommunicator(), undefined, new AbortController().signal)).rejects.toThrow(
      new RpcError('Hook.Run', 'Script exited with non-zero exit status: 7'),
    );
  });

  it('sends Hook.Cancel when the signal aborts, which aborts the running hook', async () => {
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const hook: Hook = {
      run: (_name, _ui, _comm, _data, signal) =>
        new Promise((_resolve, reject) => {
          started();
          signal.addEventListener('abort', () => reject(new Error('hook cancelled')));
        }),
    };
    const client = await served((s) => registerHook(s, hook, pair.plugin));
    const controller = new AbortController();
    const run = hookClient(client, pair.core).run('packer_provision', new RecordingUi(), undefined, null, controller.signal);
    await running;
    controller.abort();
    await expect(run).rejects.toThrow('hook cancelled');
  });
});
