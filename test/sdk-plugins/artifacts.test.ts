import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PREPARE_TIMEOUT_MS } from '../fixtures/modern-packer-env.js';
import { expectClean, json, prepareSdkPluginEnv, sdkPluginsMissing, type SdkPluginEnv } from './cores.js';
import { machineLines, messagesAsSay, normalize, tree } from './normalize.js';

// A Go builder's artifact held by image-build: its state read by post-processors (Go and
// built-in), Destroy called over RPC when nobody keeps it, its lines in -machine-readable.
const missing = sdkPluginsMissing();
if (missing) console.log(`Skipping the SDK plugin tests: ${missing}`);
const describeSdk = missing ? describe.skip : describe;

describeSdk('Go SDK plugins under image-build: artifacts', () => {
  let e: SdkPluginEnv;
  beforeAll(async () => {
    e = await prepareSdkPluginEnv();
  }, PREPARE_TIMEOUT_MS);
  afterAll(() => e?.cleanup());

  it.each([
    ['the Go post-processor (keep false)', [{ type: 'ibtest', output_file: '{{pwd}}/out/pp.json' }], '--> ibtest-local: ibtest post-processed ibtest-ibtest-local\n'],
    ['the built-in compress post-processor', [{ type: 'compress', output: '{{pwd}}/packed/a.tar.gz' }], '--> ibtest-local: compressed artifacts in: <dir>/packed/a.tar.gz\n'],
  ])('destroys the Go artifact nobody keeps: %s', async (_name, pps, artifactLine) => {
    const files = { 't.json': json({ builders: [{ type: 'ibtest-local', output_dir: '{{pwd}}/out' }], 'post-processors': [pps] }) };
    const { ib, go } = await e.both(files, ['build', '-color=false', 't.json']);
    expect([ib.code, go.code]).toEqual([0, 0]);
    const out = normalize(ib.stdout, ib.dir);
    expect(messagesAsSay(out)).toBe(normalize(go.stdout, go.dir));
    // only the post-processor's artifact is listed: the builder's was destroyed
    expect(out).toMatch(new RegExp(`artifacts of successful builds are:\\n${artifactLine.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    expect(readFileSync(join(ib.dir, 'out', 'destroyed'), 'utf8')).toBe('ibtest-ibtest-local\n');
    expect(tree(ib.dir, ['out'])).toEqual(tree(go.dir, ['out']));
    expectClean(ib);
    expectClean(go);
  });

  it('a failing Go post-processor fails the build, and the input artifact is destroyed', async () => {
    const files = { 't.json': json({ builders: [{ type: 'ibtest', output_dir: '{{pwd}}/out' }], 'post-processors': [{ type: 'ibtest', fail: 'pp said no' }] }) };
    const { ib, go } = await e.both(files, ['build', '-color=false', 't.json']);
    expect([ib.code, go.code]).toEqual([1, 1]);
    const out = normalize(ib.stdout, ib.dir);
    expect(messagesAsSay(out)).toBe(normalize(go.stdout, go.dir));
    expect(out).toContain("Build 'ibtest' errored after <D>: 1 error(s) occurred:\n\n* Post-processor failed: pp said no\n");
    expect(out).toMatch(/--> ibtest: 1 error\(s\) occurred:\n\n\* Post-processor failed: pp said no\n\n==> Builds finished but no artifacts were created\.\n$/);
    expect(tree(ib.dir, ['out'])).toEqual(tree(go.dir, ['out']));
    expect(readFileSync(join(ib.dir, 'out', 'destroyed'), 'utf8')).toBe('ibtest-ibtest\n');
    expectClean(ib);
    expectClean(go);
  });

  it('keeps the Go artifact that the built-in checksum post-processor forces kept, as Packer does', async () => {
    const files = {
      't.json': json({
        builders: [{ type: 'ibtest-local', output_dir: '{{pwd}}/out' }],
        'post-processors': [{ type: 'checksum', checksum_types: ['md5'], output: '{{pwd}}/out/sums.{{.ChecksumType}}' }],
      }),
    };
    const { ib, go } = await e.both(files, ['build', '-color=false', 't.json']);
    expect([ib.code, go.code]).toEqual([0, 0]);
    const out = normalize(ib.stdout, ib.dir);
    expect(messagesAsSay(out)).toBe(normalize(go.stdout, go.dir));
    expect(out).toMatch(/\n--> ibtest-local: ibtest artifact ibtest-ibtest-local in <dir>\/out\n--> ibtest-local: Created artifact from files: <dir>\/out\/artifact\.txt, <dir>\/out\/sums\.md5\n$/);
    const ibFiles = tree(ib.dir, ['out']);
    expect(ibFiles).toEqual(tree(go.dir, ['out']));
    expect(Object.keys(ibFiles).sort()).toEqual(['out/artifact.txt', 'out/sums.md5']);
    expectClean(ib);
    expectClean(go);
  });

  it('keeps the Go artifact when a post-processor says keep, and passes its state on to the next', async () => {
    const files = {
      't.json': json({
        builders: [{ type: 'ibtest', output_dir: '{{pwd}}/out', value: 'kept' }],
        'post-processors': [
          [
            { type: 'ibtest', output_file: '{{pwd}}/out/pp.json', keep: true },
            { type: 'manifest', output: '{{pwd}}/out/manifest.json', strip_path: true },
          ],
        ],
      }),
    };
    const { ib, go } = await e.both(files, ['build', '-color=false', 't.json']);
    expect([ib.code, go.code]).toEqual([0, 0]);
    expect(messagesAsSay(normalize(ib.stdout, ib.dir))).toBe(normalize(go.stdout, go.dir));
    const ibFiles = tree(ib.dir, ['out']);
    expect(ibFiles).toEqual(tree(go.dir, ['out']));
    expect(Object.keys(ibFiles).sort()).toEqual(['out/artifact.txt', 'out/manifest.json', 'out/pp.json']);
    expect(JSON.parse(ibFiles['out/manifest.json'] ?? '')).toEqual({
      builds: [
        {
          name: 'ibtest',
          builder_type: 'ibtest',
          build_time: 0,
          files: [
            { name: 'artifact.txt', size: 24 },
            { name: 'pp.json', size: expect.any(Number) },
          ],
          artifact_id: 'pp-ibtest-ibtest',
          packer_run_uuid: '<uuid>',
          custom_data: null,
        },
      ],
      last_run_uuid: '<uuid>',
    });
    expect(JSON.parse(ibFiles['out/pp.json'] ?? '')).toMatchObject({ input_id: 'ibtest-ibtest', input_generated_data: { IbtestValue: 'kept' } });
    expectClean(ib);
    expectClean(go);
  });

  it('lists the Go artifacts in -machine-readable output', async () => {
    const files = { 't.json': json({ builders: [{ type: 'ibtest', output_dir: '{{pwd}}/out' }], 'post-processors': [{ type: 'ibtest', keep: true }] }) };
    const { ib, go } = await e.both(files, ['build', '-machine-readable', 't.json']);
    expect([ib.code, go.code]).toEqual([0, 0]);
    const artifacts = machineLines(ib.stdout, ib.dir, 'artifact-count', 'artifact');
    expect(artifacts).toEqual(machineLines(go.stdout, go.dir, 'artifact-count', 'artifact'));
    expect(artifacts).toEqual([
      'ibtest,artifact-count,2',
      'ibtest,artifact,0,builder-id,image-build.ibtest',
      'ibtest,artifact,0,id,ibtest-ibtest',
      'ibtest,artifact,0,string,ibtest artifact ibtest-ibtest in <dir>/out',
      'ibtest,artifact,0,files-count,1',
      'ibtest,artifact,0,file,0,<dir>/out/artifact.txt',
      'ibtest,artifact,0,end',
      'ibtest,artifact,1,builder-id,image-build.ibtest-pp',
      'ibtest,artifact,1,id,pp-ibtest-ibtest',
      'ibtest,artifact,1,string,ibtest post-processed ibtest-ibtest',
      'ibtest,artifact,1,files-count,1',
      'ibtest,artifact,1,file,0,<dir>/out/artifact.txt',
      'ibtest,artifact,1,end',
    ]);
    // Packer 1.6.6 marks a Ui.Message as `ui,message,    <build>: …`; the modern core sends it as a say
    const ui = (stdout: string, dir: string): string[] => machineLines(stdout, dir, 'ui').filter((l) => l.includes('provision hook'));
    expect(ui(ib.stdout, ib.dir)).toEqual([',ui,message,    ibtest: ibtest: running the provision hook (IbtestValue=ibtest-value)']);
    expect(ui(go.stdout, go.dir)).toEqual([',ui,say,==> ibtest: ibtest: running the provision hook (IbtestValue=ibtest-value)']);
    expectClean(ib);
    expectClean(go);
  });
});
