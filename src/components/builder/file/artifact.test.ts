import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../common/test-support.js';
import { FileArtifact } from './artifact.js';

describe('file artifact', () => {
  test('destroy removes the file; a missing one fails as Go os.Remove does', async () => {
    const dir = tempDir();
    const f = join(dir, 'a.txt');
    writeFileSync(f, 'x');
    await new FileArtifact(f).destroy();
    expect(existsSync(f)).toBe(false);
    await expect(new FileArtifact(f).destroy()).rejects.toThrow(new Error(`remove ${f}: no such file or directory`));
  });
});
