import { mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Go's os.MkdirAll. Written out because Node's `mkdir({ recursive: true })` never settles for
 * some unwritable parents (seen under /proc with Node 20), which would hang a build instead of
 * failing it; this walks up one level at a time and always settles.
 */
export async function mkdirAll(dir: string, mode = 0o755): Promise<void> {
  try {
    if ((await stat(dir)).isDirectory()) return;
    throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${dir}'`), { code: 'ENOTDIR', path: dir });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  const parent = dirname(dir);
  if (parent !== dir) await mkdirAll(parent, mode);
  try {
    await mkdir(dir, { mode });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
}
