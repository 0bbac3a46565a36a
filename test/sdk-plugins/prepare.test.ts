import { PREPARE_TIMEOUT_MS } from '../fixtures/modern-packer-env.js';
import { expectClean, json, prepareSdkPluginEnv, sdkPluginsMissing, type SdkPluginEnv } from './cores.js';

// Prepare of Go SDK plugins under image-build, against a modern Packer core: the same outcome,
// and the text Packer 1.6.6 prints (image-build's wording) where the modern core's differs.
const missing = sdkPluginsMissing();
if (missing) console.log(`Skipping the SDK plugin tests: ${missing}`);
const describeSdk = missing ? describe.skip : describe;

describeSdk('Go SDK plugins under image-build: Prepare', () => {
  let e: SdkPluginEnv;
  beforeAll(async () => {
    e = await prepareSdkPluginEnv();
  }, PREPARE_TIMEOUT_MS);
  afterAll(() => e?.cleanup());

  // One file, so the positions image-build adds are known: line 3 is the first builder, and so on.
  const failing = {
    't.json': `{
  "builders": [
    { "type": "ibtest", "fail_prepare": true },
    { "type": "ibtest-local", "name": "second", "output_dir": "x", "bogus_key": 1 },
    { "type": "ibtest", "name": "third", "output_dir": "x" }
  ],
  "provisioners": [{ "type": "ibtest", "only": ["third"] }]
}
`,
  };
  // The SDK's MultiError for the builder, go-multierror's from config.Decode, a provisioner's bare error.
  const errors = [
    'Error: Failed to prepare build: "ibtest"\n\n',
    '2 error(s) occurred:\n\n* output_dir must be specified\n* fail_prepare is set: ibtest refuses to prepare\n\n',
    'Error: Failed to prepare build: "second"\n\n',
    "1 error occurred:\n\t* unknown configuration key: '\"bogus_key\"'\n\n\n\n",
    'Error: Failed to prepare build: "third"\n\n',
    'output_file must be specified\n\n\n',
  ];

  it.each(['build', 'validate'])('%s: every Prepare error of every build, missing keys and fail_prepare', async (command) => {
    const { ib, go } = await e.both(failing, command === 'build' ? ['build', '-color=false', 't.json'] : ['validate', 't.json']);
    expect([ib.code, go.code]).toEqual([1, 1]);
    // on stdout for both commands, in every core
    expect(go.stdout).toBe(errors.join(''));
    // image-build (intended difference, test/differential/DIFFERENCES.md) names where each build is
    expect(ib.stdout).toContain(
      [errors[0], '  on t.json line 3, column 5:\n\n', errors[1], errors[2], '  on t.json line 4, column 5:\n\n', errors[3], errors[4], '  on t.json line 5, column 5:\n\n', errors[5]].join(''),
    );
    if (command === 'build') {
      // Packer 1.6.6 still waits for the (no) builds and says so; the modern core stops at the errors
      expect(ib.stdout).toMatch(/\n==> Wait completed after [^\n]+\n\n==> Builds finished but no artifacts were created\.\n$/);
      expect(go.stdout).not.toContain('Wait completed');
    }
    expectClean(ib);
    expectClean(go);
  });

  it("a published plugin's Prepare error (ansible-local) names the file", async () => {
    const { ib, go } = await e.both(
      { 't.json': json({ builders: [{ type: 'ibtest', output_dir: 'out' }], provisioners: [{ type: 'ansible-local', playbook_file: 'missing.yml' }] }) },
      ['validate', 't.json'],
    );
    expect([ib.code, go.code]).toEqual([1, 1]);
    const text = '* playbook_file: missing.yml is invalid: stat missing.yml: no such file or\ndirectory\n';
    expect(go.stdout).toContain(text);
    expect(ib.stdout).toContain(text);
    expectClean(ib);
    expectClean(go);
  });

  it('prints Prepare warnings and goes on to build', async () => {
    const files = {
      't.json': `{
  "builders": [{ "type": "ibtest", "output_dir": "{{pwd}}/out", "warn": "careful: ibtest warning" }]
}
`,
    };
    const { ib, go } = await e.both(files, ['build', '-color=false', 't.json']);
    expect([ib.code, go.code]).toEqual([0, 0]);
    expect(go.stdout).toMatch(/^Warning: Warning when preparing build: "ibtest"\n\ncareful: ibtest warning\n\n\n==> ibtest: ibtest: building/);
    expect(ib.stdout).toMatch(/^Warning: Warning when preparing build: "ibtest"\n\n {2}on t\.json line 2, column 16:\n\ncareful: ibtest warning\n\n\n==> ibtest: ibtest: building/);
    expectClean(ib);
    expectClean(go);
  });

  it('fails the build with the Run error, in the same words', async () => {
    const { ib, go } = await e.both({ 't.json': json({ builders: [{ type: 'ibtest', output_dir: '{{pwd}}/out', fail_run: 'ibtest was told to fail' }] }) }, [
      'build',
      '-color=false',
      't.json',
    ]);
    expect([ib.code, go.code]).toEqual([1, 1]);
    for (const r of [ib, go]) {
      expect(r.stdout).toMatch(/Build 'ibtest' errored after [^:]+: ibtest was told to fail\n/);
      expect(r.stdout).toContain('==> Some builds didn\'t complete successfully and had errors:\n--> ibtest: ibtest was told to fail\n\n==> Builds finished but no artifacts were created.\n');
      expectClean(r);
    }
  });
});
