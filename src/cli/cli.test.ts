// The CLI run in process against Packer 1.6.6's recorded output (golden/results/16-cli-misc and
// the inspect/validate scenarios). Only the unix time of machine-readable records is normalised.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from './index.js';
import { testIo } from './test-io.js';
import { VERSION } from './version.js';

const golden = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/reference/packer-1.6.6/golden');
const present = existsSync(golden);
if (!present) console.log(`CLI golden tests skipped: ${golden} is absent`);
const maybe = present ? describe : describe.skip;

const unix = (s: string): string => s.replace(/^\d{10},/gm, '<UNIX>,');
function recorded(path: string): { stdout: string; rc: number } {
  return {
    stdout: unix(readFileSync(resolve(golden, 'results', `${path}.stdout`), 'utf8')),
    rc: Number(readFileSync(resolve(golden, 'results', `${path}.rc`), 'utf8').trim()),
  };
}

async function cli(argv: string[], cwd?: string) {
  const io = testIo(cwd ? { cwd } : {});
  const rc = await run(argv, io);
  return { stdout: unix(io.out), stderr: io.err, rc };
}

maybe('CLI output as Packer 1.6.6 recorded it', () => {
  const cases: Array<[string, string[], string[]]> = [
    ['16-cli-misc/no-args', [], ['-machine-readable']],
    ['16-cli-misc/unknown-command', ['frobnicate'], ['frobnicate', '-machine-readable']],
    ['16-cli-misc/build-bad-flag', ['build', '-nosuchflag', 'legacy.json'], ['build', '-machine-readable', '-nosuchflag', 'legacy.json']],
    ['16-cli-misc/build-no-template', ['build'], ['build', '-machine-readable']],
  ];
  test.each(cases)('%s', async (where, normal, mr) => {
    for (const [argv, mode] of [[normal, 'normal'], [mr, 'mr']] as const) {
      const got = await cli([...argv]);
      const want = recorded(`${where}/${mode}`);
      expect(got).toEqual({ stdout: want.stdout, stderr: '', rc: want.rc });
    }
  });

  test('version: Packer\'s records, image-build\'s version (intended difference)', async () => {
    const human = await cli(['version']);
    expect(human).toEqual({ stdout: `image-build v${VERSION}\n`, stderr: '', rc: 0 });
    const mr = await cli(['version', '-machine-readable']);
    const want = recorded('16-cli-misc/version/mr').stdout.replaceAll('1.6.6', VERSION).replace('Packer v', 'image-build v');
    expect(mr.stdout).toBe(want);
  });

  const inspect: Array<[string, string]> = [
    ['01-null-shell-local/inspect', 'template.json'],
    ['02-file-builder/inspect', 'template.json'],
    ['04-user-variables/inspect', 'template.json'],
    ['16-cli-misc/inspect', 'legacy.json'],
  ];
  test.each(inspect)('%s (human and machine-readable, sensitive defaults hidden)', async (where, file) => {
    const cwd = resolve(golden, 'cases', where.split('/')[0]!);
    expect(await cli(['inspect', file], cwd)).toEqual({ ...recorded(`${where}/normal`), stderr: '' });
    expect(await cli(['inspect', '-machine-readable', file], cwd)).toEqual({ ...recorded(`${where}/mr`), stderr: '' });
  });

  test('validate -syntax-only', async () => {
    const cwd = resolve(golden, 'cases/01-null-shell-local');
    expect(await cli(['validate', '-syntax-only', 'template.json'], cwd)).toEqual({ ...recorded('01-null-shell-local/validate-syntax-only/normal'), stderr: '' });
    expect(await cli(['validate', '-machine-readable', '-syntax-only', 'template.json'], cwd)).toEqual({ ...recorded('01-null-shell-local/validate-syntax-only/mr'), stderr: '' });
  });
});

describe('command line dispatch (mitchellh/cli rules)', () => {
  test('-h anywhere before `--` prints the command help and exits 0, plain even with -machine-readable', async () => {
    const a = await cli(['build', '-machine-readable', '-h']);
    expect(a.rc).toBe(0);
    expect(a.stdout.startsWith('Usage: packer build [options] TEMPLATE\n')).toBe(true);
    expect((await cli(['--help', 'validate'])).stdout.startsWith('Usage: packer validate')).toBe(true);
    expect(await cli(['-h'])).toMatchObject({ rc: 0 });
  });

  test('flags before the command are refused with its help; -v prints the version', async () => {
    const r = await cli(['-debug', 'build']);
    expect(r.rc).toBe(1);
    expect(r.stdout.startsWith('Invalid flags before the subcommand. If these flags are for\nthe subcommand, please put them after the subcommand.\n\nUsage: packer build')).toBe(true);
    expect(await cli(['--version'])).toEqual({ stdout: `${VERSION}\n`, stderr: '', rc: 0 });
  });

  test('Packer commands image-build lacks say so and exit 1', async () => {
    const r = await cli(['fmt']);
    expect(r).toMatchObject({ rc: 1, stdout: '' });
    expect(r.stderr).toContain('"fmt" command is not available');
  });

  test('a missing template file is one clear line, no stack trace', async () => {
    const r = await cli(['validate', 'no-such.json']);
    expect(r.rc).toBe(1);
    expect(r.stdout).toBe('"no-such.json": stat no-such.json: no such file or directory\n');
    expect(r.stderr).toBe('');
  });
});

test('VERSION is package.json\'s version', () => {
  const pkg = JSON.parse(readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../../package.json'), 'utf8')) as { version: string };
  expect(VERSION).toBe(pkg.version);
});
