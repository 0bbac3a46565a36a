import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decompress as lz4Decompress } from 'lz4js';
import { NullArtifact } from '../../builder/null/artifact.js';
import { FileArtifact } from '../../builder/file/artifact.js';
import { ArtificeArtifact } from '../artifice/artifact.js';
import { RecordingUi, packerAvailable, packerBuild, packerRaw, tempDir } from '../../common/test-support.js';
import { CompressPostProcessor } from './post-processor.js';
import { detectFromFilename } from './detect.js';
import type { Artifact } from '../../../sdk/index.js';

const golden = '/work/shared/reference/packer-1.6.6/golden/results/11-compress/build/files-normal';
const isRoot = process.getuid?.() === 0 && process.getgid?.() === 0;

async function compress(dir: string, raw: Record<string, unknown>, input: Artifact = new FileArtifact('one.txt')) {
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    const pp = new CompressPostProcessor();
    await pp.configure(raw, packerRaw('one', 'file'));
    const ui = new RecordingUi();
    let error: Error | undefined;
    const r = await pp.postProcess(new AbortController().signal, ui, input).catch((e: Error) => {
      error = e;
      return undefined;
    });
    return { ui, r, error };
  } finally {
    process.chdir(cwd);
  }
}

function oneFile(): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'one.txt'), 'one file\n', { mode: 0o600 });
  return dir;
}

describe('compress post-processor', () => {
  test('format from the extension, as detectFromFilename', () => {
    expect(detectFromFilename('packer_{{.BuildName}}_{{.BuilderType}}', '')).toEqual({ archive: 'tar', algorithm: 'pgzip' });
    expect(detectFromFilename('out/x.tar.gz', '')).toEqual({ archive: 'tar', algorithm: 'pgzip' });
    expect(detectFromFilename('x.tgz', '')).toEqual({ archive: 'tar', algorithm: 'pgzip' });
    expect(detectFromFilename('x.tar.lz4', '')).toEqual({ archive: 'tar', algorithm: 'lz4' });
    expect(detectFromFilename('x.tar.xz', '')).toEqual({ archive: 'tar', algorithm: 'xz' });
    expect(detectFromFilename('x.gz', '')).toEqual({ archive: '', algorithm: 'pgzip' });
    expect(detectFromFilename('x.zip', '')).toEqual({ archive: 'zip', algorithm: '' });
    expect(detectFromFilename('out/by-format', 'zip')).toEqual({ archive: 'zip', algorithm: '' });
    expect(detectFromFilename('x.bgzf', '')).toEqual({ archive: '', algorithm: 'bgzf' });
  });

  test('tar: the same bytes as packer (GNU header, base name, zero mtime) and its UI lines', async () => {
    const dir = oneFile();
    const { ui, r } = await compress(dir, { output: 'out/plain.tar' });
    expect(ui.lines).toEqual([
      ['say', 'Tarring out/plain.tar with no compression'],
      ['say', 'Archive out/plain.tar completed'],
    ]);
    expect(r!.artifact!.string()).toBe('compressed artifacts in: out/plain.tar');
    expect(r!.artifact!.builderId()).toBe('packer.post-processor.compress');
    expect(r).toMatchObject({ keep: false, forceOverride: false });
    const ours = readFileSync(join(dir, 'out/plain.tar'));
    if (isRoot) expect(ours).toEqual(readFileSync(join(golden, 'out/plain.tar')));
    expect(execFileSync('tar', ['-tvf', join(dir, 'out/plain.tar')], { encoding: 'utf8' })).toMatch(/^-rw------- .* 9 1970-01-01 00:00 one.txt\n$/);
  });

  test('default output: tar + gzip with Go gzip header, named packer_<build>_<type>', async () => {
    const dir = oneFile();
    const { ui } = await compress(dir, {});
    expect(ui.lines[0]![1]).toMatch(/^Using pgzip compression with \d+ cores for packer_one_file$/);
    expect(ui.lines.slice(1)).toEqual([
      ['say', 'Tarring packer_one_file with pgzip'],
      ['say', 'Archive packer_one_file completed'],
    ]);
    const gz = readFileSync(join(dir, 'packer_one_file'));
    expect(gz.subarray(0, 10)).toEqual(readFileSync(join(golden, 'packer_one_file')).subarray(0, 10));
    if (isRoot) expect(gunzipSync(gz)).toEqual(readFileSync(join(golden, 'out/plain.tar')));
    const lvl9 = await compress(dir, { output: 'out/{{.BuildName}}.tar.gz', compression_level: 9 });
    expect(lvl9.error).toBeUndefined();
    expect(readFileSync(join(dir, 'out/one.tar.gz')).subarray(0, 10)).toEqual(readFileSync(join(golden, 'out/one.tar.gz')).subarray(0, 10));
  });

  test('single-file formats round-trip: gz, bgzf, lz4, xz', async () => {
    const dir = oneFile();
    for (const [ext, alg] of [['gz', 'pgzip'], ['bgzf', 'bgzf'], ['lz4', 'lz4'], ['xz', 'xz']]) {
      const { ui, error } = await compress(dir, { output: `out/single.${ext}` });
      expect(error).toBeUndefined();
      expect(ui.lines[1]).toEqual(['say', `Archiving one.txt with ${alg}`]);
    }
    const read = (f: string) => readFileSync(join(dir, 'out', f));
    expect(gunzipSync(read('single.gz')).toString()).toBe('one file\n');
    expect(gunzipSync(read('single.bgzf')).toString()).toBe('one file\n');
    expect(read('single.bgzf').subarray(-28)).toEqual(readFileSync(join(golden, 'out/single.bgzf')).subarray(-28));
    expect(Buffer.from(lz4Decompress(read('single.lz4'))).toString()).toBe('one file\n');
    expect(read('single.lz4')).toEqual(readFileSync(join(golden, 'out/single.lz4')));
    expect(execFileSync('lz4', ['-dc', join(dir, 'out/single.lz4')], { encoding: 'utf8' })).toBe('one file\n');
    expect(execFileSync('xz', ['-dc', join(dir, 'out/single.xz')], { encoding: 'utf8' })).toBe('one file\n');
  });

  test('zip: Go archive/zip layout (path names, zero DOS time, no attributes)', async () => {
    const dir = oneFile();
    const { ui } = await compress(dir, { output: 'out/by-format', format: 'zip' });
    expect(ui.lines).toEqual([
      ['say', 'Zipping out/by-format'],
      ['say', 'Archive out/by-format completed'],
    ]);
    const z = readFileSync(join(dir, 'out/by-format'));
    const g = readFileSync(join(golden, 'out/by-format'));
    expect(z.subarray(0, 0x25)).toEqual(g.subarray(0, 0x25));
    expect(execFileSync('unzip', ['-p', join(dir, 'out/by-format')], { encoding: 'utf8' })).toBe('one file\n');
  });

  test('large inputs stream through tar.gz and lz4 intact', async () => {
    const dir = tempDir();
    const big = Buffer.alloc(9 << 20);
    for (let i = 0; i < big.length; i++) big[i] = (i * 7 + (i >> 13)) & 0xff;
    writeFileSync(join(dir, 'big.bin'), big);
    await compress(dir, { output: 'big.lz4' }, new FileArtifact('big.bin'));
    expect(execFileSync('lz4', ['-dc', join(dir, 'big.lz4')], { maxBuffer: 64 << 20 }).equals(big)).toBe(true);
    await compress(dir, { output: 'big.tar.gz' }, new FileArtifact('big.bin'));
    expect(execFileSync('tar', ['-xzOf', join(dir, 'big.tar.gz')], { maxBuffer: 64 << 20 }).equals(big)).toBe(true);
  });

  test('a compression level below -1 is refused as pgzip does', async () => {
    const { error } = await compress(oneFile(), { output: 'x.gz', compression_level: -5 });
    expect(error?.message).toBe('error creating pgzip writer: Invalid compression level. Expected an integer from -1 to 9.');
  });

  test('several files need tar or zip (G11 multi-file)', async () => {
    const dir = oneFile();
    const { error } = await compress(dir, { output: 'multi.gz' }, new NullArtifact());
    expect(error?.message).toBe('Can only have 1 input file when not using tar/zip. Found 0 files: []');
    expect(existsSync(join(dir, 'multi.gz'))).toBe(true);
    writeFileSync(join(dir, 'b.txt'), 'b');
    const two = await compress(dir, { output: 'multi.gz' }, new ArtificeArtifact(['one.txt', 'b.txt']));
    expect(two.error?.message).toBe('Can only have 1 input file when not using tar/zip. Found 2 files: [one.txt b.txt]');
  });

  const maybe = packerAvailable() ? test : test.skip;
  if (!packerAvailable()) console.log('packer 1.6.6 not installed: skipping the compress oracle comparison');
  maybe('same archive contents as packer for every format', async () => {
    const theirs = tempDir();
    const ours = oneFile();
    const cases = [['out/a.tar'], ['out/b.tar.gz'], ['out/c.zip'], ['out/d.gz'], ['out/e.lz4'], ['out/f.xz'], ['out/g.bgzf'], ['out/h.tar.lz4'], ['out/i.tar.xz']];
    mkdirSync(join(theirs, 'in'));
    copyFileSync(join(ours, 'one.txt'), join(theirs, 'one.txt'));
    writeFileSync(
      join(theirs, 't.json'),
      JSON.stringify({
        builders: [{ type: 'file', name: 'one', target: 'one.txt', content: 'one file\n' }],
        'post-processors': cases.map(([o]) => ({ type: 'compress', output: o, keep_input_artifact: true })),
      }),
    );
    packerBuild(theirs, 't.json');
    for (const [o] of cases) await compress(ours, { output: o });
    const contents = (dir: string, f: string): Buffer => {
      const p = join(dir, f);
      if (f.endsWith('.zip')) return execFileSync('unzip', ['-p', p]);
      if (f.includes('.tar')) {
        const flag = f.endsWith('.gz') ? '-xzOf' : f.endsWith('.xz') ? '-xJOf' : f.endsWith('.lz4') ? '-xOf' : '-xOf';
        if (f.endsWith('.lz4')) return execFileSync('sh', ['-c', `lz4 -dc ${p} | tar -xOf -`]);
        return execFileSync('tar', [flag, p]);
      }
      if (f.endsWith('.lz4')) return execFileSync('lz4', ['-dc', p]);
      if (f.endsWith('.xz')) return execFileSync('xz', ['-dc', p]);
      return gunzipSync(readFileSync(p));
    };
    for (const [o] of cases) expect([o, contents(ours, o!).toString()]).toEqual([o, contents(theirs, o!).toString()]);
  });
});
