import { randomInt } from 'node:crypto';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { goPathError } from '../../common/go-errors.js';

/**
 * packer-plugin-sdk `tmp.File(prefix)`: a new 0600 file in PACKER_TMP_DIR (or the system temp
 * directory) named prefix + random digits, holding `body`. Its path is shown to the user.
 */
export async function writeTempFile(prefix: string, body: string): Promise<string> {
  const dir = process.env['PACKER_TMP_DIR'] || tmpdir();
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

/**
 * packer `provisioner/shell` UnixReader: every line ends in a bare `\n` (a `\r` before it is
 * dropped, and a last line without one gets one), so scripts edited on Windows still run.
 */
export function toUnixLines(buf: Buffer): Buffer {
  if (buf.length === 0) return buf;
  const text = buf.toString('latin1');
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return Buffer.from(lines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l) + '\n').join(''), 'latin1');
}
