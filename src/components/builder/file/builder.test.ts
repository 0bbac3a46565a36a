import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ShellLocalProvisioner } from '../../provisioner/shell-local/provisioner.js';
import {
  ProvisionersHook,
  RecordingUi,
  packerAvailable,
  packerBuild,
  packerRaw,
  tempDir,
} from '../../common/test-support.js';
import { FileBuilder } from './builder.js';

const mode = (p: string) => (statSync(p).mode & 0o777).toString(8);

async function build(dir: string, raw: Record<string, unknown>, hook = new ProvisionersHook()) {
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    const b = new FileBuilder();
    const prep = await b.prepare(raw, packerRaw('file', 'file'));
    const ui = new RecordingUi();
    const artifact = await b.run(new AbortController().signal, ui, hook);
    return { prep, ui, artifact, hook };
  } finally {
    process.chdir(cwd);
  }
}

describe('file builder', () => {
  test('content is written with mode 0600, no UI line; artifact as Packer (G02)', async () => {
    const dir = tempDir();
    const { ui, artifact, prep, hook } = await build(dir, { target: 'out/content.txt', content: 'line one\nline two\n' });
    expect(prep.warnings).toEqual([]);
    expect(ui.lines).toEqual([]);
    expect(readFileSync(join(dir, 'out/content.txt'), 'utf8')).toBe('line one\nline two\n');
    expect(mode(join(dir, 'out/content.txt'))).toBe('600');
    expect(artifact!.builderId()).toBe('packer.file');
    expect(artifact!.id()).toBe('File');
    expect(artifact!.string()).toBe('Stored file: out/content.txt');
    expect(artifact!.files()).toEqual(['out/content.txt']);
    expect(hook.calls.map((c) => c.name)).toEqual(['packer_provision']);
  });

  test('source is copied with Copying/Copied lines and mode 0644', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'input.txt'), 'copied from input.txt\n');
    const p = new ShellLocalProvisioner();
    await p.prepare({ inline: ['ls out'] }, packerRaw('file', 'file'));
    const { ui } = await build(dir, { source: 'input.txt', target: 'out/copied.txt' }, new ProvisionersHook([p]));
    expect(ui.lines.slice(0, 2)).toEqual([
      ['say', 'Copying input.txt to out/copied.txt'],
      ['say', 'Copied 22 bytes'],
    ]);
    expect(ui.lines[3]).toEqual(['message', 'copied.txt']);
    expect(mode(join(dir, 'out/copied.txt'))).toBe('644');
  });

  test('blank content and source: warning, empty file', async () => {
    const dir = tempDir();
    const { prep } = await build(dir, { target: 'empty.txt' });
    expect(prep.warnings).toEqual(['Both source file and contents are blank; target will have no content']);
    expect(statSync(join(dir, 'empty.txt')).size).toBe(0);
  });

  test('prepare and run errors use Packer wording', async () => {
    await expect(new FileBuilder().prepare({ content: 'a', source: 'b' })).rejects.toThrow(
      '2 error(s) occurred:\n\n* target required\n* Cannot specify source file AND content',
    );
    const dir = tempDir();
    await expect(build(dir, { source: 'no-such-input.txt', target: 'out.txt' })).rejects.toThrow(
      'open no-such-input.txt: no such file or directory',
    );
  });

  const maybe = packerAvailable() ? test : test.skip;
  if (!packerAvailable()) console.log('packer 1.6.6 not installed: skipping the file builder oracle comparison');
  maybe('writes the same bytes and modes as packer', async () => {
    const ours = tempDir();
    const theirs = tempDir();
    for (const d of [ours, theirs]) writeFileSync(join(d, 'in.bin'), Buffer.from([0, 1, 2, 255]));
    const builds = [
      { type: 'file', name: 'a', target: 'o/a.txt', content: 'x\ny' },
      { type: 'file', name: 'b', target: 'o/b.bin', source: 'in.bin' },
    ];
    writeFileSync(join(theirs, 't.json'), JSON.stringify({ builders: builds }));
    packerBuild(theirs, 't.json');
    for (const { type: _t, name: _n, ...raw } of builds) await build(ours, raw);
    for (const f of ['o/a.txt', 'o/b.bin']) {
      expect(readFileSync(join(ours, f))).toEqual(readFileSync(join(theirs, f)));
      expect(mode(join(ours, f))).toBe(mode(join(theirs, f)));
    }
    expect(mode(join(ours, 'o'))).toBe(mode(join(theirs, 'o')));
  });
});
