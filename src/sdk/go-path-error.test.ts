import { mkdir, open, writeFile } from 'node:fs/promises';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { goPathError } from './go-path-error.js';

const caught = (p: Promise<unknown>) => p.then(() => new Error('expected a failure'), (e: unknown) => e);

describe('goPathError', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ib-gopath-'));

  test('real Node fs failures read as Go *PathError', async () => {
    await writeFile(join(dir, 'f'), '');
    expect(goPathError('open', 'x/y', await caught(open(join(dir, 'nope', 'y')))).message).toBe('open x/y: no such file or directory');
    expect(goPathError('mkdir', 'f/d', await caught(mkdir(join(dir, 'f', 'd')))).message).toBe('mkdir f/d: not a directory');
    expect(goPathError('mkdir', 'f', await caught(mkdir(join(dir, 'f')))).message).toBe('mkdir f: file exists');
    expect(goPathError('open', 'd', await caught(open(dir, 'w'))).message).toBe('open d: is a directory');
  });

  test('an error without a known code keeps its own message', () => {
    expect(goPathError('open', 'p', new Error('boom')).message).toBe('open p: boom');
    expect(goPathError('open', 'p', 'text').message).toBe('open p: text');
  });
});
