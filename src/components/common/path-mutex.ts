import { resolve } from 'node:path';

const tails = new Map<string, Promise<void>>();

/**
 * Runs `fn` once every earlier call for the same file (by absolute path) of this process has
 * settled. Packer serialises manifest writers with a lock file only, tried three times over
 * 600 ms and then ignored, which both slows parallel builds and can drop entries; within one
 * image-build run the builds share a process, so they queue here and never race for the file.
 */
export async function withPathMutex<T>(path: string, fn: () => Promise<T>): Promise<T> {
  const key = resolve(path);
  const prev = tails.get(key) ?? Promise.resolve();
  let release!: () => void;
  const mine = new Promise<void>((r) => (release = r));
  const tail = prev.then(() => mine);
  tails.set(key, tail);
  await prev;
  try {
    return await fn();
  } finally {
    release();
    if (tails.get(key) === tail) tails.delete(key);
  }
}
