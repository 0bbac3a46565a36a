import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { RpcServer } from '../rpc/index.js';
import { PluginShutdownError, PluginStartError } from './plugin-errors.js';
import { startPlugin, type PluginProcess } from './process.js';
import { livePluginPids } from './reaper.js';
import { gone, nodeScript, script } from './testdata/fake-plugins.js';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'plugproc-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function failure(file: string, timeoutMs?: number, log?: (m: string) => void): Promise<PluginStartError> {
  const err = await startPlugin({ path: file }, { env: process.env, ...(timeoutMs ? { handshakeTimeoutMs: timeoutMs } : {}), ...(log ? { log } : {}) }).then(
    (p) => {
      void p.kill();
      throw new Error('the plugin started');
    },
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(PluginStartError);
  const e = err as PluginStartError;
  expect(e.pid).toBeGreaterThan(0);
  expect(await gone(e.pid!)).toBe(true);
  expect(livePluginPids()).not.toContain(e.pid);
  return e;
}

describe('faults before the connection: a clear error naming the plugin, nothing left running', () => {
  test('exits before the handshake: status and last stderr lines', async () => {
    const file = await script(dir, 'packer-builder-early', '#!/bin/sh\necho "first line" >&2\necho "oops on stderr" >&2\nexit 3\n');
    const e = await failure(file);
    expect(e.message).toBe(
      'packer-builder-early: plugin exited before we could connect (exited with status 3)\n' +
        'last log lines of packer-builder-early:\n  first line\n  oops on stderr',
    );
  });

  test('prints garbage', async () => {
    const file = await script(dir, 'packer-builder-garbage', '#!/bin/sh\necho "hello garbage"\nexec sleep 100\n');
    expect((await failure(file)).message).toBe('packer-builder-garbage: Unrecognized remote plugin message: hello garbage');
  });

  test('wrong protocol version, 1.6.6 and modern formats', async () => {
    const old = await script(dir, 'packer-builder-v4', '#!/bin/sh\necho "4|unix|/tmp/x"\nexec sleep 100\n');
    expect((await failure(old)).message).toBe('packer-builder-v4: Incompatible API version with plugin. Plugin version: 4, Ours: 5');
    const modern = await script(dir, 'packer-plugin-v6', '#!/bin/sh\necho "6|0|unix|/tmp/x"\nexec sleep 100\n');
    expect((await failure(modern)).message).toBe('packer-plugin-v6: Incompatible API version with plugin. Plugin version: 6, Ours: 5');
  });

  test('a newer minor than ours', async () => {
    const file = await script(dir, 'packer-plugin-newer', '#!/bin/sh\necho "5|1|unix|/tmp/x"\nexec sleep 100\n');
    expect((await failure(file)).message).toBe('packer-plugin-newer: Incompatible API version with plugin. Plugin version: 5.1, Ours: 5.0');
  });

  test('an address nobody listens on', async () => {
    const file = await script(dir, 'packer-builder-nosock', `#!/bin/sh\necho "5|unix|${dir}/nothing-here"\nexec sleep 100\n`);
    expect((await failure(file)).message).toBe(`packer-builder-nosock: dial unix ${dir}/nothing-here: connect: no such file or directory`);
  });

  test('hangs: the handshake timeout, and what it spawned is killed too', async () => {
    const pidFile = path.join(dir, 'grandchild.pid');
    const file = await script(dir, 'packer-builder-hang', `#!/bin/sh\nsleep 100 &\necho $! > ${pidFile}\necho "still thinking" >&2\nwait\n`);
    const e = await failure(file, 300);
    expect(e.message).toBe('packer-builder-hang: timeout while waiting for plugin to start\nlast log lines of packer-builder-hang:\n  still thinking');
    expect(await gone(Number(await fs.readFile(pidFile, 'utf8')))).toBe(true);
  });

  test('floods stderr with megabytes: memory stays bounded, the tail is reported', async () => {
    const flood = nodeScript(
      `const line = 'x'.repeat(1000) + '\\n';
       for (let i = 0; i < 8000; i++) process.stderr.write(line);
       process.stderr.write('y'.repeat(3 * 1024 * 1024));
       process.stderr.write('\\nthe last words\\n', () => process.exit(2));`,
    );
    const file = await script(dir, 'packer-provisioner-flood', flood);
    const e = await failure(file);
    expect(e.message.startsWith('packer-provisioner-flood: plugin exited before we could connect (exited with status 2)\n')).toBe(true);
    expect(e.logTail[e.logTail.length - 1]).toBe('the last words');
    expect(e.message.length).toBeLessThan(10_000);
  });

  test('floods stderr with PACKER_LOG on: every line is re-logged with the prefix', async () => {
    const file = await script(
      dir,
      'packer-builder-chatty',
      nodeScript(`for (let i = 0; i < 20000; i++) console.error('line ' + i); process.stderr.write('', () => process.exit(1));`),
    );
    const logged: string[] = [];
    const e = await failure(file, undefined, (m) => logged.push(m));
    expect(e.message).toContain('packer-builder-chatty: plugin exited before we could connect (exited with status 1)');
    expect(logged).toHaveLength(20000);
    expect(logged[0]).toBe('packer-builder-chatty plugin: line 0');
    expect(logged[19999]).toBe('packer-builder-chatty plugin: line 19999');
  });

  test('a file that cannot be executed', async () => {
    const err = (await startPlugin({ path: path.join(dir, 'packer-builder-missing') }).catch((e: unknown) => e)) as PluginStartError;
    expect(err).toBeInstanceOf(PluginStartError);
    expect(err.message).toBe(`packer-builder-missing: fork/exec ${dir}/packer-builder-missing: no such file or directory`);
  });
});

const packer = (() => {
  try {
    return execFileSync('sh', ['-c', 'command -v packer'], { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
})();
if (!packer) console.log('Skipping the real-plugin tests: packer (1.6.6) is not on PATH');
const withPacker = packer ? describe : describe.skip;

withPacker("Packer 1.6.6's own plugins", () => {
  const started: PluginProcess[] = [];
  afterEach(async () => {
    await Promise.all(started.splice(0).map((p) => p.kill()));
  });
  const start = async (component: string, log?: (m: string) => void): Promise<PluginProcess> => {
    const p = await startPlugin({ path: packer, args: ['plugin', component] }, { env: { ...process.env, PACKER_RUN_UUID: 'run-uuid-1' }, ...(log ? { log } : {}) });
    started.push(p);
    return p;
  };

  test('packer-builder-file: 1.6.6 handshake, Builder.Prepare through .main, stderr re-logged, kill reaps', async () => {
    const logged: string[] = [];
    const p = await start('packer-builder-file', (m) => logged.push(m));
    expect(p.name).toBe('packer-builder-file');
    expect(p.handshake).toMatchObject({ network: 'unix', format: 'legacy' });
    const bad = await p.main.call('Builder.Prepare', { Configs: [{}] });
    expect(bad).toMatchObject({ Error: { Message: expect.stringContaining('target required') } });
    const good = await p.main.call('Builder.Prepare', { Configs: [{ target: path.join(dir, 'out.txt'), content: 'x' }] });
    expect(good).toMatchObject({ Error: null });
    expect(p.exitReason()).toBeUndefined();
    await p.kill();
    await p.kill();
    expect(p.exitReason()).toBe('killed by SIGKILL');
    expect(await gone(p.pid)).toBe(true);
    expect(logged).toContain('packer-builder-file plugin: args: []string{"packer-builder-file"}');
  });

  test('modern 4-field handshake from a shim in front of a real plugin', async () => {
    // The shim rewrites the first line `5|unix|addr` into `5|0|unix|addr`, then stays out of the way.
    const shim = await script(
      dir,
      'packer-plugin-shim4',
      `#!/bin/sh\nexec ${packer} plugin packer-provisioner-sleep | { IFS='|' read -r a b c; echo "$a|0|$b|$c"; cat >/dev/null; }\n`,
    );
    const p = await startPlugin({ path: shim }, { env: process.env });
    started.push(p);
    expect(p.handshake).toMatchObject({ network: 'unix', format: 'modern' });
    await expect(p.main.call('Provisioner.Prepare', { Configs: [{ duration: '1ms' }] })).resolves.toBeNull();
  });

  test('kill -9 in the middle of Provisioner.Provision: the call fails naming the plugin and its end', async () => {
    const p = await start('packer-provisioner-sleep');
    await p.main.call('Provisioner.Prepare', { Configs: [{ duration: '60s' }] });
    const said: unknown[] = [];
    const ui = new RpcServer().registerService('Ui', {
      Say: (m) => void said.push(m),
      Message: (m) => void said.push(m),
      Error: (m) => void said.push(m),
      Machine: () => null,
      Ask: () => '',
    });
    const id = p.broker.nextId();
    const accepted = p.broker.accept(id);
    const provision = p.main.call('Provisioner.Provision', { GeneratedData: {}, StreamID: id });
    provision.catch(() => undefined);
    // The plugin dials the Ui stream as Provision starts: from then on it is sleeping inside the RPC.
    void ui.serve(await accepted);
    process.kill(p.pid, 'SIGKILL');
    const err = await provision.then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(PluginShutdownError);
    expect((err as Error).message).toMatch(/^packer-provisioner-sleep: connection is shut down.*: plugin killed by SIGKILL/);
    expect(p.exitReason()).toBe('killed by SIGKILL');
  });
});
