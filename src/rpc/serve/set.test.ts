import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { Artifact, Builder, BuilderPrepareResult, RawConfig } from '../../sdk/index.js';
import { MuxBroker } from '../mux-broker.js';
import { RpcClient } from '../net-rpc/index.js';
import { YamuxSession } from '../yamux/index.js';
import { EMPTY_OBJECT_SPEC_GOB } from './config-spec.js';
import { DEFAULT_NAME, MAGIC_COOKIE_VALUE, PluginSet, type RunIo } from './index.js';

/** A builder whose Prepare answers from its config: enough to see where results travel. */
class EchoBuilder implements Builder {
  async prepare(...raws: RawConfig[]): Promise<BuilderPrepareResult> {
    const merged = Object.assign({}, ...raws) as Record<string, unknown>;
    if (typeof merged['fail'] === 'string') throw new Error(merged['fail']);
    return { generatedVars: ['Echo'], warnings: [`saw ${raws.length} configs`] };
  }
  async run(): Promise<Artifact | undefined> {
    return undefined;
  }
}

function set(): PluginSet {
  return new PluginSet()
    .setVersion('v1.2.3')
    .registerBuilder(DEFAULT_NAME, () => new EchoBuilder())
    .registerBuilder('echo', new EchoBuilder());
}

function capture(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (c: Buffer) => (text += c.toString()));
  return { stream, text: () => text };
}

async function run(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = capture();
  const err = capture();
  const code = await set().runCommand(argv, { env, stdout: out.stream, stderr: err.stream, log: () => undefined, ignoreInterrupts: false });
  return { code, stdout: out.text(), stderr: err.text() };
}

describe('PluginSet commands', () => {
  test('describe prints the SetDescription JSON, lists sorted, api x5.0, no protocol_version', async () => {
    expect(await run(['describe'])).toEqual({
      code: 0,
      stderr: '',
      stdout:
        '{"version":"1.2.3","sdk_version":"0.1.0","api_version":"x5.0","builders":["-packer-default-plugin-name-","echo"],' +
        '"post_processors":[],"provisioners":[],"datasources":[]}\n',
    });
  });

  test('bad invocations fail with a message and status 1', async () => {
    const cookie = { PACKER_PLUGIN_MAGIC_COOKIE: MAGIC_COOKIE_VALUE };
    expect(await run([])).toMatchObject({ code: 1, stderr: 'needs at least one argument\n' });
    expect(await run(['serve'])).toMatchObject({ code: 1, stderr: 'Unknown command: "serve"\n' });
    expect(await run(['start', 'builder'])).toMatchObject({ code: 1, stderr: "start takes two arguments, for example 'start builder example-builder'. Found: [builder]\n" });
    expect((await run(['start', 'builder', '--protobuf', 'echo'])).stderr).toMatch(/^--protobuf is not supported/);
    expect(await run(['start', 'datasource', 'x'], cookie)).toMatchObject({ code: 1, stderr: 'Unknown plugin type: datasource (this plugin serves builder, provisioner, post-processor)\n' });
    expect(await run(['start', 'builder', 'nope'], cookie)).toMatchObject({ code: 1, stderr: 'Unknown builder "nope" (known: -packer-default-plugin-name-, echo)\n' });
    expect(await run(['start', 'builder', 'echo'], { ...cookie, IMAGE_BUILD_PLUGIN_PROTOCOL: '6' })).toMatchObject({
      code: 1,
      stderr: 'Error starting plugin server: IMAGE_BUILD_PLUGIN_PROTOCOL must be "5" (Packer ≤ 1.6 handshake) or "5.0" (Packer ≥ 1.7 handshake), got "6"\n',
    });
  });

  test('started by hand (no magic cookie) it refuses with Packer\'s message', async () => {
    expect(await run(['start', 'builder', 'echo'])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'Error starting plugin server: Please do not execute plugins directly. Packer will execute these for you.\n',
    });
  });
});

const socketDirs: string[] = [];
afterAll(() => socketDirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Starts `argv` in process and connects to it as a Go core does: yamux client, broker, id 0. */
async function startAndConnect(argv: string[], env: NodeJS.ProcessEnv = {}) {
  const out = capture();
  const socketDir = mkdtempSync(join(tmpdir(), 'ib-serve-sock-'));
  socketDirs.push(socketDir);
  const io: RunIo = {
    env: { PACKER_PLUGIN_MAGIC_COOKIE: MAGIC_COOKIE_VALUE, ...env },
    stdout: out.stream,
    log: () => undefined,
    socketDir,
    ignoreInterrupts: false,
  };
  const exited = set().runCommand(argv, io);
  while (!out.text().includes('\n')) await new Promise((r) => setTimeout(r, 10));
  const line = out.text();
  const socket = connect(line.trim().split('|').at(-1)!);
  const session = new YamuxSession(socket, { role: 'client' });
  const broker = new MuxBroker(session);
  void broker.run();
  const main = new RpcClient(await broker.dial(0));
  return { line, main, session, exited, io };
}

describe('serving a component', () => {
  test('start prints the 4-field handshake; Prepare results and errors travel in the reply body', async () => {
    const { line, main, session, exited, io } = await startAndConnect(['start', 'builder', 'echo']);
    expect(line).toMatch(new RegExp(`^5\\|0\\|unix\\|${io.socketDir}/packer-plugin\\d+\\n$`));

    expect(await main.call('Builder.ConfigSpec', null)).toEqual({ ConfigSpec: new Uint8Array(EMPTY_OBJECT_SPEC_GOB) });
    expect(await main.call('Builder.Prepare', { Configs: [{ a: 1 }, { packer_build_name: 'x' }] })).toEqual({
      GeneratedVars: ['Echo'],
      Warnings: ['saw 2 configs'],
      Error: null,
    });
    expect(await main.call('Builder.Prepare', { Configs: [{ fail: '1 error occurred:\n\t* a\n\n' }] })).toEqual({
      GeneratedVars: null,
      Warnings: null,
      Error: { Message: '1 error occurred:\n\t* a\n\n' },
    });
    expect(await main.call('Builder.Prepare', { Configs: ['x'] })).toEqual({
      GeneratedVars: null,
      Warnings: null,
      Error: { Message: 'Builder.Prepare: Configs[0] must be a map, got a string' },
    });
    await expect(main.call('Provisioner.Prepare', { Configs: [] })).rejects.toThrow("rpc: can't find service Provisioner.Prepare");

    session.close();
    expect(await exited).toBe(0);
  });

  test('legacy prints the 3-field handshake of Packer ≤ 1.6; IMAGE_BUILD_PLUGIN_PROTOCOL overrides either', async () => {
    const legacy = await startAndConnect(['legacy', 'builder', DEFAULT_NAME]);
    expect(legacy.line).toMatch(/^5\|unix\|.*\/packer-plugin\d+\n$/);
    legacy.session.close();
    expect(await legacy.exited).toBe(0);

    const forced = await startAndConnect(['start', 'builder', 'echo'], { IMAGE_BUILD_PLUGIN_PROTOCOL: '5' });
    expect(forced.line).toMatch(/^5\|unix\|/);
    forced.session.close();
    expect(await forced.exited).toBe(0);
  });
});
