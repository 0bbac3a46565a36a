import { execFileSync } from 'node:child_process';
import { chmodSync, createReadStream, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { sshdMissing, startSshd, type Sshd } from '../../../test/fixtures/sshd.js';
import type { SshCommunicator } from './communicator.js';
import { CmdDisconnect, type SshOptions } from './options.js';
import { waitForSsh } from './wait.js';

const missing = sshdMissing();
if (missing) console.log(`skipping the ssh communicator tests: ${missing}`);
const maybe = missing ? describe.skip : describe;

function collect(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return { stream, text: () => Buffer.concat(chunks).toString() };
}

const tree = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((p) => `${p} ${(statSync(join(dir, p)).mode & 0o777).toString(8)}`)
    .sort();

maybe.each(['scp', 'sftp'] as const)('ssh communicator over %s', (method) => {
  let sshd: Sshd;
  let comm: SshCommunicator;
  let work: string;
  beforeAll(async () => {
    sshd = await startSshd();
    const opts: SshOptions = {
      host: '127.0.0.1',
      port: sshd.port,
      username: sshd.user,
      auth: { privateKeys: [sshd.userKey] },
      fileTransfer: method,
    };
    comm = await waitForSsh(opts, { timeoutMs: 30_000, handshakeAttempts: 1 }, new AbortController().signal);
  });
  afterAll(async () => {
    await comm?.close();
    await sshd?.stop();
  });
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), `ib-ssh-${method}-`));
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  test('exec: exit status, stdout, stderr', async () => {
    const out = collect();
    const err = collect();
    const r = await comm.start({ command: 'echo out; echo err >&2; exit 3', stdout: out.stream, stderr: err.stream });
    expect(r.exitStatus).toBe(3);
    expect(out.text()).toBe('out\n');
    expect(err.text()).toBe('err\n');
    expect(out.stream.writableEnded).toBe(false); // the caller's writers are never ended
  });

  test('exec: stdin is fed, and EOF is sent when there is none', async () => {
    const out = collect();
    await comm.start({ command: 'tr a-z A-Z', stdin: Readable.from(['hello ', 'there']), stdout: out.stream });
    expect(out.text()).toBe('HELLO THERE');
    const none = collect();
    expect((await comm.start({ command: 'cat; echo done', stdout: none.stream })).exitStatus).toBe(0);
    expect(none.text()).toBe('done\n');
  });

  test('exec: large output arrives whole; a signal gives 128+n', async () => {
    const out = collect();
    await comm.start({ command: 'head -c 3000000 /dev/zero | tr "\\0" x', stdout: out.stream });
    expect(out.text().length).toBe(3_000_000);
    expect((await comm.start({ command: 'kill -TERM $$' })).exitStatus).toBe(143);
  });

  test('exec: aborting stops the command', async () => {
    const ac = new AbortController();
    const p = comm.start({ command: 'sleep 30' }, ac.signal);
    setTimeout(() => ac.abort(), 300);
    const { exitStatus } = await p;
    expect([143, CmdDisconnect]).toContain(exitStatus);
  });

  test('upload a file with its mode, into a directory, and download it', async () => {
    const src = join(work, 'a.sh');
    writeFileSync(src, '#!/bin/sh\necho hi\n');
    chmodSync(src, 0o750);
    const remote = join(work, 'remote');
    mkdirSync(remote);
    const info = { name: 'a.sh', size: statSync(src).size, mode: 0o750 };
    await comm.upload(join(remote, 'b.sh'), createReadStream(src), info);
    expect(readFileSync(join(remote, 'b.sh'), 'utf8')).toBe('#!/bin/sh\necho hi\n');
    expect(statSync(join(remote, 'b.sh')).mode & 0o777).toBe(0o750);
    // An existing directory as destination: the file goes inside it under its own name (1.6.6).
    await comm.upload(remote, createReadStream(src), info);
    expect(readFileSync(join(remote, 'a.sh'), 'utf8')).toContain('echo hi');
    // Without file info: sized on the way, mode 0644.
    await comm.upload(join(remote, 'c.txt'), Readable.from(['no ', 'info']));
    expect(readFileSync(join(remote, 'c.txt'), 'utf8')).toBe('no info');
    // scp sends 0644; sftp creates the file with the server's default mode, as packer's does.
    if (method === 'scp') expect(statSync(join(remote, 'c.txt')).mode & 0o777).toBe(0o644);
    const got = collect();
    await comm.download(join(remote, 'b.sh'), got.stream);
    expect(got.text()).toBe('#!/bin/sh\necho hi\n');
  });

  test('errors name the remote file', async () => {
    await expect(comm.download(join(work, 'missing'), new PassThrough())).rejects.toThrow(
      method === 'scp' ? `scp: ${join(work, 'missing')}: No such file or directory` : 'file does not exist',
    );
    await expect(comm.upload(join(work, 'no/such/dir/f'), Readable.from(['x']), { name: 'f', size: 1, mode: 0o644 })).rejects.toThrow(
      method === 'scp' ? /No such file or directory/ : /file does not exist/,
    );
  });

  test('uploadDir: without a trailing slash the directory itself, with one its contents', async () => {
    const src = join(work, 'src');
    mkdirSync(join(src, 'sub'), { recursive: true });
    writeFileSync(join(src, 'f.txt'), 'f');
    writeFileSync(join(src, 'sub', 'g.sh'), 'g');
    chmodSync(join(src, 'sub', 'g.sh'), 0o700);
    chmodSync(join(src, 'sub'), 0o750);
    writeFileSync(join(src, 'skip.me'), 's');
    symlinkSync('f.txt', join(src, 'link.txt'));
    const d1 = join(work, 'd1');
    const d2 = join(work, 'd2');
    mkdirSync(d1);
    mkdirSync(d2);
    await comm.uploadDir(d1, src, ['skip.me']);
    // A linked file: scp sends 0644, sftp leaves the server's default mode (packer chmods regular files only).
    const linkMode = method === 'scp' ? '644' : (statSync(join(d1, 'src/link.txt')).mode & 0o777).toString(8);
    expect(tree(d1)).toEqual(['src 755', 'src/f.txt 644', `src/link.txt ${linkMode}`, 'src/sub 750', 'src/sub/g.sh 700']);
    expect(readFileSync(join(d1, 'src/link.txt'), 'utf8')).toBe('f');
    await comm.uploadDir(d2, src + '/', []);
    expect(tree(d2)).toEqual(['f.txt 644', `link.txt ${linkMode}`, 'skip.me 644', 'sub 750', 'sub/g.sh 700']);
  });

  test('downloadDir: the remote directory lands by its name inside the destination', async () => {
    const remote = join(work, 'rdir');
    mkdirSync(join(remote, 'in'), { recursive: true });
    writeFileSync(join(remote, 'x.txt'), 'x');
    writeFileSync(join(remote, 'in', 'y.txt'), 'y');
    chmodSync(join(remote, 'x.txt'), 0o600);
    const local = join(work, 'local');
    mkdirSync(local);
    await comm.downloadDir(remote, local, []);
    expect(tree(local)).toEqual(['rdir 755', 'rdir/in 755', 'rdir/in/y.txt 644', 'rdir/x.txt 600']);
    expect(readFileSync(join(local, 'rdir/in/y.txt'), 'utf8')).toBe('y');
  });
});

maybe('ssh pty', () => {
  test('ssh_pty gives the command a terminal', async () => {
    const sshd = await startSshd();
    try {
      const comm = await waitForSsh(
        { host: '127.0.0.1', port: sshd.port, username: sshd.user, auth: { privateKeys: [sshd.userKey] }, pty: true },
        { timeoutMs: 30_000, handshakeAttempts: 1 },
        new AbortController().signal,
      );
      const out = collect();
      await comm.start({ command: 'test -t 1 && echo tty', stdout: out.stream });
      expect(out.text().trim()).toBe('tty');
      await comm.close();
    } finally {
      await sshd.stop();
    }
  });
});

// The remote scp must exist where the tests run: it is the same machine.
if (!missing) execFileSync('sh', ['-c', 'command -v scp']);
