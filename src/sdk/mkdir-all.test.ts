import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mkdirAll } from './mkdir-all.js';

describe('mkdirAll', () => {
  test('creates nested directories and accepts existing ones', async () => {
    const base = await mkdtemp(join(tmpdir(), 'ib-mkdir-'));
    try {
      await mkdirAll(join(base, 'a/b/c'));
      await mkdirAll(join(base, 'a/b/c'));
      expect((await stat(join(base, 'a/b/c'))).isDirectory()).toBe(true);
      await writeFile(join(base, 'f'), 'x');
      await expect(mkdirAll(join(base, 'f/g'))).rejects.toMatchObject({ code: 'ENOTDIR' });
    } finally {
      await rm(base, { recursive: true, force: true });
    }
  });

  test('settles with an error under /proc, where Node recursive mkdir hangs', async () => {
    await expect(mkdirAll('/proc/image-build-nope/x')).rejects.toMatchObject({ code: expect.any(String) });
  });
});
