/**
 * The log-group properties over many random runs (seeded, so a failure names its seed): builds
 * start under a parallel limit, talk at random rates (some stay silent for minutes), end at random
 * with any status; the host ticks every second. Some runs are killed midway and end in finish().
 */
import type { BuildStatus, UiLevel } from '../events.js';
import { GithubRenderer } from './renderer.js';
import { at, end, result, runEnd, runStart, say, start } from './test-events.js';
import { parseStepLog } from './test-support.js';

const NAMES = ['alpha', 'bravo', 'charlie', 'delta'];
const HEARTBEAT = 30_000;

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Sim {
  chunks: Array<{ t: number; s: string }>;
  expected: Map<string, string[]>;
  spans: Map<string, { from: number; to: number }>;
  renderer: GithubRenderer;
}

function simulate(seed: number, killed: boolean): Sim {
  const random = rng(seed);
  const names = NAMES.slice(0, 1 + Math.floor(random() * NAMES.length));
  const limit = random() < 0.3 ? 1 : random() < 0.5 ? 2 : Infinity;
  const talk = new Map(names.map((n) => [n, [0, 0.02, 0.3, 0.9][Math.floor(random() * 4)]!]));
  const killAt = killed ? Math.floor(random() * 400) * 1000 : Infinity;
  let now = 0;
  const chunks: Sim['chunks'] = [];
  const renderer = new GithubRenderer({ write: (s) => chunks.push({ t: now, s }), heartbeatMs: HEARTBEAT });
  const expected = new Map(names.map((n) => [n, [] as string[]]));
  const spans = new Map<string, { from: number; to: number }>();
  const queue = [...names];
  const running = new Set<string>();
  const results = [];
  let k = 0;
  // The limit is usually announced (as the core does); sometimes not, as a stream might not.
  renderer.onEvent(runStart(0, names, Number.isFinite(limit) && random() < 0.8 ? limit : undefined));
  for (now = 0; ; now += 1000) {
    while (running.size < limit && queue.length > 0) {
      const n = queue.shift()!;
      running.add(n);
      spans.set(n, { from: now, to: Infinity });
      renderer.onEvent(start(now, n));
    }
    for (const n of [...running]) {
      if (random() < talk.get(n)!) {
        const level: UiLevel = random() < 0.5 ? 'say' : 'message';
        renderer.onEvent(say(now, n, `line ${k}`, level));
        expected.get(n)!.push(`${level === 'say' ? '==>' : '   '} ${n}: line ${k++}`);
      }
      if (random() < 0.01) {
        const status: BuildStatus = (['success', 'failed', 'cancelled'] as const)[Math.floor(random() * 3)]!;
        const r = result({ name: n, status, ...(status === 'success' ? {} : { error: `${n} broke` }) });
        renderer.onEvent(end(now, r));
        results.push(r);
        expected.get(n)!.push(status === 'success' ? `Build '${n}' finished after 1 second.` : `Build '${n}' errored after 1 second: ${n} broke`);
        running.delete(n);
        spans.get(n)!.to = now;
      }
    }
    renderer.tick(at(now));
    if (now >= killAt) {
      for (const n of running) spans.get(n)!.to = now;
      renderer.finish();
      break;
    }
    if (running.size === 0 && queue.length === 0) {
      renderer.onEvent(runEnd(now, results));
      renderer.finish();
      break;
    }
  }
  return { chunks, expected, spans, renderer };
}

const SEEDS = Array.from({ length: 150 }, (_, i) => i + 1);

describe.each([false, true])('killed midway: %p', (killed) => {
  test.each(SEEDS)('seed %i', (seed) => {
    const sim = simulate(seed, killed);
    const stdout = sim.chunks.map((c) => c.s).join('');
    const log = parseStepLog(stdout); // throws on a nested or unclosed group

    // One contiguous group per build that started or said anything, holding exactly its lines.
    const shown = [...sim.expected.keys()].filter((n) => sim.spans.has(n));
    expect(log.groups.map((g) => g.title.split(' ')[0]).sort()).toEqual([...shown].sort());
    for (const g of log.groups) {
      const n = g.title.split(' ')[0]!;
      expect(g.lines.filter((l) => !l.startsWith(`⏳ ${n}: still running`))).toEqual(sim.expected.get(n));
      expect(g.lines.every((l) => l.includes(n))).toBe(true); // nothing of another build
    }
    // Nothing a build said is outside its group.
    const said = new Set([...sim.expected.values()].flat());
    expect(log.outside.filter((l) => said.has(l))).toEqual([]);

    // While a build runs, something about it reaches the log at least every HEARTBEAT.
    for (const [n, span] of sim.spans) {
      const times = sim.chunks.filter((c) => c.s.split('\n').some((l) => l.includes(n))).map((c) => c.t);
      let last = span.from;
      for (const t of [...times.filter((t) => t > span.from && t <= span.to), span.to]) {
        if (t - last > HEARTBEAT) throw new Error(`seed ${seed}: ${n} silent in the log from ${last} to ${t}`);
        last = t;
      }
    }

    // finish() again writes nothing.
    const before = sim.chunks.length;
    sim.renderer.finish();
    expect(sim.chunks.length).toBe(before);
  });
});
