import { randomInt } from 'node:crypto';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { goPathError } from './go-errors.js';

/**
 * Go's ioutil.TempFile(dir, prefix) filled with a shell script's `body`: a new 0600 file named
 * prefix + random digits. Which `dir` differs: shell-local uses os.TempDir, the shell provisioner
 * packer-plugin-sdk tmp (PACKER_TMP_DIR). Shared by both, hence the shell wording of the error.
 */
export async function writeTempScript(dir: string, prefix: string, body: string): Promise<string> {
  for (;;) {
    const path = join(dir, `${prefix}${randomInt(1, 2 ** 32 - 1)}`);
    try {
      const fh = await open(path, 'wx', 0o600);
      try {
        await fh.writeFile(body);
      } finally {
        await fh.close();
      }
      return path;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new Error(`Error preparing shell script: ${goPathError('open', path, e).message}`);
    }
  }
}
