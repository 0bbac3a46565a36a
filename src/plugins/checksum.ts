import { createHash } from 'node:crypto';
import { createReadStream, promises as fs } from 'node:fs';

/** The binary does not match its `_SHA256SUM`: it is refused, never started. */
export class ChecksumMismatchError extends Error {
  constructor(
    readonly binary: string,
    readonly expected: string,
    readonly actual: string,
  ) {
    super(`checksum mismatch for plugin ${binary}: expected sha256 ${expected} (from ${binary}_SHA256SUM), got ${actual}; refusing to start it`);
    this.name = 'ChecksumMismatchError';
  }
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Reads `<binary>_SHA256SUM`: only the lowercase hex digest (a trailing newline is tolerated).
 * Throws with the file's name when it is missing or holds anything else.
 */
export async function readChecksumFile(binary: string): Promise<string> {
  const file = `${binary}_SHA256SUM`;
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? `${file} does not exist` : `cannot read ${file}: ${(e as Error).message}`);
  }
  const digest = text.replace(/\r?\n$/, '');
  if (!/^[0-9a-f]{64}$/.test(digest)) throw new Error(`${file} must hold only the lowercase hex SHA-256 of ${binary}`);
  return digest;
}

/** Reads the checksum file and hashes the binary; a mismatch throws ChecksumMismatchError. */
export async function verifyChecksum(binary: string): Promise<void> {
  const expected = await readChecksumFile(binary);
  const actual = await sha256File(binary);
  if (actual !== expected) throw new ChecksumMismatchError(binary, expected, actual);
}
