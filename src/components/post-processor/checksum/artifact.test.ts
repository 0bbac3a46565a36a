import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../common/test-support.js';
import { ChecksumArtifact } from './artifact.js';

describe('checksum artifact', () => {
  test('destroy removes every file and tree (os.RemoveAll); failures read as Go unlinkat', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'tree', 'sub'), { recursive: true });
    writeFileSync(join(dir, 'f'), '');
    await new ChecksumArtifact([join(dir, 'tree'), join(dir, 'f'), join(dir, 'missing')]).destroy();
    expect(existsSync(join(dir, 'tree')) || existsSync(join(dir, 'f'))).toBe(false);
    writeFileSync(join(dir, 'blocker'), '');
    const below = join(dir, 'blocker', 'x');
    await expect(new ChecksumArtifact([below]).destroy()).rejects.toThrow(new Error(`unlinkat ${below}: not a directory`));
  });
});
