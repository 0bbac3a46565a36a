// The bundled CLI (ncc, as `npm run build` makes it) run as a real process: Packer's recorded
// output for the commands that need no engine, and the interrupt protocol on a real build.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const golden = resolve(repo, '../shared/reference/packer-1.6.6/golden/results/16-cli-misc');
const work = mkdtempSync(join(tmpdir(), 'image-build-cli-'));
const bundle = join(work, 'dist/index.js');

beforeAll(() => {
  // Transpile only: type errors are `npm run typecheck`'s business, not this test's.
  const r = spawnSync('npx', ['ncc', 'build', 'src/cli/main.ts', '-o', join(work, 'dist'), '-t', '-q', '--target', 'es2022'], { cwd: repo, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`ncc build failed:\n${r.stdout}${r.stderr}`);
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

function cli(args: string[], cwd = work) {
  const r = spawnSync(process.execPath, [bundle, ...args], { cwd, encoding: 'utf8', env: { ...process.env, CHECKPOINT_DISABLE: '1' } });
  return { stdout: r.stdout.replace(/^\d{10},/gm, '<UNIX>,'), rc: r.status };
}
const maybe = existsSync(golden) ? describe : describe.skip;
if (!existsSync(golden)) console.log(`recorded-output checks skipped: ${golden} is absent`);

maybe('the bundle prints what Packer 1.6.6 printed', () => {
  test.each([
    ['no-args', [], ['-machine-readable']],
    ['unknown-command', ['frobnicate'], ['frobnicate', '-machine-readable']],
    ['build-bad-flag', ['build', '-nosuchflag', 'legacy.json'], ['build', '-machine-readable', '-nosuchflag', 'legacy.json']],
  ])('%s', (id, normal, mr) => {
    for (const [args, mode] of [[normal, 'normal'], [mr, 'mr']] as const) {
      const want = readFileSync(join(golden, id, `${mode}.stdout`), 'utf8').replace(/^\d{10},/gm, '<UNIX>,');
      const rc = Number(readFileSync(join(golden, id, `${mode}.rc`), 'utf8'));
      expect(cli([...args])).toEqual({ stdout: want, rc });
    }
  });

  test('version', () => {
    expect(cli(['version']).stdout).toMatch(/^image-build v\d+\.\d+\.\d+\n$/);
    expect(cli(['version', '-machine-readable']).stdout).toMatch(/^<UNIX>,,version,\d+\.\d+\.\d+\n<UNIX>,,version-prelease,\n<UNIX>,,version-commit,\n<UNIX>,,ui,say,image-build v/);
  });
});

test('SIGTERM cancels the build, cleanup finishes, Packer\'s summary, exit 1', async () => {
  const dir = mkdtempSync(join(work, 'sig-'));
  writeFileSync(join(dir, 't.json'), JSON.stringify({
    builders: [{ type: 'null', communicator: 'none' }],
    provisioners: [{ type: 'shell-local', inline: ['echo started', 'sleep 5', 'echo not-reached'] }],
  }));
  const child = spawn(process.execPath, [bundle, 'build', '-color=false', 't.json'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const rc = await new Promise<number | null>((res) => {
    child.stdout.on('data', (d: Buffer) => {
      const first = !out.includes('started');
      out += d.toString();
      if (first && out.includes('started')) {
        child.kill('SIGTERM');
      }
    });
    child.on('exit', (code) => res(code));
  });
  expect(err).toBe('');
  expect(out).toContain('Cancelling build after receiving terminated\n');
  expect(out).toMatch(/\n==> Wait completed after .*\nCleanly cancelled builds after being interrupted.\n$/);
  expect(out).not.toContain('not-reached');
  expect(rc).toBe(1);
}, 30_000);
