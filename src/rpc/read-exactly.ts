import type { Readable } from 'node:stream';

/**
 * Reads exactly `n` bytes, leaving the rest in the stream for the next reader.
 * Rejects with `onShort(received)` when the stream ends, fails or closes first.
 */
export function readExactly(stream: Readable, n: number, onShort: (why: string) => Error): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const cleanup = (): void => {
      stream.off('readable', onReadable);
      stream.off('end', onEnd);
      stream.off('error', onError);
      stream.off('close', onClose);
    };
    const fail = (why: string): void => {
      cleanup();
      reject(onShort(why));
    };
    const onReadable = (): void => {
      const chunk: Buffer | null = stream.read(n);
      if (chunk === null) return;
      if (chunk.length < n) return fail(`stream ended after ${chunk.length} of ${n} bytes`);
      cleanup();
      resolve(chunk);
    };
    const onEnd = (): void => fail(`stream ended before ${n} bytes`);
    const onError = (err: Error): void => fail(err.message);
    const onClose = (): void => fail('stream closed');
    stream.on('readable', onReadable);
    stream.on('end', onEnd);
    stream.on('error', onError);
    stream.on('close', onClose);
  });
}
