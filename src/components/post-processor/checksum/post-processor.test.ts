import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileArtifact } from '../../builder/file/artifact.js';
import { RecordingUi, packerRaw, tempDir } from '../../common/test-support.js';
import { ChecksumPostProcessor } from './post-processor.js';

const golden = '/work/shared/reference/packer-1.6.6/golden/results/10-checksum/build/files-normal';

async function checksum(dir: string, raw: Record<string, unknown>) {
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    const pp = new ChecksumPostProcessor();
    await pp.configure(raw, packerRaw('f', 'file'));
    return await pp.postProcess(new AbortController().signal, new RecordingUi(), new FileArtifact('payload.bin'));
  } finally {
    process.chdir(cwd);
  }
}

describe('checksum post-processor', () => {
  test('writes the files of G10 byte for byte, and the same artifact strings', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'payload.bin'), 'The quick brown fox jumps over the lazy dog');
    const a = await checksum(dir, {});
    expect(a.artifact!.string()).toBe('Created artifact from files: payload.bin, packer_f_file_md5.checksum');
    expect(a.artifact!.builderId()).toBe('packer.post-processor.checksum');
    expect(a.artifact!.id()).toBe('');
    expect(a).toMatchObject({ keep: true, forceOverride: true });
    const b = await checksum(dir, {
      checksum_types: ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'],
      output: 'sums/{{.BuildName}}-{{.BuilderType}}.{{.ChecksumType}}',
    });
    expect(b.artifact!.files()).toEqual([
      'payload.bin',
      'sums/f-file.md5',
      'sums/f-file.sha1',
      'sums/f-file.sha224',
      'sums/f-file.sha256',
      'sums/f-file.sha384',
      'sums/f-file.sha512',
    ]);
    const c = await checksum(dir, { checksum_types: ['sha256', 'md5'], output: 'ALL.sums' });
    expect(c.artifact!.string()).toBe('Created artifact from files: payload.bin, ALL.sums');
    for (const f of ['ALL.sums', 'packer_f_file_md5.checksum', 'sums/f-file.sha1', 'sums/f-file.sha512']) {
      expect(readFileSync(join(dir, f), 'utf8')).toBe(readFileSync(join(golden, f), 'utf8'));
      expect((statSync(join(dir, f)).mode & 0o777).toString(8)).toBe('644');
    }
  });

  test('an unknown type is a prepare error (G10 bad-type)', async () => {
    await expect(new ChecksumPostProcessor().configure({ checksum_types: ['crc32'] })).rejects.toThrow(
      '1 error(s) occurred:\n\n* Unrecognized checksum type: crc32',
    );
  });
});
