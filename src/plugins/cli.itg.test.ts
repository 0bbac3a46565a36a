import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run } from '../cli/index.js';
import { testIo } from '../cli/test-io.js';
import { livePluginPids } from './reaper.js';
import { script } from './testdata/fake-plugins.js';

// The CLI with plugins wired in: discovery, plugins overriding built-ins, errors naming the
// plugin, PACKER_LOG, and no process left on any way out.
const packer = (() => {
  try {
    return execFileSync('sh', ['-c', 'command -v packer'], { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
})();

let cwd: string;
let env: Record<string, string>;
beforeEach(async () => {
  cwd = await fs.mkdtemp(path.join(os.tmpdir(), 'plugcli-'));
  await fs.mkdir(path.join(cwd, 'home'));
  env = { HOME: path.join(cwd, 'home'), PATH: process.env['PATH'] ?? '', CHECKPOINT_DISABLE: '1', PACKER_RUN_UUID: 'uuid-1' };
});
afterEach(async () => {
  expect(livePluginPids()).toEqual([]);
  await fs.rm(cwd, { recursive: true, force: true });
});

async function cli(args: string[], template: unknown, extraEnv: Record<string, string> = {}, during?: (io: ReturnType<typeof testIo>) => Promise<void>) {
  await fs.writeFile(path.join(cwd, 't.json'), JSON.stringify(template));
  const io = testIo({ env: { ...env, ...extraEnv }, cwd });
  const running = run([...args, 't.json'], io);
  if (during) await during(io);
  const rc = await running;
  // The human Ui wraps long error lines; compare words, not line breaks.
  return { rc, out: io.out, err: io.err, text: io.out.replace(/\s+/g, ' ') };
}

(packer ? test : test.skip)("plugin binaries in the working directory override the built-ins (Packer 1.6.6's own, behind shims)", async () => {
  await script(cwd, 'packer-builder-file', `#!/bin/sh\nexec ${packer} plugin packer-builder-file\n`);
  await script(cwd, 'packer-provisioner-sleep', `#!/bin/sh\nexec ${packer} plugin packer-provisioner-sleep\n`);
  const target = path.join(cwd, 'out.txt');
  const r = await cli(['build', '-color=false'], { builders: [{ type: 'file', content: 'from the plugin', target }], provisioners: [{ type: 'sleep', duration: '1ms' }] }, { PACKER_LOG: '1' });
  expect(r.out).toContain(`--> file: Stored file: ${target}`);
  expect(r.rc).toBe(0);
  expect(await fs.readFile(target, 'utf8')).toBe('from the plugin');
  // Only a plugin logs like this: the built-in file builder has no stderr.
  expect(r.err).toMatch(/^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d packer-builder-file plugin: args: \[\]string\{"packer-builder-file"\}$/m);
  expect(r.err).toMatch(/ packer-provisioner-sleep plugin: /);
});

(packer ? test : test.skip)('a legacy multi-component binary: described, then started as `start <kind> <name>`', async () => {
  await script(
    cwd,
    'packer-plugin-demo',
    `#!/bin/sh\nif [ "$1" = describe ]; then echo '{"version":"0.0.1","builders":["file","-packer-default-plugin-name-"]}'; exit 0; fi\n` +
      `[ "$1 $2" = "start builder" ] || exit 9\nexec ${packer} plugin packer-builder-file\n`,
  );
  const a = path.join(cwd, 'a.txt');
  const b = path.join(cwd, 'b.txt');
  const r = await cli(['build', '-color=false'], { builders: [{ type: 'demo-file', content: 'A', target: a }, { type: 'demo', name: 'bare', content: 'B', target: b }] });
  expect(r.rc).toBe(0);
  expect([await fs.readFile(a, 'utf8'), await fs.readFile(b, 'utf8')]).toEqual(['A', 'B']);
});

test('a plugin that dies before the handshake: the build fails naming it, with its status and last words', async () => {
  await script(cwd, 'packer-builder-early', '#!/bin/sh\necho "no credentials" >&2\nexit 3\n');
  const r = await cli(['validate'], { builders: [{ type: 'early' }] });
  expect(r.rc).toBe(1);
  expect(r.out).toContain('Failed to initialize build "early"');
  expect(r.text).toContain(
    "error initializing builder 'early': packer-builder-early: plugin exited before we could connect (exited with status 3) last log lines of packer-builder-early: no credentials",
  );
});

test('Ctrl-C while a plugin hangs before its handshake: the start is given up and the process reaped', async () => {
  await script(cwd, 'packer-builder-hang', '#!/bin/sh\nexec sleep 100\n');
  const r = await cli(['build', '-color=false'], { builders: [{ type: 'hang' }] }, {}, async (io) => {
    while (livePluginPids().length === 0) await new Promise((res) => setTimeout(res, 10));
    io.raise('interrupt');
  });
  expect(r.rc).not.toBe(0);
  expect(r.text).toContain("error initializing builder 'hang': packer-builder-hang: cancelled while waiting for plugin to start");
  expect(r.out).toContain('Cleanly cancelled builds after being interrupted.');
});

test('discovery warnings are logged as Packer logs them, only under PACKER_LOG', async () => {
  await script(cwd, 'packer-builder-noexec', '#!/bin/sh\n');
  await fs.chmod(path.join(cwd, 'packer-builder-noexec'), 0o644);
  const template = { builders: [{ type: 'null', communicator: 'none' }] };
  const quiet = await cli(['validate'], template);
  expect(quiet).toMatchObject({ rc: 0, out: '', err: '' });
  const logged = await cli(['validate'], template, { PACKER_LOG: '1' });
  expect(logged.rc).toBe(0);
  expect(logged.err).toContain(` [WARN] Ignoring plugin ${path.join(cwd, 'packer-builder-noexec')}: not executable\n`);
});

test('a broken config file stops the command with an error naming it', async () => {
  await fs.writeFile(path.join(cwd, 'home/.packerconfig'), '{"builders": {"x": 3}}');
  const r = await cli(['validate'], { builders: [{ type: 'null', communicator: 'none' }] });
  expect(r.rc).toBe(1);
  expect(r.out).toContain(`Error loading configuration: \n\nError loading configuration file ${path.join(cwd, 'home/.packerconfig')}: "builders.x" must be a string path, got number`);
});
