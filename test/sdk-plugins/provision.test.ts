import { PREPARE_TIMEOUT_MS } from '../fixtures/modern-packer-env.js';
import { expectClean, prepareSdkPluginEnv, sdkPluginsMissing, type SdkPluginEnv } from './cores.js';
import { MIXED_OUTPUTS, mixedBuildFiles } from './mixed-template.js';
import { messagesAsSay, normalize, tree } from './normalize.js';

// The provision hook, called by a Go builder plugin, reaching back into image-build: its
// built-in provisioners run over the plugin's communicator, Go provisioners get the builder's
// generated data. Compared line by line and file by file with a modern Packer core.
const missing = sdkPluginsMissing();
if (missing) console.log(`Skipping the SDK plugin tests: ${missing}`);
const describeSdk = missing ? describe.skip : describe;

describeSdk('Go SDK plugins under image-build: the provision hook', () => {
  let e: SdkPluginEnv;
  beforeAll(async () => {
    e = await prepareSdkPluginEnv();
  }, PREPARE_TIMEOUT_MS);
  afterAll(() => e?.cleanup());

  it('runs built-in, Go and published provisioners over the Go communicator, then Go and built-in post-processors', async () => {
    const { ib, go } = await e.both(mixedBuildFiles(), ['build', '-color=false', 't.json']);
    expect([ib.code, go.code, ib.stderr, go.stderr]).toEqual([0, 0, '', '']);

    // The whole output is the modern core's, but for Packer 1.6.6's indented Ui.Message lines.
    const ibOut = normalize(ib.stdout, ib.dir);
    expect(messagesAsSay(ibOut)).toBe(normalize(go.stdout, go.dir));
    for (const line of [
      '    ibtest: ibtest: running the provision hook (IbtestValue=v-7)\n',
      '==> ibtest: Provisioning with shell script: <dir>/tmp/packer-shell<N>\n    ibtest: shell-sees v-7 ibtest\n==> ibtest: Provisioning with shell script: <dir>/tmp/packer-shell<N>\n==> ibtest: to-stderr\n',
      '==> ibtest: Uploading <dir>/upload.txt => <dir>/remote/uploaded.txt\n',
      '==> ibtest: Downloading <dir>/remote/shell.txt => <dir>/down/shell.txt\n',
      '==> ibtest: ibtest provisioner: value=v-7 id=ibtest-ibtest\n',
      '    ibtest: command "cat <dir>/remote/uploaded.txt; echo oops >&2; exit 4" exited 4: stdout="upload-me\\n" stderr="oops\\n"\n',
      '    ibtest: fake ansible ran\n',
      '==> ibtest (ibtest): ibtest post-processor: input ibtest-ibtest (image-build.ibtest)\n',
      '--> ibtest: Created artifact from files: <dir>/out/artifact.txt, <dir>/out/ibtest.sha256\n',
    ]) {
      expect(ibOut).toContain(line);
    }

    // Every file either core's components wrote, with the same content.
    const files = tree(ib.dir, MIXED_OUTPUTS);
    expect(files).toEqual(tree(go.dir, MIXED_OUTPUTS));
    expect(Object.keys(files).sort()).toEqual([
      'down/shell.txt',
      'out/ansible.txt',
      'out/ansible.txt.playbook',
      'out/artifact.txt',
      'out/ibtest.sha256',
      'out/local.txt',
      'out/manifest.json',
      'out/pp-local.txt',
      'out/pp.json',
      'out/prov.json',
      'remote/msg.txt',
      'remote/shell.txt', // the shell provisioner's uploaded script is gone again
      'remote/uploaded.txt',
      'staging/packer-provisioner-ansible-local<N>',
      'staging/play.yml',
    ]);
    expect(files['out/local.txt']).toBe('local-sees v-7 ibtest\n');
    expect(files['out/pp-local.txt']).toBe('pp-local-sees v-7\n');
    expect(files['down/shell.txt']).toBe('shell-ran\n');
    expect(files['remote/uploaded.txt']).toBe('upload-me\n');
    expect(files['remote/msg.txt']).toBe('value=v-7 id=ibtest-ibtest');
    const generated = {
      ConnType: 'ibtest',
      Host: '127.0.0.1',
      ID: 'ibtest-ibtest',
      IbtestValue: 'v-7',
      PackerHTTPAddr: 'ERR_HTTP_ADDR_NOT_IMPLEMENTED_BY_BUILDER',
      PackerHTTPIP: 'ERR_HTTP_IP_NOT_IMPLEMENTED_BY_BUILDER',
      PackerHTTPPort: 'ERR_HTTP_PORT_NOT_IMPLEMENTED_BY_BUILDER',
      PackerRunUUID: '<uuid>',
    };
    expect(JSON.parse(files['out/prov.json'] ?? '')).toEqual({
      packer_build_name: 'ibtest',
      packer_builder_type: 'ibtest',
      generated_data: generated,
      message: 'value=v-7 id=ibtest-ibtest',
      command: 'cat <dir>/remote/uploaded.txt; echo oops >&2; exit 4',
      stdout: 'upload-me\n',
      stderr: 'oops\n',
      exit_status: 4,
    });
    // artifact state crossed two RPC hops: Go builder → image-build → Go post-processor
    expect(JSON.parse(files['out/pp.json'] ?? '')).toMatchObject({ input_id: 'ibtest-ibtest', input_generated_data: generated });
    expect(JSON.parse(files['out/manifest.json'] ?? '')).toMatchObject({
      builds: [{ name: 'ibtest', builder_type: 'ibtest', artifact_id: 'pp-ibtest-ibtest', custom_data: { v: 'v-7' } }],
    });
    expect(files['out/ansible.txt']).toContain('cwd: <dir>/staging\narg: <dir>/staging/play.yml\narg: --extra-vars\narg: packer_build_name=ibtest packer_builder_type=ibtest');
    expectClean(ib);
    expectClean(go);
  });

  it('a Go provisioner that fails fails the build the same way', async () => {
    const files = {
      't.json': JSON.stringify({
        builders: [{ type: 'ibtest', output_dir: '{{pwd}}/out' }],
        provisioners: [
          { type: 'ibtest', output_file: '{{pwd}}/out/prov.json', fail: 'provisioner said no' },
          { type: 'shell-local', inline: ['touch {{pwd}}/out/not-reached'] },
        ],
      }),
    };
    const { ib, go } = await e.both(files, ['build', '-color=false', 't.json']);
    expect([ib.code, go.code]).toEqual([1, 1]);
    expect(tree(ib.dir, ['out'])).toEqual(tree(go.dir, ['out']));
    expect(Object.keys(tree(ib.dir, ['out'])).sort()).toEqual(['out/artifact.txt', 'out/prov.json']); // the hook runs after the artifact file
    // both cores pass the provisioner's error through as it is
    const ibOut = normalize(ib.stdout, ib.dir);
    expect(ibOut).toContain("Build 'ibtest' errored after <D>: provisioner said no\n");
    expect(ibOut).toContain("==> Some builds didn't complete successfully and had errors:\n--> ibtest: provisioner said no\n");
    expect(messagesAsSay(ibOut)).toBe(normalize(go.stdout, go.dir));
    expectClean(ib);
    expectClean(go);
  });
});
