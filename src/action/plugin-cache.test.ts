import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cacheKey, checkPlugins, keyPrefix } from './plugin-cache.js';

let dir: string;
beforeEach(async () => (dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ib-pcache-'))));
afterEach(() => fs.rm(dir, { recursive: true, force: true }));

async function install(rel: string, content: string): Promise<string> {
  const bin = path.join(dir, rel);
  await fs.mkdir(path.dirname(bin), { recursive: true });
  await fs.writeFile(bin, content);
  await fs.writeFile(`${bin}_SHA256SUM`, createHash('sha256').update(content).digest('hex'));
  return bin;
}

test('the key names OS and arch and changes with the installed plugins, not with other files', async () => {
  const empty = await cacheKey(dir, 'linux', 'x64');
  expect(empty.startsWith(keyPrefix('linux', 'x64'))).toBe(true);
  expect((await cacheKey(dir, 'darwin', 'arm64')).startsWith('image-build-plugins-darwin-arm64-')).toBe(true);
  await install('github.com/hashicorp/docker/packer-plugin-docker_v1.0.0_x5.0_linux_amd64', 'v1');
  const one = await cacheKey(dir, 'linux', 'x64');
  expect(one).not.toBe(empty);
  await fs.writeFile(path.join(dir, 'notes.txt'), 'x');
  expect(await cacheKey(dir, 'linux', 'x64')).toBe(one);
  await install('github.com/hashicorp/docker/packer-plugin-docker_v1.0.1_x5.0_linux_amd64', 'v2');
  expect(await cacheKey(dir, 'linux', 'x64')).not.toBe(one);
  expect(await cacheKey(path.join(dir, 'absent'), 'linux', 'x64')).toBe(empty);
});

test('verify: every plugin matches its checksum; a tampered one is named', async () => {
  const a = await install('a/packer-plugin-a_v1.0.0_x5.0_linux_amd64', 'good');
  await install('b/packer-plugin-b_v1.0.0_x5.0_linux_amd64', 'good too');
  expect(await checkPlugins(dir)).toEqual({ verified: 2, bad: [] });
  await fs.writeFile(a, 'tampered');
  const tampered = await checkPlugins(dir);
  expect(tampered.verified).toBe(1);
  expect(tampered.bad.map((b) => b.binary)).toEqual([a]);
  expect(tampered.bad[0]!.message).toContain(`checksum mismatch for plugin ${a}`);
  await fs.rm(a);
  expect((await checkPlugins(dir)).bad).toEqual([{ binary: a, message: `${a}: missing (its ${path.basename(a)}_SHA256SUM is there)` }]);
});
