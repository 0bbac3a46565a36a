// Decodes the archives Packer 1.6.6 itself wrote (the golden recordings of 11-compress).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeArchive } from './archive.js';
import { goldenResultsDir } from './paths.js';

const dir = join(goldenResultsDir, '11-compress/build/files-normal/out');
const maybe = existsSync(dir) ? describe : describe.skip;
if (!existsSync(dir)) console.warn(`archive tests skipped: ${dir} not found (shared/ must sit beside the repo)`);

maybe('describeArchive on Packer-made archives', () => {
  const file = (n: string): Buffer => readFileSync(join(dir, n));
  const one = '9 915d8335c6764cb5'; // "one file\n"

  test.each([
    ['single.gz', `gzip(${one})`],
    ['single.bgzf', `gzip(${one})`],
    ['single.xz', `xz(${one})`],
    ['single.lz4', `lz4(${one})`],
  ])('%s holds one.txt', (name, want) => {
    expect(describeArchive(file(name))).toBe(want);
  });

  test('tar, tar.gz and zip list their entries with content hashes', () => {
    expect(describeArchive(file('plain.tar'))).toMatch(/^tar\(one\.txt type=0 mode=600 size=9 .* 915d8335c6764cb5\)$/);
    expect(describeArchive(file('one.tar.gz'))).toMatch(/^gzip\(tar\(one\.txt type=0 mode=600 size=9 .* 915d8335c6764cb5\)\)$/);
    expect(describeArchive(file('archive.zip'))).toMatch(/^zip\(one\.txt method=deflate mode=\d+ size=9 915d8335c6764cb5\)$/);
  });

  test('plain text is not an archive', () => {
    expect(describeArchive(Buffer.from('hello\n'))).toBeUndefined();
  });
});
