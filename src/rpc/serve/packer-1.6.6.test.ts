// A TypeScript builder, provisioner and post-processor (examples/plugin) served by rpc/serve and
// driven by the real Packer 1.6.6 core, installed as Packer 1.6.6 finds plugins.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  bundle,
  eventually,
  installLegacy,
  installMulti,
  packerMissing,
  processesMentioning,
  runPacker,
  startPacker,
  removeTemp,
  workDir,
} from './testdata/tsdemo.js';
import { expectFullBuild, fullTemplate } from './testdata/tsdemo-build.js';

const missing = packerMissing();
if (missing) console.warn(`skipping the Packer 1.6.6 plugin tests: ${missing}`);
const maybe = missing ? describe.skip : describe;
afterAll(removeTemp);

maybe('TypeScript plugins under real packer 1.6.6', () => {
  let script = '';
  beforeAll(async () => {
    script = await bundle('plugin');
  }, 180_000);

  afterEach(async () => {
    // Packer SIGKILLs its plugins at the end; none may outlive the build.
    expect(await eventually(() => processesMentioning(dirname(script)).length === 0)).toBe(true);
  });

  function legacyDir(name: string, template: unknown): { dir: string; env: NodeJS.ProcessEnv } {
    const w = workDir(name);
    installLegacy(w.dir, script, 'tsdemo');
    writeFileSync(join(w.dir, 't.json'), JSON.stringify(template, null, 2));
    writeFileSync(join(w.dir, 'upload-me.txt'), 'uploaded by packer\n');
    return w;
  }

  test('legacy single-component binaries: provision hook, generated data, artifacts, manifest', async () => {
    const { dir, env } = legacyDir('full', fullTemplate('tsdemo'));
    const run = await runPacker(['build', '-color=false', 't.json'], dir, env);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expectFullBuild(dir, 'tsdemo', run.stdout, '    ');
  }, 120_000);

  test('multi-component packer-plugin-tsdemo, with the 3-field handshake 1.6.6 needs', async () => {
    const { dir, env } = workDir('multi');
    installMulti(dir, script, 'tsdemo');
    writeFileSync(join(dir, 'upload-me.txt'), 'uploaded by packer\n');
    writeFileSync(join(dir, 't.json'), JSON.stringify(fullTemplate('tsdemo-demo')));
    const run = await runPacker(['build', '-color=false', 't.json'], dir, { ...env, IMAGE_BUILD_PLUGIN_PROTOCOL: '5' });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expectFullBuild(dir, 'tsdemo-demo', run.stdout, '    ');

    // Without the override `start` prints the modern 4-field line, which 1.6.6 refuses.
    const refused = await runPacker(['build', '-color=false', 't.json'], dir, env);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain(`error initializing builder 'tsdemo-demo': Unknown address type: 0`);
  }, 120_000);

  test('Prepare errors are shown as Packer shows them', async () => {
    const builder = legacyDir('prepare-b', { builders: [{ type: 'tsdemo' }] });
    const b = await runPacker(['build', '-color=false', 't.json'], builder.dir, builder.env);
    expect(b.code).toBe(1);
    expect(b.stdout).toContain('Error: Failed to prepare build: "tsdemo"\n\n1 error occurred:\n\t* output must be set to the file the builder writes\n');

    const unknown = legacyDir('prepare-k', { builders: [{ type: 'tsdemo', output: 'x', bogus: 1 }] });
    const k = await runPacker(['build', '-color=false', 't.json'], unknown.dir, unknown.env);
    expect(k.code).toBe(1);
    expect(k.stdout).toContain(`* unknown configuration key: '"bogus"'`);

    const prov = legacyDir('prepare-p', { builders: [{ type: 'tsdemo', output: 'x' }], provisioners: [{ type: 'tsdemo' }] });
    const p = await runPacker(['build', '-color=false', 't.json'], prov.dir, prov.env);
    expect(p.code).toBe(1);
    expect(p.stdout).toContain('Error: Failed to prepare build: "tsdemo"\n\n1 error occurred:\n\t* command must be set\n');

    const pp = legacyDir('prepare-pp', { builders: [{ type: 'tsdemo', output: 'x' }], 'post-processors': [{ type: 'tsdemo' }] });
    const q = await runPacker(['build', '-color=false', 't.json'], pp.dir, pp.env);
    expect(q.code).toBe(1);
    expect(q.stdout).toContain('1 error occurred:\n\t* output must be set\n');
  }, 120_000);

  test('Prepare warnings are shown, and validate sees them too', async () => {
    const { dir, env } = legacyDir('warn', { builders: [{ type: 'tsdemo', content: '', output: 'out/w.txt' }] });
    for (const args of [['validate', 't.json'], ['build', '-color=false', 't.json']]) {
      const run = await runPacker(args, dir, env);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Warning: Warning when preparing build: "tsdemo"\n\ncontent is empty: output will be an empty file\n');
    }
    expect(readFileSync(join(dir, 'out', 'w.txt'), 'utf8')).toBe('');
  }, 120_000);

  test('a failing command in our provisioner fails the build with its message', async () => {
    const { dir, env } = legacyDir('fail', {
      builders: [{ type: 'tsdemo', output: 'out/f.txt' }],
      provisioners: [{ type: 'tsdemo', command: 'echo about to fail >&2; exit 3' }],
    });
    const run = await runPacker(['build', '-color=false', 't.json'], dir, env);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('==> tsdemo: about to fail');
    expect(run.stdout).toMatch(/Build 'tsdemo' errored after [^:]+: command exited with status 3\n/);
  }, 120_000);

  test('SIGINT to packer mid-Run: Builder.Cancel aborts our signal, cleanup runs, no process left', async () => {
    const { dir, env } = legacyDir('cancel', {
      builders: [{ type: 'tsdemo', output: '{{template_dir}}/out/c.txt', linger: '10m' }],
      provisioners: [{ type: 'tsdemo', command: 'echo provisioned' }],
    });
    const packer = startPacker(['build', '-color=false', 't.json'], dir, env);
    try {
      expect(await eventually(() => packer.output().includes('Lingering for'), 60_000)).toBe(true);
      expect(existsSync(join(dir, 'out', 'c.txt'))).toBe(true);
      packer.interrupt();
      const run = await packer.done;
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('Cancelling build after receiving interrupt\n');
      expect(run.stdout).toContain(`==> tsdemo: Cancelled: removing ${dir}/out/c.txt\n`);
      expect(run.stdout).toMatch(/Build 'tsdemo' errored after [^:]+: Build was cancelled\.\n/);
      expect(run.stdout).toContain('Cleanly cancelled builds after being interrupted.');
      expect(existsSync(join(dir, 'out', 'c.txt'))).toBe(false);
    } finally {
      packer.kill();
    }
  }, 120_000);

  test('HCL2: ConfigSpec answers an empty spec, so the core itself rejects attributes by name', async () => {
    const { dir, env } = workDir('hcl2');
    installLegacy(dir, script, 'tsdemo');
    writeFileSync(join(dir, 'a.pkr.hcl'), 'source "tsdemo" "a" {}\nbuild { sources = ["source.tsdemo.a"] }\n');
    const empty = await runPacker(['build', '-color=false', 'a.pkr.hcl'], dir, env);
    // Prepare got the cty-JSON config (decoded, nothing set): our own validation answers.
    expect(empty.code).toBe(1);
    expect(empty.stdout).toContain('* output must be set to the file the builder writes');
    writeFileSync(join(dir, 'b.pkr.hcl'), 'source "tsdemo" "a" { output = "x" }\nbuild { sources = ["source.tsdemo.a"] }\n');
    const attr = await runPacker(['build', '-color=false', 'b.pkr.hcl'], dir, env);
    expect(attr.code).toBe(1);
    expect(attr.stdout).toContain('An argument named "output" is not expected here.');
    expect(attr.stdout).not.toContain('PACKER CRASH');
  }, 120_000);
});

maybe('our built-in components served as packer-plugin-imagebuild under real packer 1.6.6', () => {
  let script = '';
  beforeAll(async () => {
    script = await bundle('builtins');
  }, 180_000);

  afterEach(async () => {
    expect(await eventually(() => processesMentioning(dirname(script)).length === 0)).toBe(true);
  });

  test("behave as Packer's own file, shell-local, checksum and compress, Destroy included", async () => {
    const { dir, env } = workDir('builtins');
    installMulti(dir, script, 'imagebuild');
    // `@` becomes `imagebuild-` (ours, through the plugin) or nothing (Packer's own).
    const template = JSON.stringify({
      builders: [{ type: '@file', name: 'b', content: 'hello\n', target: 'out/@a.txt' }],
      provisioners: [{ type: '@shell-local', inline: ['echo from shell-local $PACKER_BUILD_NAME'] }],
      'post-processors': [
        [
          { type: '@checksum', checksum_types: ['sha256'], output: 'out/@{{.BuildName}}.sum' },
          { type: '@compress', output: 'out/@a.tar.gz' },
        ],
      ],
    });
    writeFileSync(join(dir, 'ours.json'), template.replace(/@/g, 'imagebuild-'));
    writeFileSync(join(dir, 'packers.json'), template.replace(/@/g, ''));
    const ours = await runPacker(['build', '-color=false', 'ours.json'], dir, { ...env, IMAGE_BUILD_PLUGIN_PROTOCOL: '5' });
    const packers = await runPacker(['build', '-color=false', 'packers.json'], dir, env);
    const normal = (s: string): string =>
      s
        .replace(/imagebuild-/g, '')
        .replace(/packer-shell\d+/g, 'packer-shellN')
        .replace(/after [\d.]+ \w+( [\d.]+ \w+)*/g, 'after T');
    expect(ours.code).toBe(0);
    expect(packers.code).toBe(0);
    expect(normal(ours.stdout)).toBe(normal(packers.stdout));
    // compress does not keep its input: both checksum and file artifacts were destroyed.
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['a.tar.gz', 'imagebuild-a.tar.gz']);
  }, 120_000);
});

maybe('a one-component binary made with PluginServer (Go plugin.Server) under real packer 1.6.6', () => {
  let script = '';
  beforeAll(async () => {
    script = await bundle('provisioner-only');
  }, 180_000);

  test('run by packer with no arguments it serves its provisioner; run by hand it refuses', async () => {
    const { dir, env } = workDir('single');
    const shim = join(dir, 'packer-provisioner-tsdemo');
    writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${script}" "$@"\n`, { mode: 0o755 });
    writeFileSync(
      join(dir, 't.json'),
      JSON.stringify({ builders: [{ type: 'null', communicator: 'none' }], provisioners: [{ type: 'tsdemo', command: 'echo hi' }] }),
    );
    const run = await runPacker(['build', '-color=false', 't.json'], dir, env);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('==> null: Running echo hi\n');
    expect(await eventually(() => processesMentioning(dirname(script)).length === 0)).toBe(true);

    const byHand = spawnSync(shim, [], { encoding: 'utf8', env: { ...env, PACKER_PLUGIN_MAGIC_COOKIE: '' } });
    expect(byHand.status).toBe(1);
    expect(byHand.stdout).toBe('');
    expect(byHand.stderr).toBe('Error starting plugin server: Please do not execute plugins directly. Packer will execute these for you.\n');
  }, 120_000);
});
