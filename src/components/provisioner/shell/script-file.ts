import { tmpdir } from 'node:os';
import { writeTempScript } from '../../common/temp-script.js';

/**
 * packer-plugin-sdk `tmp.File(prefix)`: a new 0600 file in PACKER_TMP_DIR (or the system temp
 * directory) named prefix + random digits, holding `body`. Its path is shown to the user.
 */
export async function writeTempFile(prefix: string, body: string): Promise<string> {
  return writeTempScript(process.env['PACKER_TMP_DIR'] || tmpdir(), prefix, body);
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
