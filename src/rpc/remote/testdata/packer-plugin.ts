// Test-only launcher of Packer 1.6.6's built-in components (`packer plugin packer-builder-file`);
// src/plugins has the real one. Minimal on purpose: spawn, handshake line, connect, dial 0.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { createInterface } from 'node:readline';
import { MuxBroker } from '../../mux-broker.js';
import { RpcClient } from '../../net-rpc/index.js';
import { YamuxSession } from '../../yamux/index.js';
import type { PluginConnection } from '../connection.js';

const COOKIE = 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2';

/** Why Packer 1.6.6's plugins cannot run here, or undefined when `packer` is installed. */
export function packerMissing(): string | undefined {
  const probe = spawnSync('packer', ['version'], { encoding: 'utf8', env: { ...process.env, CHECKPOINT_DISABLE: '1' } });
  if (probe.error || probe.status !== 0) return `packer is not installed (${probe.error?.message ?? probe.stderr})`;
  return undefined;
}

export interface TestPlugin extends PluginConnection {
  readonly child: ChildProcess;
  stderr(): string;
  stop(): Promise<void>;
}

export async function startPlugin(name: string): Promise<TestPlugin> {
  const child = spawn('packer', ['plugin', name], {
    env: { ...process.env, PACKER_PLUGIN_MAGIC_COOKIE: COOKIE, CHECKPOINT_DISABLE: '1', PACKER_RUN_UUID: 'test-run-uuid' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let reason: string | undefined;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      reason = signal ? `killed by ${signal}` : `exited with status ${code}`;
      resolve();
    }),
  );
  const lines = createInterface({ input: child.stdout! });
  const first = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    void exited.then(() => reject(new Error(`${name} ${reason} before its handshake:\n${stderr}`)));
  });
  lines.on('line', () => undefined); // keep draining
  const [api, network, address] = first.trim().split('|');
  if (api !== '5' || network !== 'unix' || !address) throw new Error(`${name}: unexpected handshake ${JSON.stringify(first)}`);
  const socket = connect(address);
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  const session = new YamuxSession(socket, { role: 'client' });
  const broker = new MuxBroker(session);
  void broker.run();
  const main = new RpcClient(await broker.dial(0));
  return {
    name,
    broker,
    main,
    child,
    exitReason: () => reason,
    stderr: () => stderr,
    stop: async () => {
      session.close();
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}

/** The `packerConfig` map a JSON-template core sends (SPEC §3.12). */
export function packerConfig(builderType: string): Record<string, unknown> {
  return {
    packer_build_name: 'test',
    packer_builder_type: builderType,
    packer_core_version: '1.6.6',
    packer_debug: false,
    packer_force: false,
    packer_on_error: '',
    packer_template_path: '/tmp/template.json',
    packer_user_variables: {},
  };
}
