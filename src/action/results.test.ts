import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { RunRecord } from '../ui/github/index.js';
import { legName, readLegs, writeLeg } from './results.js';

const record = (name: string): RunRecord => ({
  results: [{ name, type: 'null', status: 'success', durationMs: 5, artifacts: [{ builderId: 'fnoeding.null', id: 'Null', string: 'Did not export anything.', files: [] }] }],
  cancelled: false,
  diagnostics: [],
  durationMs: 5,
  ended: true,
  builds: [name],
});

test('legs written under one results-name are uniquely named and read back whole, from nested download folders', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ib-legs-'));
  try {
    await fs.mkdir(path.join(dir, 'a'));
    await fs.mkdir(path.join(dir, 'b'));
    const fa = await writeLeg(path.join(dir, 'a'), 'results', 'uuid-1', record('a'));
    await writeLeg(path.join(dir, 'b'), 'results', 'uuid-2', record('b'));
    expect(path.basename(fa)).toBe(`${legName('results', 'uuid-1')}.json`);
    expect(await readLegs(dir)).toEqual([record('a'), record('b')]);
    await fs.writeFile(path.join(dir, 'b', 'other.json'), '{"x":1}');
    await expect(readLegs(dir)).rejects.toThrow(`${path.join(dir, 'b', 'other.json')}: not an image-build results file`);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});
