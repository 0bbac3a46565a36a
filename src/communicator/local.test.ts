import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { LocalCommunicator } from './local.js';

const dirs: string[] = [];
const tmp = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'ib-localcomm-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function collect(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

/** A tree: src/{a.txt, sub/b.txt (0755), link -> a.txt}. */
function tree(dir: string): string {
  const src = join(dir, 'src');
  mkdirSync(join(src, 'sub'), { recursive: true });
  writeFileSync(join(src, 'a.txt'), 'A');
  writeFileSync(join(src, 'sub', 'b.txt'), 'B');
  chmodSync(join(src, 'sub', 'b.txt'), 0o755);
  symlinkSync('a.txt', join(src, 'link'));
  return src;
}

describe('LocalCommunicator', () => {
  const comm = new LocalCommunicator({ killGraceMs: 200 });

  test('start runs through /bin/sh with stdin, stdout, stderr and the exit status', async () => {
    const out = collect();
    const err = collect();
    const r = await comm.start({
      command: 'read x; echo "got $x"; echo warn >&2; exit 7',
      stdin: Readable.from(['hello\n']),
      stdout: out.stream,
      stderr: err.stream,
    });
    expect(r.exitStatus).toBe(7);
    expect(out.text()).toBe('got hello\n');
    expect(err.text()).toBe('warn\n');
    expect(out.stream.writableEnded).toBe(false); // the caller's writers stay open
  });

  test('aborting kills the whole process group', async () => {
    const dir = tmp();
    const ac = new AbortController();
    const t0 = Date.now();
    setTimeout(() => ac.abort(), 200);
    const r = await comm.start({ command: `(sleep 5; touch ${dir}/late) & sleep 5` }, ac.signal);
    expect(r.exitStatus).toBe(-1);
    expect(Date.now() - t0).toBeLessThan(3000);
    await new Promise((res) => setTimeout(res, 300));
    expect(existsSync(join(dir, 'late'))).toBe(false);
  });

  test('upload writes the file with the given mode; a missing directory is an error', async () => {
    const dir = tmp();
    await comm.upload(join(dir, 'f.sh'), Readable.from([Buffer.from('#!/bin/sh\n')]), { name: 'f.sh', size: 10, mode: 0o750 });
    expect(readFileSync(join(dir, 'f.sh'), 'utf8')).toBe('#!/bin/sh\n');
    expect(statSync(join(dir, 'f.sh')).mode & 0o777).toBe(0o750);
    await expect(comm.upload(join(dir, 'no', 'f'), Readable.from(['x']))).rejects.toThrow(
      `open ${dir}/no/f: no such file or directory`,
    );
  });

  test('uploadDir without a trailing slash copies the directory itself into an existing dst', async () => {
    const dir = tmp();
    const src = tree(dir);
    mkdirSync(join(dir, 'dst'));
    await comm.uploadDir(join(dir, 'dst'), src);
    expect(readFileSync(join(dir, 'dst', 'src', 'a.txt'), 'utf8')).toBe('A');
    expect(readFileSync(join(dir, 'dst', 'src', 'link'), 'utf8')).toBe('A'); // symlinks followed, as scp does
    expect(statSync(join(dir, 'dst', 'src', 'sub', 'b.txt')).mode & 0o777).toBe(0o755);
  });

  test('uploadDir with a trailing slash copies only the contents; a missing dst is created', async () => {
    const dir = tmp();
    const src = tree(dir);
    mkdirSync(join(dir, 'dst'));
    await comm.uploadDir(join(dir, 'dst'), src + '/');
    expect(readFileSync(join(dir, 'dst', 'a.txt'), 'utf8')).toBe('A');
    expect(existsSync(join(dir, 'dst', 'src'))).toBe(false);
    await comm.uploadDir(join(dir, 'new'), src);
    expect(readFileSync(join(dir, 'new', 'sub', 'b.txt'), 'utf8')).toBe('B');
  });

  test('uploadDir honours exclude by name or relative path', async () => {
    const dir = tmp();
    const src = tree(dir);
    await comm.uploadDir(join(dir, 'dst'), src + '/', ['sub/b.txt', 'link']);
    expect(existsSync(join(dir, 'dst', 'a.txt'))).toBe(true);
    expect(existsSync(join(dir, 'dst', 'sub'))).toBe(true);
    expect(existsSync(join(dir, 'dst', 'sub', 'b.txt'))).toBe(false);
    expect(existsSync(join(dir, 'dst', 'link'))).toBe(false);
  });

  test('download streams a file into the writer without ending it; downloadDir mirrors uploadDir', async () => {
    const dir = tmp();
    const src = tree(dir);
    const out = collect();
    await comm.download(join(src, 'a.txt'), out.stream);
    expect(out.text()).toBe('A');
    expect(out.stream.writableEnded).toBe(false);
    await expect(comm.download(join(dir, 'nope'), collect().stream)).rejects.toThrow(`open ${dir}/nope: no such file or directory`);
    mkdirSync(join(dir, 'got'));
    await comm.downloadDir(src, join(dir, 'got'));
    expect(readFileSync(join(dir, 'got', 'src', 'sub', 'b.txt'), 'utf8')).toBe('B');
    await expect(comm.downloadDir(join(dir, 'nope'), join(dir, 'got'))).rejects.toThrow(`stat ${dir}/nope: no such file or directory`);
  });
});
