import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { discoverPlugins, type DiscoveryInput } from './discovery.js';
import { PackerConfigFileError } from './config-file.js';

let root: string;
let input: DiscoveryInput;

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'plugins-'));
  for (const d of ['exe', 'home/.packer.d/plugins', 'cwd', 'pp1', 'pp2']) await fs.mkdir(path.join(root, d), { recursive: true });
  input = { executableDir: dir('exe'), homeDir: dir('home'), cwd: dir('cwd'), env: {} };
});

afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

function dir(rel: string): string {
  return path.join(root, rel);
}

async function bin(rel: string, mode = 0o755): Promise<string> {
  const file = dir(rel);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, '#!/bin/sh\nexit 0\n');
  await fs.chmod(file, mode);
  return file;
}

const summary = (r: Awaited<ReturnType<typeof discoverPlugins>>) => r.plugins.map((p) => `${p.kind}:${p.name}=${path.relative(root, p.path)}(${p.source})`);

test('later search directories win: exe dir < ~/.packer.d/plugins < cwd < PACKER_PLUGIN_PATH entries', async () => {
  for (const d of ['exe', 'home/.packer.d/plugins', 'cwd', 'pp1', 'pp2']) await bin(`${d}/packer-builder-all`);
  for (const d of ['exe', 'home/.packer.d/plugins', 'cwd']) await bin(`${d}/packer-provisioner-three`);
  await bin('exe/packer-post-processor-one');
  input.env = { PACKER_PLUGIN_PATH: `${dir('pp1')}:${dir('pp2')}` };
  const r = await discoverPlugins(input);
  expect(summary(r)).toEqual([
    'builder:all=pp2/packer-builder-all(legacy)',
    'post-processor:one=exe/packer-post-processor-one(legacy)',
    'provisioner:three=cwd/packer-provisioner-three(legacy)',
  ]);
  expect(r.warnings).toEqual([]);
});

test('PACKER_CONFIG_DIR replaces the home directory for .packer.d/plugins and .packerconfig', async () => {
  await bin('home/.packer.d/plugins/packer-builder-fromhome');
  await bin('alt/.packer.d/plugins/packer-builder-fromalt');
  const target = await bin('elsewhere/packer-provisioner-viaconfig');
  await fs.writeFile(dir('alt/.packerconfig'), JSON.stringify({ provisioners: { x: target } }));
  input.env = { PACKER_CONFIG_DIR: dir('alt') };
  expect(summary(await discoverPlugins(input))).toEqual([
    'builder:fromalt=alt/.packer.d/plugins/packer-builder-fromalt(legacy)',
    'provisioner:viaconfig=elsewhere/packer-provisioner-viaconfig(config)',
  ]);
});

test('config file entries win over found binaries; kind and name come from the file name, as in 1.6.6', async () => {
  await bin('pp1/packer-builder-foo');
  const cfgFoo = await bin('cfg/packer-builder-foo');
  const misfiled = await bin('cfg/packer-provisioner-bar.v2');
  await bin('cfg/notaplugin.sh');
  await bin('cfg/packer-post-processor-noexec', 0o644);
  await fs.writeFile(
    dir('my.json'),
    JSON.stringify({
      disable_checkpoint: true,
      builders: { foo: cfgFoo, wrongmap: misfiled, gone: dir('cfg/packer-builder-missing') },
      provisioners: { q: dir('cfg/notaplugin.sh') },
      'post-processors': { n: dir('cfg/packer-post-processor-noexec') },
    }),
  );
  input.env = { PACKER_PLUGIN_PATH: dir('pp1'), PACKER_CONFIG: dir('my.json') };
  const r = await discoverPlugins(input);
  expect(summary(r)).toEqual(['builder:foo=cfg/packer-builder-foo(config)', 'provisioner:bar=cfg/packer-provisioner-bar.v2(config)']);
  expect(r.warnings).toHaveLength(3);
  expect(r.warnings.join('\n')).toMatch(/"builders\.gone": ignoring plugin .*packer-builder-missing: no such file/);
  expect(r.warnings.join('\n')).toMatch(/"provisioners\.q": .*notaplugin\.sh is not named packer-builder-\*/);
  expect(r.warnings.join('\n')).toMatch(/"post-processors\.n": ignoring plugin .*noexec: not executable/);
});

test('a missing config file is fine; the default one is <home>/.packerconfig', async () => {
  expect(await discoverPlugins(input)).toEqual({ plugins: [], multi: [], warnings: [] });
  const target = await bin('cfg/packer-builder-dflt');
  await fs.writeFile(dir('home/.packerconfig'), JSON.stringify({ builders: { dflt: target } }));
  expect(summary(await discoverPlugins(input))).toEqual(['builder:dflt=cfg/packer-builder-dflt(config)']);
});

test('a malformed config file is an error naming the file and line:col', async () => {
  const file = dir('bad.json');
  await fs.writeFile(file, '{\n  "builders": {"x": "/nope"},,\n}\n');
  input.env = { PACKER_CONFIG: file };
  const err = await discoverPlugins(input).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(PackerConfigFileError);
  expect((err as Error).message).toContain(`${file}: 2:30: `);
});

test('a config value of the wrong type is an error naming the file and key', async () => {
  const file = dir('bad.json');
  await fs.writeFile(file, '{"builders": {"x": 3}}');
  input.env = { PACKER_CONFIG: file };
  await expect(discoverPlugins(input)).rejects.toThrow(`${file}: "builders.x" must be a string path, got number`);
});

test('non-executable matches are skipped with a warning; directories and other names silently', async () => {
  await bin('cwd/packer-builder-noexec', 0o644);
  await fs.mkdir(dir('cwd/packer-plugin-sdk'));
  await bin('cwd/packer-builder-ok');
  await bin('cwd/packer-builder-');
  await bin('cwd/README-packer-builder-x');
  const r = await discoverPlugins(input);
  expect(summary(r)).toEqual(['builder:ok=cwd/packer-builder-ok(legacy)']);
  expect(r.multi).toEqual([]);
  expect(r.warnings).toEqual([`Ignoring plugin ${dir('cwd/packer-builder-noexec')}: not executable`]);
});

test('names keep dots except from ".exe" on; packer-plugin-NAME is reported as multi, last found wins', async () => {
  await bin('cwd/packer-provisioner-bar.v1');
  await bin('cwd/packer-builder-win.exe');
  await bin('exe/packer-plugin-amazon');
  await bin('pp1/packer-plugin-amazon');
  await bin('pp1/packer-plugin-azure');
  input.env = { PACKER_PLUGIN_PATH: dir('pp1') };
  const r = await discoverPlugins(input);
  expect(summary(r)).toEqual(['builder:win=cwd/packer-builder-win.exe(legacy)', 'provisioner:bar.v1=cwd/packer-provisioner-bar.v1(legacy)']);
  expect(r.multi).toEqual([
    { name: 'amazon', path: dir('pp1/packer-plugin-amazon'), order: 3 },
    { name: 'azure', path: dir('pp1/packer-plugin-azure'), order: 3 },
  ]);
});

test('inside a plugin process (magic cookie set) nothing is discovered', async () => {
  await bin('cwd/packer-builder-x');
  input.env = { PACKER_PLUGIN_MAGIC_COOKIE: 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2' };
  expect((await discoverPlugins(input)).plugins).toEqual([]);
});

describe('against real packer 1.6.6', () => {
  test('finds the same single-component names in the same places', async () => {
    const packer = await promisify(execFile)('sh', ['-c', 'command -v packer']).then((r) => r.stdout.trim(), () => '');
    if (!packer) {
      console.log('skipped: packer is not on PATH');
      return;
    }
    await bin('home/.packer.d/plugins/packer-builder-a');
    await bin('cwd/packer-builder-a');
    await bin('cwd/packer-provisioner-b.v1');
    await bin('pp1/packer-post-processor-c');
    const env = { PATH: process.env['PATH'] ?? '', HOME: dir('home'), PACKER_LOG: '1', PACKER_PLUGIN_PATH: dir('pp1'), CHECKPOINT_DISABLE: '1' };
    const { stderr } = await promisify(execFile)(packer, ['version'], { cwd: dir('cwd'), env });
    const seen = new Map<string, string>();
    for (const m of stderr.matchAll(/Discovered plugin: (\S*) = (\S+)/g)) seen.set(path.basename(m[2]!).replace(/-[^-]*$/, '') + ':' + m[1], m[2]!);
    const ours = await discoverPlugins({ ...input, executableDir: path.dirname(packer), env: { PACKER_PLUGIN_PATH: dir('pp1') } });
    const expected = ours.plugins.map((p) => `packer-${p.kind}:${p.name}`).sort();
    expect(expected).toEqual(["packer-builder:a", "packer-post-processor:c", "packer-provisioner:b.v1"]);
    expect([...new Set(seen.keys())].sort()).toEqual(expected);
  });
});
