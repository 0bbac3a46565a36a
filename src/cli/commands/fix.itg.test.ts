// `image-build fix` as a real process (the bundle `npm run build` makes) against Packer 1.6.6:
// its recorded golden output and, where `packer` is installed, the live oracle.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixerOrder } from '../../template/fix/index.js';
import { fixHelp } from '../usage.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const bundle = join(repo, 'bin/image-build.js');
const golden = resolve(repo, '../shared/reference/packer-1.6.6/golden');
const env = { ...process.env, CHECKPOINT_DISABLE: '1' };
const norm = (s: string): string => s.replace(/^\d{10},/gm, '<UNIX>,');

const run = (prog: string[], args: string[], cwd: string) => {
  const r = spawnSync(prog[0]!, [...prog.slice(1), ...args], { cwd, encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'pipe'] });
  return { stdout: norm(r.stdout), rc: r.status };
};
const ours = (args: string[], cwd: string) => {
  if (!existsSync(join(repo, 'dist/cli/index.js'))) throw new Error('dist/cli is missing: run `npm run build` first');
  return run([process.execPath, bundle], args, cwd);
};

const hasGolden = existsSync(golden);
if (!hasGolden) console.log(`fix golden checks skipped: ${golden} is absent`);
(hasGolden ? describe : describe.skip)('fix: recorded Packer 1.6.6 output', () => {
  const cases = join(golden, 'cases/16-cli-misc');
  test.each(['fix', 'fix-novalidate', 'fix-invalid'])('%s', (id) => {
    for (const mode of ['normal', 'mr']) {
      const dir = join(golden, 'results/16-cli-misc', id);
      const args = readFileSync(join(dir, `${mode}.cmd`), 'utf8').trim().split(' ').slice(1);
      expect(ours(args, cases)).toEqual({
        stdout: norm(readFileSync(join(dir, `${mode}.stdout`), 'utf8')),
        rc: Number(readFileSync(join(dir, `${mode}.rc`), 'utf8')),
      });
    }
  });
});

test('the help lists the fixers in order with their synopses', () => {
  const lines = fixHelp.split('\n').filter((l) => /^ {2}[a-z0-9_-]+ {2,}|^ {2}amazon-enhanced-networking /.test(l));
  expect(lines).toEqual(fixerOrder.map((f) => `  ${f.name.padEnd(27)}${f.synopsis}`));
});

const hasPacker = spawnSync('packer', ['version'], { env }).status === 0;
if (!hasPacker) console.log('fix live checks skipped: `packer` (1.6.6) is not installed');
(hasPacker ? describe : describe.skip)('fix: same output as live packer', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fix-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const files: Record<string, unknown> = {
    'ok.json': { builders: [{ type: 'null', communicator: 'none', ssh_wait_timeout: '1m' }], variables: { need: null } },
    'unknown-key.json': { builders: [{ type: 'null' }], bogus: 1 },
    'no-builders.json': { provisioners: [{ type: 'shell-local', inline: ['x'] }] },
    'two-errors.json': { builders: [{ type: 'null' }], provisioners: [{ type: 's', only: ['a'] }, { type: 's', except: ['b'] }] },
    'decode-error.json': { builders: { a: 1 } },
  };
  beforeAll(() => {
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), JSON.stringify(content));
    writeFileSync(join(dir, 'bad.json'), '{"builders": [,]}');
    mkdirSync(join(dir, 'a-dir'));
  });

  test.each([
    [['fix', '-h']],
    [['fix']],
    [['fix', 'ok.json', 'ok.json']],
    [['fix', '-nosuch', 'ok.json']],
    [['fix', '-validate=maybe', 'ok.json']],
    [['fix', 'missing.json']],
    [['fix', 'a-dir']],
    [['fix', 'bad.json']],
    ...Object.keys(files).map((f) => [['fix', f]]),
    [['fix', '-validate=false', 'no-builders.json']],
    [['fix', '-machine-readable', 'two-errors.json']],
  ])('%j', (args) => {
    const want = run(['packer'], args, dir);
    const got = ours(args, dir);
    // Packer copies a flag error to its Ui from a goroutine: the line lands before or after the
    // usage, or is lost when the process exits first. image-build always prints it, after the
    // usage. So the line is compared on its own, and the rest without it.
    const flagError = /^(flag provided but not defined|invalid boolean value)[^\n]*\n/m;
    const ourLine = flagError.exec(got.stdout)?.[0];
    const packerLine = flagError.exec(want.stdout)?.[0];
    if (packerLine !== undefined) expect(ourLine).toBe(packerLine);
    got.stdout = got.stdout.replace(flagError, '');
    want.stdout = want.stdout.replace(flagError, '');
    expect(got).toEqual(want);
  });
});
