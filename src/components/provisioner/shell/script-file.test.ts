import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../common/test-support.js';
import { writeTempFile } from './script-file.js';

describe('writeTempFile', () => {
  const saved = process.env['PACKER_TMP_DIR'];
  afterEach(() => {
    if (saved === undefined) delete process.env['PACKER_TMP_DIR'];
    else process.env['PACKER_TMP_DIR'] = saved;
  });

  test('writes a 0600 file named prefix + digits in PACKER_TMP_DIR', async () => {
    const dir = tempDir();
    process.env['PACKER_TMP_DIR'] = dir;
    const p = await writeTempFile('packer-shell', 'echo hi\n');
    expect(p).toMatch(new RegExp(`^${dir}/packer-shell\\d+$`));
    expect(readFileSync(p, 'utf8')).toBe('echo hi\n');
    expect(statSync(p).mode & 0o777).toBe(0o600);
  });

  test('a missing temp directory fails with Go wording (ioutil.TempFile)', async () => {
    const dir = join(tempDir(), 'missing');
    process.env['PACKER_TMP_DIR'] = dir;
    await expect(writeTempFile('packer-shell', '')).rejects.toThrow(
      new RegExp(`^Error preparing shell script: open ${dir}/packer-shell\\d+: no such file or directory$`),
    );
  });
});
