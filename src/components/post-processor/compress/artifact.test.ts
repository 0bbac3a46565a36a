import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../common/test-support.js';
import { CompressArtifact } from './artifact.js';

describe('compress artifact', () => {
  test('destroy ignores a missing archive and reports others as Go os.Remove does', async () => {
    const dir = tempDir();
    await new CompressArtifact(join(dir, 'gone.tar.gz')).destroy();
    writeFileSync(join(dir, 'blocker'), '');
    const below = join(dir, 'blocker', 'x.tar.gz');
    await expect(new CompressArtifact(below).destroy()).rejects.toThrow(new Error(`remove ${below}: not a directory`));
  });
});
