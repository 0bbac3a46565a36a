import type { Readable } from 'node:stream';

/** A handshake is short; a plugin printing this much without a newline is not speaking it. */
const MAX_HANDSHAKE = 64 * 1024;

/**
 * Resolves with the first stdout line (without its newline; a last unterminated line counts, as
 * with Go's ReadBytes), or undefined when stdout ends empty. Everything after is read and
 * dropped, so the plugin never blocks on a full pipe.
 */
export function readFirstLine(stdout: Readable): Promise<string | undefined> {
  return new Promise((resolve) => {
    const parts: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (line: string | undefined): void => {
      if (done) return;
      done = true;
      resolve(line);
    };
    stdout.on('data', (chunk: Buffer) => {
      if (done) return;
      const nl = chunk.indexOf(0x0a);
      if (nl >= 0) {
        parts.push(chunk.subarray(0, nl));
        return finish(Buffer.concat(parts).toString('utf8'));
      }
      parts.push(chunk);
      size += chunk.length;
      if (size > MAX_HANDSHAKE) finish(Buffer.concat(parts).toString('utf8'));
    });
    stdout.once('end', () => finish(size > 0 ? Buffer.concat(parts).toString('utf8') : undefined));
    stdout.once('error', () => finish(undefined));
  });
}
