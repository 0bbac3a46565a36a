import { existsSync, readdirSync, realpathSync, writeFileSync } from 'node:fs';
import { PlaceholderMsg } from '../../../sdk/interpolate/index.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  RecordingUi,
  packerAvailable,
  packerBuild,
  packerRaw,
  packerUiLines,
  tempDir,
} from '../../common/test-support.js';
import { ShellLocalProvisioner } from './provisioner.js';

// What the core passes as the last raw config (packer BasicPlaceholderData).
const placeholders = {
  ID: `Build_ID. ${PlaceholderMsg}`,
  PackerRunUUID: `Build_PackerRunUUID. ${PlaceholderMsg}`,
};

async function provision(raw: Record<string, unknown>, data: Record<string, unknown> = {}, signal?: AbortSignal) {
  const p = new ShellLocalProvisioner();
  await p.prepare(raw, packerRaw('null', 'null'), placeholders);
  const ui = new RecordingUi();
  let error: Error | undefined;
  try {
    await p.provision(signal ?? new AbortController().signal, ui, undefined, data);
  } catch (e) {
    error = e as Error;
  }
  return { ui, error };
}

const tempScripts = () => new Set(readdirSync(tmpdir()).filter((n) => n.startsWith('packer-shell')));

describe('shell-local provisioner', () => {
  test('streams stdout as messages and stderr as errors, cleaned as Packer does', async () => {
    const { ui, error } = await provision({
      environment_vars: ["A=it's"],
      inline: [
        'echo "build=$PACKER_BUILD_NAME type=$PACKER_BUILDER_TYPE a=$A"',
        "echo a; echo; echo '  b  '; printf 'c\\r\\nd\\re\\n'; printf 'noeol'",
        'echo oops 1>&2',
      ],
    });
    expect(error).toBeUndefined();
    expect(ui.lines[0]![0]).toBe('say');
    expect(ui.lines[0]![1]).toMatch(/^Running local shell script: \/tmp\/packer-shell\d+$/);
    expect(ui.lines.filter((l) => l[0] === 'message').map((l) => l[1])).toEqual([
      "build=null type=null a=it's",
      'a',
      '',
      '  b',
      'c',
      'e',
      'noeol',
    ]);
    expect(ui.lines).toContainEqual(['error', 'oops']);
  });

  test('renders {{build}} with the generated data at run time and removes the temp script', async () => {
    const before = tempScripts();
    const { ui, error } = await provision(
      { inline: ['echo id={{build `ID`}} uuid={{ build `PackerRunUUID` }} path=$0'] },
      { ID: 'Null', PackerRunUUID: 'u-1' },
    );
    expect(error).toBeUndefined();
    const line = ui.lines.find((l) => l[0] === 'message')![1];
    expect(line).toMatch(/^id=Null uuid=u-1 path=\/tmp\/packer-shell\d+$/);
    expect(existsSync(line.split('path=')[1]!)).toBe(false);
    expect([...tempScripts()].filter((n) => !before.has(n))).toEqual([]);
  });

  test('execute_command sees Vars and Script', async () => {
    const { ui } = await provision({ execute_command: ['/bin/sh', '-c', 'echo "[{{.Vars}}] {{.Script}}"'], inline: ['x'] });
    expect(ui.lines[1]![1]).toMatch(/^\[PACKER_BUILDER_TYPE='null' PACKER_BUILD_NAME='null' \] \/tmp\/packer-shell\d+$/);
  });

  test('a non-zero exit fails with Packer wording; valid_exit_codes accept it', async () => {
    const failed = await provision({ inline: ['echo before', 'exit 3'] });
    expect(failed.error?.message).toBe('Script exited with non-zero exit status: 3.Allowed exit codes are: [0]');
    const ok = await provision({ inline: ['exit 3'], valid_exit_codes: [0, 3] });
    expect(ok.error).toBeUndefined();
    const listed = await provision({ inline: ['exit 4'], valid_exit_codes: [0, 3] });
    expect(listed.error?.message).toBe('Script exited with non-zero exit status: 4.Allowed exit codes are: [0 3]');
  });

  test('script and scripts run files as given', async () => {
    const dir = tempDir();
    const s = join(dir, 's.sh');
    writeFileSync(s, 'echo from-script "$1"\n', { mode: 0o755 });
    const { ui, error } = await provision({ script: s });
    expect(error).toBeUndefined();
    expect(ui.lines).toEqual([
      ['say', `Running local shell script: ${s}`],
      ['message', 'from-script'],
    ]);
  });

  test('a bare relative script name runs from the working directory, not PATH (filepath.Abs)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'rel.sh'), 'echo rel says hi\n', { mode: 0o755 });
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const { ui, error } = await provision({ script: 'rel.sh' });
      expect(error).toBeUndefined();
      // The Ui names the script as written; only the command gets the absolute path.
      expect(ui.lines).toEqual([
        ['say', 'Running local shell script: rel.sh'],
        ['message', 'rel says hi'],
      ]);
      const seen = await provision({ script: 'rel.sh', execute_command: ['/bin/sh', '-c', 'echo {{.Script}}'] });
      expect(seen.ui.lines[1]).toEqual(['message', join(realpathSync(dir), 'rel.sh')]);
    } finally {
      process.chdir(cwd);
    }
  });

  test('a script below a file is reported as Go stat does', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'f'), '');
    const p = new ShellLocalProvisioner();
    const bad = join(dir, 'f', 's.sh');
    await expect(p.prepare({ script: bad })).rejects.toThrow(`* Bad script '${bad}': stat ${bad}: not a directory`);
  });

  test('an unusable temp directory fails the inline script with Go wording', async () => {
    const saved = process.env['TMPDIR'];
    const dir = join(tempDir(), 'missing');
    process.env['TMPDIR'] = dir;
    try {
      const { error } = await provision({ inline: ['true'] });
      expect(error?.message).toMatch(new RegExp(`^Error preparing shell script: open ${dir}/packer-shell\\d+: no such file or directory$`));
    } finally {
      if (saved === undefined) delete process.env['TMPDIR'];
      else process.env['TMPDIR'] = saved;
    }
  });

  test('validation errors use Packer wording', async () => {
    const p = new ShellLocalProvisioner();
    await expect(p.prepare({}, packerRaw('n', 'null'))).rejects.toThrow(
      '1 error(s) occurred:\n\n* Command, Inline, Script and Scripts options cannot all be empty.',
    );
    await expect(p.prepare({ inline: ['x'], script: '/nope', environment_vars: ['=x'] })).rejects.toThrow(
      /^2 error\(s\) occurred:\n\n\* You may only specify one of the following options[\s\S]*\n\* Environment variable not in format 'key=value': =x$/,
    );
    await expect(p.prepare({ scripts: ['/nope'] })).rejects.toThrow(
      "* Bad script '/nope': stat /nope: no such file or directory",
    );
    await expect(p.prepare({ inline: ['x'], inlnie: 1 })).rejects.toThrow(
      `Error decoding config: 1 error occurred:\n\t* unknown configuration key: '"inlnie"'`,
    );
    await expect(p.prepare({ inline: ['x'], only_on: ['plan9'] })).rejects.toThrow(
      "Invalid OS specified in only_on: 'plan9'\nSupported OS names: darwin, freebsd, linux, openbsd, solaris, windows",
    );
  });

  test('only_on skips other systems', async () => {
    const { ui } = await provision({ inline: ['echo no'], only_on: ['windows'] });
    expect(ui.lines).toEqual([['say', 'Skipping shell-local due to OS']]);
  });

  test('abort kills the whole process group and fails the provisioner', async () => {
    const dir = tempDir();
    const marker = join(dir, 'child-survived');
    const ac = new AbortController();
    const started = Date.now();
    setTimeout(() => ac.abort(), 300);
    const { error } = await provision({ inline: [`(sleep 2; touch ${marker}) &`, 'sleep 30'] }, {}, ac.signal);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(error?.message).toMatch(/^Error executing script: \/tmp\/packer-shell\d+\n\nPlease see output above/);
    await new Promise((r) => setTimeout(r, 2500));
    expect(existsSync(marker)).toBe(false);
  });

  test('20,000 lines stream quickly', async () => {
    const t0 = Date.now();
    const { ui } = await provision({ inline: ['seq 1 20000'] });
    const ms = Date.now() - t0;
    expect(ui.lines.filter((l) => l[0] === 'message')).toHaveLength(20000);
    // The shell alone takes a few ms; the budget is for our overhead.
    expect(ms).toBeLessThan(300);
  });

  const maybe = packerAvailable() ? test : test.skip;
  if (!packerAvailable()) console.log('packer 1.6.6 not installed: skipping the shell-local oracle comparison');
  maybe('prints the same lines as packer for the same provisioner', async () => {
    const inline = ['echo "b=$PACKER_BUILD_NAME g=$GREETING"', "printf 'x  \\ny\\r\\n\\nz'", 'echo "{{build `ID`}}"'];
    const dir = tempDir();
    writeFileSync(
      join(dir, 't.json'),
      JSON.stringify({
        builders: [{ type: 'null', communicator: 'none' }],
        provisioners: [{ type: 'shell-local', environment_vars: ['GREETING=hi, you'], inline }],
      }),
    );
    const expected = packerUiLines(packerBuild(dir, 't.json'), 'null').filter((l) => !l[1].startsWith('Running local'));
    const { ui } = await provision({ environment_vars: ['GREETING=hi, you'], inline }, { ID: 'Null' });
    expect(ui.lines.slice(1)).toEqual(expected);
  });
});
