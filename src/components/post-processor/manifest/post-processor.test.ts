import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileArtifact } from '../../builder/file/artifact.js';
import { NullArtifact } from '../../builder/null/artifact.js';
import { RecordingUi, packerRaw, tempDir } from '../../common/test-support.js';
import { ManifestPostProcessor } from './post-processor.js';

const golden = '/work/shared/reference/packer-1.6.6/golden/results/09-manifest';
const normalize = (s: string) =>
  s.replace(/"build_time": \d+/g, '"build_time": <UNIX>').replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<UUID>');

async function inDir<T>(dir: string, f: () => Promise<T>): Promise<T> {
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    return await f();
  } finally {
    process.chdir(cwd);
  }
}

async function manifest(raw: Record<string, unknown>, build: string, type: string, artifact: FileArtifact | NullArtifact, extra = {}) {
  const pp = new ManifestPostProcessor();
  await pp.configure(raw, { ...packerRaw(build, type, extra), packer_user_variables: { version: '1.2.3' } });
  return pp.postProcess(new AbortController().signal, new RecordingUi(), artifact);
}

describe('manifest post-processor', () => {
  beforeAll(() => {
    process.env['PACKER_RUN_UUID'] = '11111111-2222-3333-4444-555555555555';
  });

  test('writes the same manifests as packer in G09 (fields, order, custom_data, strip_path, strip_time)', async () => {
    const dir = tempDir();
    await inDir(dir, async () => {
      mkdirSync('dist');
      writeFileSync('dist/disk.img', '0123456789');
      const custom = { type: 'manifest', output: 'manifest-{{user `version`}}.json', strip_path: true, custom_data: { version: '{{user `version`}}', build: '{{build_name}}', static: 'yes' } };
      const timeless = { strip_time: true, output: 'timeless.json' };
      const { type: _t, ...first } = custom;
      for (const [name, type, art] of [
        ['disk', 'file', new FileArtifact('dist/disk.img')],
        ['meta', 'null', new NullArtifact()],
      ] as const) {
        const r = await manifest(first, name, type, art);
        expect(r).toMatchObject({ artifact: art, keep: true, forceOverride: true });
        await manifest(timeless, name, type, art);
      }
    });
    const ours = normalize(readFileSync(join(dir, 'manifest-1.2.3.json'), 'utf8'));
    const theirs = normalize(readFileSync(join(golden, 'build/files-normal/manifest-1.2.3.json'), 'utf8'));
    expect(ours).toBe(theirs);
    expect(normalize(readFileSync(join(dir, 'timeless.json'), 'utf8'))).toBe(
      normalize(readFileSync(join(golden, 'build/files-normal/timeless.json'), 'utf8')),
    );
    expect((statSync(join(dir, 'timeless.json')).mode & 0o777).toString(8)).toBe('644');
  });

  test('appends to a manifest of another run; -force truncates it', async () => {
    const seed = readFileSync('/work/shared/reference/packer-1.6.6/golden/cases/09-manifest/packer-manifest.json', 'utf8');
    for (const [force, file] of [
      [false, 'append-existing'],
      [true, 'append-existing-force'],
    ] as const) {
      const dir = tempDir();
      await inDir(dir, async () => {
        writeFileSync('packer-manifest.json', seed);
        await manifest({}, 'new-build', 'null', new NullArtifact(), { packer_force: force });
      });
      const ours = normalize(readFileSync(join(dir, 'packer-manifest.json'), 'utf8'));
      expect(ours).toBe(normalize(readFileSync(join(golden, file, 'files-normal/packer-manifest.json'), 'utf8')));
    }
  });

  test('escapes HTML characters as Go does', async () => {
    const dir = tempDir();
    await inDir(dir, () => manifest({ custom_data: { a: '<&>' } }, 'b', 'null', new NullArtifact()));
    expect(readFileSync(join(dir, 'packer-manifest.json'), 'utf8')).toContain('"a": "\\u003c\\u0026\\u003e"');
  });
  test('an output below a file or in a missing directory fails with Go path errors (38-unwritable-output)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'blocker'), '');
    await expect(inDir(dir, () => manifest({ output: 'blocker/m.json' }, 'b', 'null', new NullArtifact()))).rejects.toThrow(
      /^Unable to open blocker\/m\.json for reading: open blocker\/m\.json: not a directory$/,
    );
    await expect(inDir(dir, () => manifest({ output: 'out/2.0/m.json' }, 'b', 'null', new NullArtifact()))).rejects.toThrow(
      /^Unable to write out\/2\.0\/m\.json: open out\/2\.0\/m\.json: no such file or directory$/,
    );
  });
});
