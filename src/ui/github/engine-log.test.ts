/**
 * The real engine, three builds in parallel whose shell-local provisioners interleave their
 * output, through the event stream file (encode → file → decode) into the GitHub renderer: three
 * groups, each holding exactly what Packer's human output prints for that build, in order.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtinComponentSet } from '../../components/index.js';
import { runBuilds } from '../../core/index.js';
import { loadTemplate } from '../../template/index.js';
import type { EngineEvent } from '../events.js';
import { createHumanRenderer } from '../human.js';
import { decodeEvents, encodeEvent } from './event-stream.js';
import { GithubRenderer } from './renderer.js';
import { recordFromEvents } from './run-record.js';
import { parseStepLog } from './test-support.js';

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'gh-log-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const shell = (name: string, fail: boolean) => ({
  type: 'shell-local',
  only: [name],
  inline: ['for i in 1 2 3 4 5; do echo "step $i"; echo "warn $i" >&2; sleep 0.05; done', fail ? 'exit 3' : 'true'],
});

test('3 parallel builds → 3 contiguous groups with each builder\'s full log', async () => {
  const names = ['cache', 'db', 'web'];
  writeFileSync(join(dir, 't.json'), JSON.stringify({
    builders: names.map((name) => ({ type: 'null', name, communicator: 'none' })),
    provisioners: names.map((n) => shell(n, n === 'db')),
  }));
  const loaded = await loadTemplate({ path: 't.json', vars: [], varFiles: [], env: {}, cwd: dir });
  expect(loaded.template).toBeDefined();

  const file = join(dir, 'events.jsonl');
  writeFileSync(file, '');
  const seen: EngineEvent[] = [];
  await runBuilds(loaded.template!, {
    only: [], except: [], parallelBuilds: 0, onError: 'cleanup', debug: false, force: false,
    signal: new AbortController().signal, components: builtinComponentSet(),
    emit: (e) => {
      seen.push(e);
      appendFileSync(file, encodeEvent(e));
    },
  });

  const { events, rest } = decodeEvents(readFileSync(file, 'utf8'));
  expect(rest).toBe('');
  expect(events).toEqual(seen);

  // The same run as Packer's human output: the oracle of each build's lines.
  let human = '';
  const h = createHumanRenderer({ write: (s) => (human += s), color: false, stripEscapes: false, timestampUi: false });
  events.forEach((e) => h.onEvent(e));
  h.flush();
  const humanLines = human.split('\n');
  // The builds really interleaved, or this test proves nothing.
  const order = humanLines.filter((l) => /^ {4}\w+: step/.test(l)).map((l) => l.trim().split(':')[0]);
  expect(new Set(order.slice(0, 6)).size).toBeGreaterThan(1);

  let out = '';
  const r = new GithubRenderer({ write: (s) => (out += s) });
  events.forEach((e) => r.onEvent(e));
  r.finish();
  const log = parseStepLog(out);
  expect(log.groups.map((g) => g.title).sort()).toEqual(['cache (null)', 'db (null)', 'web (null)']);
  for (const g of log.groups) {
    const n = g.title.split(' ')[0]!;
    const mine = humanLines.filter((l) => l.startsWith(`==> ${n}:`) || l.startsWith(`    ${n}:`) || l.startsWith(`Build '${n}'`));
    expect(g.lines).toEqual(mine);
    expect(g.lines.filter((l) => /: step \d$/.test(l)).length).toBe(5);
  }
  expect(log.commands.filter((c) => c.name === 'error').map((c) => c.props.title)).toEqual(["Build 'db' failed"]);
  expect(recordFromEvents(events).results.map((x) => [x.name, x.status])).toEqual([['cache', 'success'], ['db', 'failed'], ['web', 'success']]);
});
