import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NullArtifact } from '../../builder/null/artifact.js';
import { FileArtifact } from '../../builder/file/artifact.js';
import { RecordingUi, packerRaw, tempDir } from '../../common/test-support.js';
import { ArtificePostProcessor } from './post-processor.js';
import type { Artifact } from '../../../sdk/index.js';

async function artifice(dir: string, raw: Record<string, unknown>, input: Artifact = new NullArtifact()) {
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    const pp = new ArtificePostProcessor();
    await pp.configure(raw, packerRaw('null', 'null'));
    const ui = new RecordingUi();
    return { ui, ...(await pp.postProcess(new AbortController().signal, ui, input)) };
  } finally {
    process.chdir(cwd);
  }
}

describe('artifice post-processor', () => {
  test('names the files, expanding globs as Go filepath.Glob; missing files drop out (G11)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'a');
    writeFileSync(join(dir, 'b.txt'), 'b');
    mkdirSync(join(dir, 'd'));
    writeFileSync(join(dir, 'd', '.hidden.log'), '');
    const r = await artifice(dir, { files: ['a.txt', 'b.txt', 'missing.txt', 'd/*.log'] }, new FileArtifact('x.img'));
    expect(r.ui.lines).toEqual([
      ['say', 'Discarding files from artifact: x.img'],
      ['say', 'Using these artifact files: a.txt, b.txt, d/.hidden.log'],
    ]);
    expect(r.artifact!.builderId()).toBe('packer.post-processor.artifice');
    expect(r.artifact!.string()).toBe('Created artifact from files: a.txt, b.txt, d/.hidden.log');
    expect(r).toMatchObject({ keep: true, forceOverride: false });
    const none = await artifice(dir, { files: ['gone.txt'] });
    expect(none.ui.lines).toEqual([['say', 'Using these artifact files: ']]);
  });

  test('files are required', async () => {
    await expect(new ArtificePostProcessor().configure({})).rejects.toThrow('No files specified in artifice configuration');
  });
});
