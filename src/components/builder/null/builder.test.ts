import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ShellLocalProvisioner } from '../../provisioner/shell-local/provisioner.js';
import { ProvisionersHook, RecordingUi, packerAvailable, packerRaw, tempDir } from '../../common/test-support.js';
import { NullBuilder } from './builder.js';
import { execFileSync } from 'node:child_process';

async function run(raw: Record<string, unknown>, hook: ProvisionersHook) {
  const b = new NullBuilder();
  await b.prepare(raw, packerRaw('null', 'null'));
  const ui = new RecordingUi();
  const artifact = await b.run(new AbortController().signal, ui, hook);
  return { ui, artifact };
}

describe('null builder', () => {
  test('fires packer_provision with Packer generated data and returns the Null artifact', async () => {
    process.env['PACKER_RUN_UUID'] = 'run-uuid-1';
    const hook = new ProvisionersHook();
    const { artifact } = await run({ communicator: 'none' }, hook);
    expect(hook.calls).toEqual([
      {
        name: 'packer_provision',
        data: {
          ID: 'Null',
          PackerRunUUID: 'run-uuid-1',
          PackerHTTPIP: 'ERR_HTTP_IP_NOT_IMPLEMENTED_BY_BUILDER',
          PackerHTTPPort: 'ERR_HTTP_PORT_NOT_IMPLEMENTED_BY_BUILDER',
          PackerHTTPAddr: 'ERR_HTTP_ADDR_NOT_IMPLEMENTED_BY_BUILDER',
        },
      },
    ]);
    expect(artifact!.builderId()).toBe('fnoeding.null');
    expect(artifact!.id()).toBe('Null');
    expect(artifact!.string()).toBe('Did not export anything. This is the null builder');
    expect(artifact!.files()).toEqual([]);
    expect(artifact!.state('generated_data')).toMatchObject({ ID: 'Null' });
  });

  test('a failing provisioner: cleanup hook line, then the error (G15)', async () => {
    const p = new ShellLocalProvisioner();
    await p.prepare({ inline: ['echo before', 'exit 3'] }, packerRaw('null', 'null'));
    const hook = new ProvisionersHook([p]);
    const ui = new RecordingUi();
    const b = new NullBuilder();
    await b.prepare({ communicator: 'none' }, packerRaw('null', 'null'));
    await expect(b.run(new AbortController().signal, ui, hook)).rejects.toThrow(
      'Script exited with non-zero exit status: 3.Allowed exit codes are: [0]',
    );
    expect(ui.lines.slice(1)).toEqual([
      ['message', 'before'],
      ['say', 'Provisioning step had errors: Running the cleanup provisioner, if present...'],
    ]);
    expect(hook.calls.map((c) => c.name)).toEqual(['packer_provision', 'packer_cleanup_provision']);
  });

  // Lines of G07 on-error-abort / on-error-run-cleanup (the core adds the build's prefix).
  test.each([
    ['abort', [['error', 'E'], ['error', 'Step "StepProvision" failed, aborting...'], ['error', 'aborted: skipping cleanup of step "StepConnect"']], ['packer_provision']],
    [
      'run-cleanup-provisioner',
      [['say', 'Provisioning step had errors: Running the cleanup provisioner, if present...'], ['error', 'E'], ['error', 'Step "StepConnect" failed, aborting...']],
      ['packer_provision', 'packer_cleanup_provision'],
    ],
    ['ask', [['error', 'E'], ['say', 'Step "StepProvision" failed'], ['say', 'Provisioning step had errors: Running the cleanup provisioner, if present...']], ['packer_provision', 'packer_cleanup_provision']],
  ])('-on-error=%s', async (onError, lines, hooks) => {
    const failing = { prepare: async () => undefined, provision: async () => Promise.reject(new Error('E')) };
    const hook = new ProvisionersHook([failing]);
    const ui = new RecordingUi();
    const b = new NullBuilder();
    await b.prepare({ communicator: 'none' }, packerRaw('null', 'null', { packer_on_error: onError }));
    await expect(b.run(new AbortController().signal, ui, hook)).rejects.toThrow('E');
    expect(ui.lines).toEqual(lines);
    expect(hook.calls.map((c) => c.name)).toEqual(hooks);
  });

  // Messages recorded from `packer validate` (1.6.6) on the same configs.
  test('communicator validation as Packer', async () => {
    await expect(new NullBuilder().prepare({})).rejects.toThrow(
      '4 error(s) occurred:\n\n* An ssh_username must be specified\n  Note: some builders used to default ssh_username to "root".\n' +
        '* a Host must be specified, please reference your communicator documentation\n' +
        '* a Username must be specified, please reference your communicator documentation\n' +
        '* one authentication method must be specified, please reference your communicator documentation',
    );
    await expect(new NullBuilder().prepare({ communicator: 'bogus' })).rejects.toThrow('* Communicator type bogus is invalid\n');
    await expect(new NullBuilder().prepare({ communicator: 'winrm' })).rejects.toThrow('* winrm_username must be specified.\n');
    await expect(new NullBuilder().prepare({ communicator: 'none', ssh_port: 'abc', ssh_timeout: 'zz' })).rejects.toThrow(
      `2 error(s) decoding:\n\n* cannot parse 'ssh_port' as int: strconv.ParseInt: parsing "abc": invalid syntax\n` +
        `* error decoding 'ssh_timeout': time: invalid duration "zz"`,
    );
  });

  test('winrm passes validation but is refused clearly at run time', async () => {
    const b = new NullBuilder();
    await b.prepare({ communicator: 'winrm', winrm_host: '127.0.0.1', winrm_username: 'u', winrm_password: 'p' });
    await expect(b.run(new AbortController().signal, new RecordingUi(), new ProvisionersHook())).rejects.toThrow(
      'communicator "winrm" is not supported yet',
    );
  });

  const maybe = packerAvailable() ? test : test.skip;
  if (!packerAvailable()) console.log('packer 1.6.6 not installed: skipping the null builder oracle comparison');
  maybe('accepts exactly the communicator keys packer accepts', async () => {
    const keys = ['ssh_host', 'ssh_bastion_interactive', 'temporary_key_pair_type', 'winrm_no_proxy', 'ssh_interface'];
    const dir = tempDir();
    const builder: Record<string, unknown> = { type: 'null', communicator: 'none' };
    for (const k of keys) builder[k] = null;
    writeFileSync(join(dir, 't.json'), JSON.stringify({ builders: [builder] }));
    let packerOut = '';
    try {
      execFileSync('packer', ['validate', 't.json'], { cwd: dir, encoding: 'utf8', env: { ...process.env, CHECKPOINT_DISABLE: '1' } });
    } catch (e) {
      packerOut = String((e as { stdout?: string }).stdout);
    }
    const { type: _t, ...raw } = builder;
    const ours = await new NullBuilder().prepare(raw).then(() => '', (e: Error) => e.message);
    expect(packerOut).toContain(`unknown configuration key: '"ssh_interface"'`);
    expect(ours).toBe(`1 error occurred:\n\t* unknown configuration key: '"ssh_interface"'\n\n`);
  });

  maybe('a private key file without a usable key is a prepare error, in packer\'s words', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'junk.key'), 'not a key\n');
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', 'pw', '-f', join(dir, 'locked.key')]);
    for (const [key, file] of [['ssh_private_key_file', 'junk.key'], ['ssh_bastion_private_key_file', 'locked.key']] as const) {
      const builder: Record<string, unknown> = { type: 'null', communicator: 'ssh', ssh_host: '127.0.0.1', ssh_username: 'u', ssh_bastion_host: 'b', ssh_bastion_username: 'u', [key]: file };
      writeFileSync(join(dir, 't.json'), JSON.stringify({ builders: [builder] }));
      let packerOut = '';
      try {
        execFileSync('packer', ['validate', 't.json'], { cwd: dir, encoding: 'utf8', env: { ...process.env, CHECKPOINT_DISABLE: '1' } });
      } catch (e) {
        packerOut = String((e as { stdout?: string }).stdout).replace(/\n(?=\S)/g, ' ').replace(/ {2,}/g, ' ');
      }
      const { type: _t, ...raw } = builder;
      const cwd = process.cwd();
      process.chdir(dir); // key paths are relative to the working directory, as in packer
      const ours = await new NullBuilder().prepare(raw).then(() => '', (e: Error) => e.message).finally(() => process.chdir(cwd));
      const line = /\* (.*)/.exec(ours)?.[1] ?? ours;
      expect(line).toContain(`${key} is invalid: Error setting up SSH config:`);
      expect(packerOut).toContain(line);
    }
  });
});
