// The same TypeScript plugin driven by a modern Go Packer core (built with Go in test setup),
// installed in the modern layout: describe, SHA256SUM, `start <kind> <name>`, 4-field handshake.
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildModernPacker, goMissing, installModernPlugin } from '../../../test/fixtures/go-fixtures.js';
import { bundle, eventually, installMulti, processesMentioning, removeTemp, runPacker, startPacker, workDir } from './testdata/tsdemo.js';
import { expectFullBuild, fullTemplate } from './testdata/tsdemo-build.js';

const missing = goMissing();
if (missing) console.warn(`skipping the modern-core plugin tests: ${missing}`);
const maybe = missing ? describe.skip : describe;
afterAll(removeTemp);

maybe('TypeScript plugin under a modern Packer core', () => {
  let packer = '';
  let script = '';
  let plugins = '';

  beforeAll(async () => {
    [packer, script] = await Promise.all([buildModernPacker(), bundle('plugin')]);
    plugins = join(workDir('modern-plugins').dir, 'plugins');
    const shim = installMulti(dirname(script), script, 'tsdemo');
    await installModernPlugin(shim, plugins, { namespace: 'image-build', name: 'tsdemo', version: '0.1.0' });
  }, 20 * 60_000);

  afterEach(async () => {
    expect(await eventually(() => processesMentioning(dirname(script)).length === 0)).toBe(true);
  });

  function modernDir(name: string, files: Record<string, string>): { dir: string; env: NodeJS.ProcessEnv } {
    const w = workDir(name);
    for (const [file, text] of Object.entries(files)) writeFileSync(join(w.dir, file), text);
    return { dir: w.dir, env: { ...w.env, PACKER_PLUGIN_PATH: plugins, PACKER_CACHE_DIR: join(w.dir, 'cache') } };
  }

  test('discovered through describe and its checksum; a full build with the unnamed components', async () => {
    const { dir, env } = modernDir('full', { 't.json': JSON.stringify(fullTemplate('tsdemo')), 'upload-me.txt': 'uploaded by packer\n' });
    const installed = await runPacker(['plugins', 'installed'], dir, env, packer);
    expect(installed.stdout).toContain('github.com/image-build/tsdemo/packer-plugin-tsdemo_v0.1.0_x5.0_');
    const run = await runPacker(['build', '-color=false', 't.json'], dir, env, packer);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expectFullBuild(dir, 'tsdemo', run.stdout, '==> ');
  }, 180_000);

  test('named components (tsdemo-demo), Prepare errors, HCL2 with our empty ConfigSpec', async () => {
    const { dir, env } = modernDir('errors', {
      'p.json': JSON.stringify({ builders: [{ type: 'tsdemo', output: 'x' }], provisioners: [{ type: 'tsdemo-demo' }] }),
      'a.pkr.hcl': 'source "tsdemo" "a" {}\nbuild { sources = ["source.tsdemo.a"] }\n',
      'b.pkr.hcl': 'source "tsdemo" "a" { output = "x" }\nbuild { sources = ["source.tsdemo.a"] }\n',
    });
    const p = await runPacker(['build', '-color=false', 'p.json'], dir, env, packer);
    expect(p.code).toBe(1);
    expect(p.stdout).toContain('Error: Failed to prepare build: "tsdemo"\n\n1 error occurred:\n\t* command must be set\n');
    const a = await runPacker(['build', '-color=false', 'a.pkr.hcl'], dir, env, packer);
    expect(a.code).toBe(1);
    expect(a.stdout).toContain('* output must be set to the file the builder writes');
    const b = await runPacker(['build', '-color=false', 'b.pkr.hcl'], dir, env, packer);
    expect(b.code).toBe(1);
    expect(b.stdout).toContain('An argument named "output" is not expected here.');
  }, 180_000);

  test('SIGINT mid-Run: our builder is cancelled and cleans up, no process left', async () => {
    const { dir, env } = modernDir('cancel', {
      't.json': JSON.stringify({ builders: [{ type: 'tsdemo', output: '{{template_dir}}/out/c.txt', linger: '10m' }] }),
    });
    const run = startPacker(['build', '-color=false', 't.json'], dir, env, packer);
    try {
      expect(await eventually(() => run.output().includes('Lingering for'), 60_000)).toBe(true);
      run.interrupt();
      const done = await run.done;
      expect(done.code).toBe(1);
      expect(done.stdout).toContain(`==> tsdemo: Cancelled: removing ${dir}/out/c.txt\n`);
      expect(done.stdout).toMatch(/Build 'tsdemo' errored after [^:]+: Build was cancelled\.\n/);
      expect(existsSync(join(dir, 'out', 'c.txt'))).toBe(false);
    } finally {
      run.kill();
    }
  }, 180_000);
});
