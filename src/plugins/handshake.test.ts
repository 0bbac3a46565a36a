import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseHandshake } from './handshake.js';
import { pluginEnv, pluginName } from './plugin-command.js';
import { startPlugin } from './process.js';
import { StderrLog } from './stderr-log.js';
import { gone, nodeScript, script } from './testdata/fake-plugins.js';

describe('parseHandshake', () => {
  test.each([
    ['5|unix|/tmp/packer-plugin1', { network: 'unix', address: '/tmp/packer-plugin1', format: 'legacy' }],
    ['  5|tcp|127.0.0.1:10000\r\n', { network: 'tcp', address: '127.0.0.1:10000', format: 'legacy' }],
    ['5|0|unix|/tmp/packer-plugin2', { network: 'unix', address: '/tmp/packer-plugin2', format: 'modern' }],
    ['5|0|tcp|127.0.0.1:10001', { network: 'tcp', address: '127.0.0.1:10001', format: 'modern' }],
  ])('%j', (line, want) => expect(parseHandshake(line)).toEqual(want));

  test.each([
    ['', 'Unrecognized remote plugin message: '],
    ['hello', 'Unrecognized remote plugin message: hello'],
    ['5|unix', 'Unrecognized remote plugin message: 5|unix'],
    ['4|unix|/tmp/x', 'Incompatible API version with plugin. Plugin version: 4, Ours: 5'],
    ['05|unix|/tmp/x', 'Incompatible API version with plugin. Plugin version: 05, Ours: 5'],
    // 1.6.6 reads a 4-field line as network "0"; with only 3 fields we say the same.
    ['5|0|/tmp/x', 'Unknown address type: 0'],
    ['5|0|pipe|/tmp/x', 'Unknown address type: pipe'],
    ['5|1|unix|/tmp/x', 'Incompatible API version with plugin. Plugin version: 5.1, Ours: 5.0'],
    // Packer ≥ 1.7 compares the minor as a string: "10" > "0".
    ['5|10|unix|/tmp/x', 'Incompatible API version with plugin. Plugin version: 5.10, Ours: 5.0'],
  ])('%j is refused', (line, message) => expect(() => parseHandshake(line)).toThrow(message));
});

describe('plugin command', () => {
  test('names as Packer logs them', () => {
    expect(pluginName({ path: '/usr/bin/packer', args: ['plugin', 'packer-builder-file'] })).toBe('packer-builder-file');
    expect(pluginName({ path: '/x/packer-plugin-amazon', args: ['start', 'builder', 'ebs'] })).toBe('packer-plugin-amazon');
    expect(pluginName({ path: '/x/packer-provisioner-foo' })).toBe('packer-provisioner-foo');
  });

  test('environment: ours plus the cookie and ports; PACKER_LOG stays with us', () => {
    const env = pluginEnv({ PACKER_RUN_UUID: 'u', PACKER_LOG: '1', PACKER_LOG_PATH: '/l', HOME: '/h', GONE: undefined, PACKER_PLUGIN_MIN_PORT: '1' });
    expect(env).toEqual({
      PACKER_RUN_UUID: 'u',
      HOME: '/h',
      CHECKPOINT_DISABLE: '1',
      PACKER_PLUGIN_MAGIC_COOKIE: 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2',
      PACKER_PLUGIN_MIN_PORT: '10000',
      PACKER_PLUGIN_MAX_PORT: '25000',
    });
  });
});

test('stderr: lines are re-logged trimmed, a line without end is logged in bounded pieces', () => {
  const logged: string[] = [];
  const log = new StderrLog('p', (m) => logged.push(m));
  log.write(Buffer.from('one  \r\ntw'));
  log.write(Buffer.from('o\n\n'));
  log.write(Buffer.alloc(200 * 1024, 0x7a));
  log.end();
  const short = logged.map((l) => (l.length > 40 ? `${l.slice(0, 12)}…(${l.length - 'p plugin: '.length})` : l));
  expect(short).toEqual(['p plugin: one', 'p plugin: two', 'p plugin: ', 'p plugin: zz…(65536)', 'p plugin: zz…(65536)', 'p plugin: zz…(65536)', 'p plugin: zz…(8192)']);
  expect(log.tail()).toEqual([]); // the only line left is cut by the bound
});

const packer = (() => {
  try {
    return execFileSync('sh', ['-c', 'command -v packer'], { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
})();

(packer ? test : test.skip)('a tcp address in the modern format: a real plugin behind a loopback TCP relay', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tcp-plugin-'));
  // The relay starts Packer's file builder, reads its unix address, and offers it on 127.0.0.1.
  const relay = nodeScript(`
    const { spawn } = require('node:child_process');
    const net = require('node:net');
    const inner = spawn(${JSON.stringify(packer)}, ['plugin', 'packer-builder-file'], { stdio: ['ignore', 'pipe', 'inherit'] });
    inner.stdout.once('data', (d) => {
      const sock = String(d).trim().split('|')[2];
      const server = net.createServer((c) => { const u = net.connect(sock); c.pipe(u); u.pipe(c); server.close(); });
      server.listen(0, '127.0.0.1', () => console.log('5|0|tcp|127.0.0.1:' + server.address().port));
      inner.stdout.resume();
    });`);
  const file = await script(dir, 'packer-builder-relay.cjs', relay);
  const p = await startPlugin({ path: file }, { env: process.env });
  try {
    expect(p.handshake).toMatchObject({ network: 'tcp', format: 'modern' });
    expect(await p.main.call('Builder.Prepare', { Configs: [{ content: 'x', target: path.join(dir, 'o') }] })).toMatchObject({ Error: null });
  } finally {
    await p.kill();
    await fs.rm(dir, { recursive: true, force: true });
  }
  expect(await gone(p.pid)).toBe(true);
});
