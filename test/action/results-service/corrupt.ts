/**
 * Damages one file inside a cache archive the way bit rot or tampering would: the archive still
 * decompresses and extracts, but the first regular file not named `*_SHA256SUM` has one byte
 * changed. The archive is tar (pax, as @actions/cache writes with --posix) under zstd or gzip.
 */
import { execFileSync } from 'node:child_process';
import { gunzipSync, gzipSync } from 'node:zlib';

const ZSTD_MAGIC = Buffer.from([0x28, 0xb5, 0x2f, 0xfd]);

function decompress(data: Buffer): { tar: Buffer; recompress: (tar: Buffer) => Buffer } {
  if (data.subarray(0, 4).equals(ZSTD_MAGIC)) {
    return { tar: execFileSync('zstd', ['-d', '-c', '-q'], { input: data, maxBuffer: 1 << 30 }), recompress: (t) => execFileSync('zstd', ['-c', '-q'], { input: t, maxBuffer: 1 << 30 }) };
  }
  if (data[0] === 0x1f && data[1] === 0x8b) return { tar: gunzipSync(data), recompress: (t) => gzipSync(t) };
  throw new Error('cache archive is neither zstd nor gzip');
}

const cstr = (b: Buffer): string => b.toString('utf8').replace(/\0.*$/s, '');

/** The archive with one byte of a plugin binary flipped, and that file's name in the archive. */
export function corruptArchive(data: Buffer): { archive: Buffer; file: string } {
  const { tar, recompress } = decompress(data);
  let off = 0;
  let paxPath: string | undefined;
  while (off + 512 <= tar.length) {
    const h = tar.subarray(off, off + 512);
    if (h.every((b) => b === 0)) break;
    const size = parseInt(cstr(h.subarray(124, 136)).trim() || '0', 8);
    const type = String.fromCharCode(h[156] ?? 0);
    const dataStart = off + 512;
    if (type === 'x') {
      paxPath = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(tar.subarray(dataStart, dataStart + size).toString('utf8'))?.[1];
    } else {
      const prefix = cstr(h.subarray(345, 500));
      const name = paxPath ?? (prefix ? `${prefix}/${cstr(h.subarray(0, 100))}` : cstr(h.subarray(0, 100)));
      paxPath = undefined;
      if ((type === '0' || type === '\0') && size > 0 && !name.endsWith('_SHA256SUM')) {
        const copy = Buffer.from(tar);
        copy[dataStart + size - 1] ^= 0x01;
        return { archive: recompress(copy), file: name };
      }
    }
    off = dataStart + Math.ceil(size / 512) * 512;
  }
  throw new Error('the cache archive holds no file to corrupt');
}
