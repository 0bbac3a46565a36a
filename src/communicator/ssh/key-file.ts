import './cjs-globals.js';
import { readFileSync } from 'node:fs';
import { utils } from 'ssh2';

/**
 * packer's `FileSigner` check at prepare time: a private key file that holds no usable key is a
 * config error then, not five minutes of "Waiting for SSH" later. Returns the error text in
 * Packer 1.6.6's words (`path` as the user wrote it), or undefined for a good key.
 */
export function privateKeyFileProblem(fullPath: string, path: string): string | undefined {
  let text: Buffer;
  try {
    text = readFileSync(fullPath);
  } catch (e) {
    return `Failed to read key '${path}': ${(e as Error).message}`;
  }
  const parsed = utils.parseKey(text);
  const key = Array.isArray(parsed) ? parsed[0] : parsed;
  if (key && !(key instanceof Error)) return undefined;
  if (key instanceof Error && /passphrase|encrypted/i.test(key.message)) return 'ssh: this private key is passphrase protected';
  return `Failed to read key '${path}': no key found`;
}
