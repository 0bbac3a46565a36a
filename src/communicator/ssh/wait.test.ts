import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { CancelledError } from '../../sdk/index.js';
import { freePort, sshdMissing, startSshd, type Sshd } from '../../../test/fixtures/sshd.js';
import { SshTimeoutError } from './errors.js';
import type { SshOptions } from './options.js';
import { waitForSsh } from './wait.js';

const missing = sshdMissing();
if (missing) console.log(`skipping the ssh wait tests: ${missing}`);
const maybe = missing ? describe.skip : describe;
const fast = { retryDelayMs: 50, authRetryDelayMs: 50 };

async function whoami(opts: SshOptions): Promise<string> {
  const comm = await waitForSsh(opts, { timeoutMs: 30_000, handshakeAttempts: 1 }, new AbortController().signal);
  const out = new PassThrough();
  let text = '';
  out.on('data', (d: Buffer) => (text += d.toString()));
  await comm.start({ command: 'id -un', stdout: out });
  await comm.close();
  return text.trim();
}

maybe('waitForSsh (packer StepConnectSSH)', () => {
  let sshd: Sshd;
  beforeAll(async () => {
    sshd = await startSshd({ passwordAuth: true });
  });
  afterAll(async () => sshd?.stop());
  const base = (): SshOptions => ({ host: '127.0.0.1', port: sshd.port, username: sshd.user, auth: {} });

  test('a wrong key fails with packer’s authentication error after the attempts', async () => {
    const other = mkdtempSync(join(tmpdir(), 'ib-key-'));
    try {
      execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(other, 'k')]);
      const key = execFileSync('cat', [join(other, 'k')], { encoding: 'utf8' });
      const logs: string[] = [];
      const p = waitForSsh({ ...base(), auth: { privateKeys: [key] } }, { timeoutMs: 60_000, handshakeAttempts: 3, log: (l) => logs.push(l), ...fast }, new AbortController().signal);
      await expect(p).rejects.toThrow(
        'Packer experienced an authentication error when trying to connect via SSH. This can happen if your username/password are wrong. ' +
          'You may want to double-check your credentials as part of your debugging process. original error: ssh: handshake failed: ' +
          'ssh: unable to authenticate, attempted methods [none publickey], no supported methods remain',
      );
      expect(logs).toHaveLength(3);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  test('a closed port is retried until ssh_timeout: "Timeout waiting for SSH."', async () => {
    const port = await freePort();
    const p = waitForSsh({ ...base(), port, auth: { password: 'x' } }, { timeoutMs: 1500, handshakeAttempts: 10, ...fast }, new AbortController().signal);
    await expect(p).rejects.toThrow(SshTimeoutError);
    await expect(p).rejects.toThrow('Timeout waiting for SSH.');
  });

  test('aborting stops the wait at once', async () => {
    const port = await freePort();
    const ac = new AbortController();
    const p = waitForSsh({ ...base(), port, auth: { password: 'x' } }, { timeoutMs: 300_000, handshakeAttempts: 10 }, ac.signal);
    setTimeout(() => ac.abort(), 200);
    await expect(p).rejects.toThrow(CancelledError);
  });

  test('key auth: from the key text', async () => {
    expect(await whoami({ ...base(), auth: { privateKeys: [sshd.userKey] } })).toBe(sshd.user);
  });

  test('password auth', async () => {
    if (!sshd.password) {
      console.log(`skipping password auth: ${sshd.passwordSkipReason}`);
      return;
    }
    expect(await whoami({ ...base(), username: sshd.password.user, auth: { password: sshd.password.password } })).toBe(sshd.password.user);
    const p = waitForSsh({ ...base(), username: sshd.password.user, auth: { password: 'wrong' } }, { timeoutMs: 60_000, handshakeAttempts: 1, ...fast }, new AbortController().signal);
    await expect(p).rejects.toThrow('attempted methods [none password keyboard-interactive], no supported methods remain');
  });

  test('agent auth via SSH_AUTH_SOCK; missing socket is retried until the timeout, as packer', async () => {
    const saved = process.env['SSH_AUTH_SOCK'];
    const dir = mkdtempSync(join(tmpdir(), 'ib-agent-'));
    const sock = join(dir, 'agent.sock');
    const agent = spawnSync('ssh-agent', ['-a', sock, '-s'], { encoding: 'utf8' });
    const pid = /SSH_AGENT_PID=(\d+)/.exec(agent.stdout ?? '')?.[1];
    try {
      if (!pid) {
        console.log(`skipping agent auth: ssh-agent did not start (${agent.error?.message ?? agent.stderr})`);
        return;
      }
      execFileSync('ssh-add', [sshd.userKeyFile], { env: { ...process.env, SSH_AUTH_SOCK: sock }, stdio: 'ignore' });
      process.env['SSH_AUTH_SOCK'] = sock;
      expect(await whoami({ ...base(), auth: { agent: true } })).toBe(sshd.user);
      delete process.env['SSH_AUTH_SOCK'];
      const p = waitForSsh({ ...base(), auth: { agent: true } }, { timeoutMs: 500, handshakeAttempts: 1, ...fast }, new AbortController().signal);
      await expect(p).rejects.toThrow('Timeout waiting for SSH.');
    } finally {
      if (saved === undefined) delete process.env['SSH_AUTH_SOCK'];
      else process.env['SSH_AUTH_SOCK'] = saved;
      if (pid) process.kill(Number(pid));
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('through a bastion (the same sshd forwarding to itself)', async () => {
    const auth = { privateKeys: [sshd.userKey] };
    const opts: SshOptions = { ...base(), auth, bastion: { host: '127.0.0.1', port: sshd.port, username: sshd.user, auth } };
    expect(await whoami(opts)).toBe(sshd.user);
  });
});
