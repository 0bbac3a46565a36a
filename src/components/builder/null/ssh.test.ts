// The null builder over ssh, against a real sshd; messages as recorded from packer 1.6.6 (and
// compared with it live when installed).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { CancelledError, type Communicator, type Provisioner } from '../../../sdk/index.js';
import { freePort, sshdMissing, startSshd, type Sshd } from '../../../../test/fixtures/sshd.js';
import { ProvisionersHook, RecordingUi, packerAvailable, packerBuild, packerRaw, tempDir } from '../../common/test-support.js';
import { NullBuilder } from './builder.js';

const missing = sshdMissing();
if (missing) console.log(`skipping the null builder ssh tests: ${missing}`);
const maybe = missing ? describe.skip : describe;

/** A provisioner that runs one command and keeps the communicator it was given. */
class Probe implements Provisioner {
  comm?: Communicator;
  out = '';
  async prepare(): Promise<void> {}
  async provision(signal: AbortSignal, _ui: unknown, comm: Communicator): Promise<void> {
    this.comm = comm;
    const stdout = new PassThrough();
    stdout.on('data', (d: Buffer) => (this.out += d.toString()));
    await comm.start({ command: 'id -un', stdout }, signal);
  }
}

async function build(raw: Record<string, unknown>, hook = new ProvisionersHook(), signal = new AbortController().signal) {
  const b = new NullBuilder();
  await b.prepare(raw, packerRaw('null', 'null'));
  const ui = new RecordingUi();
  const result = await b.run(signal, ui, hook).then(
    (artifact) => ({ artifact, error: undefined }),
    (error: Error) => ({ artifact: undefined, error }),
  );
  return { ui, ...result };
}

maybe('null builder with communicator ssh', () => {
  let sshd: Sshd;
  beforeAll(async () => {
    sshd = await startSshd();
  });
  afterAll(async () => sshd?.stop());
  const ssh = (extra: Record<string, unknown> = {}) => ({
    communicator: 'ssh',
    ssh_host: '127.0.0.1',
    ssh_port: sshd.port,
    ssh_username: sshd.user,
    ssh_private_key_file: sshd.userKeyFile,
    ...extra,
  });

  test('connects with packer’s messages, gives provisioners the connection and its data, closes it after', async () => {
    const probe = new Probe();
    const hook = new ProvisionersHook([probe]);
    const { ui, error } = await build(ssh(), hook);
    expect(error).toBeUndefined();
    expect(ui.lines).toEqual([
      ['say', 'Using ssh communicator to connect: 127.0.0.1'],
      ['say', 'Waiting for SSH to become available...'],
      ['say', 'Connected to SSH!'],
    ]);
    expect(probe.out).toBe(`${sshd.user}\n`);
    expect(hook.calls[0]!.data).toMatchObject({
      Host: '127.0.0.1',
      Port: sshd.port,
      User: sshd.user,
      Password: '',
      ConnType: 'ssh',
      SSHPublicKey: '',
      SSHPrivateKey: '',
      ID: 'Null',
    });
    // The step's cleanup closed the connection.
    await expect(probe.comm!.start({ command: 'true' })).rejects.toThrow('client not available');
  });

  test('pause_before_connecting: pauses, then connects again', async () => {
    const { ui, error } = await build(ssh({ pause_before_connecting: '200ms' }));
    expect(error).toBeUndefined();
    expect(ui.lines.map((l) => l[1])).toEqual([
      'Using ssh communicator to connect: 127.0.0.1',
      'Waiting for SSH to become available...',
      'Connected to SSH!',
      'Pausing 200ms before connecting...',
      'Waiting for SSH to become available...',
      'Connected to SSH!',
    ]);
  });

  test('a closed port: "Timeout waiting for SSH." after ssh_timeout', async () => {
    const port = await freePort();
    const { ui, error } = await build(ssh({ ssh_port: port, ssh_timeout: '1s' }));
    expect(error?.message).toBe('Timeout waiting for SSH.');
    expect(ui.lines.at(-1)).toEqual(['error', 'Timeout waiting for SSH.']);
  });

  test('cancel while waiting ends the build as cancelled, without an error line', async () => {
    const port = await freePort();
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 300);
    const { ui, error } = await build(ssh({ ssh_port: port }), new ProvisionersHook(), ac.signal);
    expect(error).toBeInstanceOf(CancelledError);
    expect(ui.lines).toEqual([
      ['say', 'Using ssh communicator to connect: 127.0.0.1'],
      ['say', 'Waiting for SSH to become available...'],
    ]);
  });

  test('settings not built yet are refused by name', async () => {
    const { error } = await build(ssh({ ssh_proxy_host: '127.0.0.1' }));
    expect(error?.message).toBe('ssh_proxy_host is not supported yet');
  });

  const oracle = packerAvailable() ? test : test.skip;
  if (!packerAvailable()) console.log('packer 1.6.6 not installed: skipping the ssh oracle comparison');
  oracle('timeout and authentication errors read as packer’s', async () => {
    const port = await freePort();
    const dir = tempDir();
    const wrongKey = join(sshd.dir, 'hostkey'); // a valid key the server does not accept for the user
    const cases: Record<string, unknown>[] = [
      ssh({ ssh_port: port, ssh_timeout: '1s' }),
      ssh({ ssh_private_key_file: wrongKey, ssh_handshake_attempts: 1 }),
    ];
    for (const c of cases) {
      writeFileSync(join(dir, 't.json'), JSON.stringify({ builders: [{ type: 'null', ...c }] }));
      const packerErrors = packerBuild(dir, 't.json')
        .split('\n')
        .filter((l) => l.includes(',ui,error,==> null: '))
        .map((l) => l.split(',ui,error,==> null: ')[1]!.replaceAll('%!(PACKER_COMMA)', ','));
      const { ui } = await build(c);
      expect(ui.lines.filter((l) => l[0] === 'error').map((l) => l[1])).toEqual(packerErrors);
    }
  });
});
