import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { EngineEvent } from '../ui/events.js';
import { encodeEvent } from '../ui/github/index.js';
import { EventTail } from './tail.js';

const ui = (text: string): EngineEvent => ({ kind: 'ui', time: new Date('2026-01-02T03:04:05.000Z'), build: 'b', target: 'b', level: 'say', text });

test('only whole lines are consumed, even when a write stops inside a UTF-8 sequence; post resumes at the offset', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ib-tail-'));
  try {
    const file = path.join(dir, 'events.jsonl');
    const tail = new EventTail(file);
    expect(await tail.read()).toEqual([]); // not written yet
    const first = Buffer.from(encodeEvent(ui('héllo ✓')));
    const second = Buffer.from(encodeEvent(ui('wörld ✓')));
    const cut = second.indexOf(Buffer.from('✓')) + 1; // inside the 3-byte sequence
    await fs.writeFile(file, Buffer.concat([first, second.subarray(0, cut)]));
    expect((await tail.read()).map((e) => (e.kind === 'ui' ? e.text : ''))).toEqual(['héllo ✓']);
    expect(tail.offset).toBe(first.length);
    await fs.appendFile(file, second.subarray(cut));
    expect((await tail.read()).map((e) => (e.kind === 'ui' ? e.text : ''))).toEqual(['wörld ✓']);

    const replay = new EventTail(file);
    expect(await replay.readUpTo(first.length)).toHaveLength(1);
    expect(replay.offset).toBe(first.length);
    expect(await new EventTail(file, first.length).read()).toHaveLength(1);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});
