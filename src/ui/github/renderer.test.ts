import { join } from 'node:path';
import type { EngineEvent } from '../events.js';
import { GithubRenderer, type GithubRendererOptions } from './renderer.js';
import { T0, artifact, at, diag, end, result, runEnd, runStart, say, start } from './test-events.js';
import { parseStepLog } from './test-support.js';

function harness(o: Partial<GithubRendererOptions> = {}) {
  let out = '';
  const r = new GithubRenderer({ write: (s) => (out += s), ...o });
  return {
    r,
    out: () => out,
    feed: (...events: EngineEvent[]) => events.forEach((e) => r.onEvent(e)),
    log: () => parseStepLog(out),
  };
}

describe('log groups', () => {
  test('3 parallel builds with interleaved lines → 3 contiguous groups, each exactly its build\'s lines in order', () => {
    const h = harness();
    const names = ['web', 'db', 'cache'];
    h.feed(runStart(0, names), ...names.map((n) => start(0, n, 'amazon-ebs')));
    for (let i = 0; i < 5; i++) for (const n of names) h.feed(say(i * 10, n, `step ${i}`), say(i * 10 + 1, n, `detail ${i}`, 'message'));
    h.feed(end(100, { name: 'db', type: 'amazon-ebs', status: 'failed', error: 'boom' }));
    h.feed(end(200, { name: 'web', type: 'amazon-ebs' }), end(300, { name: 'cache', type: 'amazon-ebs' }));
    const log = h.log();
    expect(log.groups.map((g) => g.title)).toEqual(['db (amazon-ebs)', 'web (amazon-ebs)', 'cache (amazon-ebs)']);
    for (const g of log.groups) {
      const n = g.title.split(' ')[0]!;
      const expected = [0, 1, 2, 3, 4].flatMap((i) => [`==> ${n}: step ${i}`, `    ${n}: detail ${i}`]);
      expected.push(n === 'db' ? "Build 'db' errored after 1 second: boom" : `Build '${n}' finished after 1 second.`);
      expect(g.lines).toEqual(expected);
    }
    // No build line leaks out of its group; outside are only starts and statuses.
    expect(log.outside.filter((l) => l.includes('==>') || l.startsWith('    '))).toEqual([]);
    expect(log.outside).toEqual(expect.arrayContaining(['▶ web (amazon-ebs): started', '✖ db: errored after 1 second: boom', '✔ cache: finished after 1 second']));
  });

  test('a single build streams live inside its group from its start', () => {
    const h = harness();
    h.feed(runStart(0, ['web']), start(0, 'web', 'docker'));
    expect(h.out()).toBe('::group::web (docker)\n');
    h.feed(say(1, 'web', 'Pulling image'));
    expect(h.out()).toBe('::group::web (docker)\n==> web: Pulling image\n');
    h.feed(end(2, { name: 'web', type: 'docker', durationMs: 123_000 }));
    expect(h.out()).toBe(
      "::group::web (docker)\n==> web: Pulling image\nBuild 'web' finished after 2 minutes 3 seconds.\n::endgroup::\n✔ web: finished after 2 minutes 3 seconds\n",
    );
  });

  test('the last build running goes live: its held lines open its group, then it streams', () => {
    const h = harness();
    h.feed(runStart(0, ['a', 'b']), start(0, 'a'), start(0, 'b'), say(1, 'a', 'a1'), say(2, 'b', 'b1'));
    expect(h.out()).not.toContain('==>');
    h.feed(end(3, { name: 'a' }));
    expect(h.out()).toMatch(/::group::a \(null\)\n==> a: a1\nBuild 'a' finished after 1 second.\n::endgroup::\n✔ a: finished after 1 second\n::group::b \(null\)\n==> b: b1\n$/);
    h.feed(say(4, 'b', 'b2'));
    expect(h.out().endsWith('==> b: b1\n==> b: b2\n')).toBe(true);
  });

  test('builds run one after another without a known limit: a build is not live while others are still to start', () => {
    const h = harness();
    h.feed(runStart(0, ['a', 'b', 'c']));
    for (const [i, n] of ['a', 'b', 'c'].entries()) h.feed(start(i * 10, n), say(i * 10 + 1, n, `${n} works`), end(i * 10 + 2, { name: n }));
    const log = h.log();
    expect(log.groups.map((g) => g.title)).toEqual(['a (null)', 'b (null)', 'c (null)']);
    expect(log.outside.filter((l) => l.startsWith('▶'))).toEqual(['▶ a (null): started', '▶ b (null): started']); // c went live
  });

  test('with -parallel-builds=1 every build streams live in its own group', () => {
    const h = harness();
    h.feed(runStart(0, ['a', 'b', 'c'], 1));
    for (const [i, n] of ['a', 'b', 'c'].entries()) {
      h.feed(start(i * 10, n), say(i * 10 + 1, n, `${n} works`));
      expect(h.out().endsWith(`::group::${n} (null)\n==> ${n}: ${n} works\n`)).toBe(true); // live, before it ends
      h.feed(end(i * 10 + 2, { name: n }));
    }
    const log = h.log();
    expect(log.groups.map((g) => g.title)).toEqual(['a (null)', 'b (null)', 'c (null)']);
    expect(log.outside.filter((l) => l.startsWith('▶'))).toEqual([]);
    expect(log.outside[0]).toBe('Running 3 builds one at a time: a, b, c. Each streams live in its own group.');
  });

  test('text that is not the live build\'s waits outside its group (streams the core does not emit)', () => {
    const h = harness();
    h.feed(runStart(0, ['a']), start(0, 'a'), say(1, 'a', 'a1'));
    h.feed(say(2, 'z', 'stray'), diag(3, { severity: 'warning', format: 'plain', summary: 'late warning' }), say(4, 'a', 'a2'));
    h.feed(end(5, { name: 'a' }));
    h.r.finish();
    const log = h.log();
    expect(log.groups).toEqual([
      { title: 'a (null)', lines: ['==> a: a1', '==> a: a2', "Build 'a' finished after 1 second."] },
      { title: 'z', lines: ['==> z: stray'] },
    ]);
    expect(log.outside).toEqual(['✔ a: finished after 1 second', 'late warning', '⚠ z: never started']);
    expect(log.commands.map((c) => c.name)).toEqual(['group', 'endgroup', 'warning', 'group', 'endgroup']);
  });

  test('a line for a build whose group is already written is printed, not lost', () => {
    const h = harness();
    h.feed(runStart(0, ['a']), start(0, 'a'), end(1, { name: 'a' }), say(2, 'a', 'late'));
    expect(h.log().outside).toContain('==> a: late');
  });
});

describe('heartbeats (fake time through tick)', () => {
  test('held-back builds get a ⏳ line outside groups every heartbeatMs', () => {
    const h = harness({ heartbeatMs: 30_000 });
    h.feed(runStart(0, ['web', 'db']), start(0, 'web', 'amazon-ebs'), start(0, 'db', 'amazon-ebs'));
    h.feed(say(10_000, 'web', 'Waiting for SSH to become available...'));
    for (let s = 1; s <= 100; s++) h.r.tick(at(s * 1000));
    const beats = h.log().outside.filter((l) => l.startsWith('⏳'));
    expect(beats).toEqual([
      '⏳ web (amazon-ebs): running for 30 seconds — 1 line, last: ==> web: Waiting for SSH to become available...',
      '⏳ db (amazon-ebs): running for 30 seconds — no output yet',
      '⏳ web (amazon-ebs): running for 1 minute — 1 line, last: ==> web: Waiting for SSH to become available...',
      '⏳ db (amazon-ebs): running for 1 minute — no output yet',
      '⏳ web (amazon-ebs): running for 1 minute 30 seconds — 1 line, last: ==> web: Waiting for SSH to become available...',
      '⏳ db (amazon-ebs): running for 1 minute 30 seconds — no output yet',
    ]);
  });

  test('a live build silent for heartbeatMs says so inside its own group; output resets the clock', () => {
    const h = harness({ heartbeatMs: 30_000 });
    h.feed(runStart(0, ['web']), start(0, 'web'));
    h.r.tick(at(29_999));
    h.feed(say(20_000, 'web', 'hi'));
    h.r.tick(at(30_000));
    expect(h.out()).not.toContain('⏳');
    h.r.tick(at(50_000));
    h.feed(end(60_000, { name: 'web' }));
    expect(h.log().groups[0]!.lines).toEqual([
      '==> web: hi',
      '⏳ web: still running after 50 seconds, no output for 30 seconds',
      "Build 'web' finished after 1 second.",
    ]);
  });

  test('no heartbeat after a build ended or after finish()', () => {
    const h = harness({ heartbeatMs: 1000 });
    h.feed(runStart(0, ['a', 'b']), start(0, 'a'), start(0, 'b'), end(10, { name: 'a' }));
    h.r.finish();
    const before = h.out();
    h.r.tick(at(60_000));
    expect(h.out()).toBe(before);
  });
});

describe('finish()', () => {
  test('after a kill mid-run: every group closed, every line written once, statuses say incomplete; idempotent', () => {
    const h = harness();
    h.feed(runStart(0, ['a', 'b', 'c', 'd']), start(0, 'a'), start(0, 'b'), say(1, 'a', 'a1'), say(2, 'b', 'b1'));
    h.feed(say(3, 'c', 'c early')); // said before its start (not emitted by the core, still kept)
    h.feed(end(4, { name: 'a' }), say(5, 'b', 'b2'));
    h.r.finish();
    const log = h.log();
    expect(log.groups).toEqual([
      { title: 'a (null)', lines: ['==> a: a1', "Build 'a' finished after 1 second."] },
      { title: 'b (null)', lines: ['==> b: b1', '==> b: b2'] },
      { title: 'c', lines: ['==> c: c early'] },
    ]);
    expect(log.outside).toEqual(expect.arrayContaining([
      '⚠ b: incomplete — the engine stopped before this build ended',
      '⚠ c: never started',
      '⚠ d: never started',
    ]));
    const once = h.out();
    h.r.finish();
    expect(h.out()).toBe(once);
  });

  test('closes the live group', () => {
    const h = harness();
    h.feed(runStart(0, ['a']), start(0, 'a'), say(1, 'a', 'x'));
    h.r.finish();
    expect(h.log().groups).toEqual([{ title: 'a (null)', lines: ['==> a: x'] }]);
  });
});

describe('workflow commands and injection', () => {
  test('build output and errors cannot open groups, set outputs or annotate', () => {
    const h = harness();
    h.feed(runStart(0, ['a', 'b']), start(0, 'a'), start(0, 'b'));
    h.feed(say(1, 'a', '##[group]fake\n::endgroup::'), say(2, 'b', 'ok\r::set-output name=x::y'));
    h.feed(end(3, { name: 'a', status: 'failed', error: 'bad\n::add-mask::zzz\n##[endgroup]' }), end(4, { name: 'b' }));
    h.feed(runEnd(5, [result({ name: 'a', status: 'failed', error: 'bad\n::add-mask::zzz' }), result({ name: 'b' })]));
    const log = h.log();
    expect(log.commands.map((c) => c.name)).toEqual(['group', 'endgroup', 'error', 'group', 'endgroup']);
    expect(log.groups[0]!.lines.slice(0, 2)).toEqual(['==> a: ##[group]fake', '==> a: ::endgroup::']);
    expect(log.outside).toContain('    ::add-mask::zzz');
  });

  test('the group title is escaped as data', () => {
    const h = harness();
    h.feed(runStart(0, ['x%0A']), start(0, 'x%0A'));
    expect(h.out()).toBe('::group::x%250A (null)\n');
  });
});

describe('annotations', () => {
  const ws = join('/tmp', 'ws');
  test('template errors at file/line/col relative to the workspace, warnings, failed builds', () => {
    const h = harness({ workspace: ws });
    h.feed(
      diag(0, { summary: 'Unsupported argument', detail: 'An argument named "bogus" is not expected here.', range: { file: join(ws, 'img', 'a.pkr.hcl'), line: 3, column: 5 } }),
      diag(0, { severity: 'warning', format: 'plain', summary: 'Deprecated option' }),
      runStart(1, ['a']), start(1, 'a'), end(2, { name: 'a', status: 'failed', error: "Build 'a': x, y" }),
      runEnd(3, [result({ name: 'a', status: 'failed', error: 'x' })]),
    );
    expect(h.out().split('\n').filter((l) => /^::(error|warning)/.test(l))).toEqual([
      '::error file=img/a.pkr.hcl,line=3,col=5,title=Unsupported argument::An argument named "bogus" is not expected here.',
      '::warning title=Deprecated option::Deprecated option',
      "::error title=Build 'a' failed::Build 'a': x, y",
    ]);
    // the diagnostic's text is in the log too, as Packer prints it
    expect(h.log().outside).toContain('Error: Unsupported argument');
  });

  test('a file outside the workspace keeps its path; a relative one is resolved from the current directory', () => {
    const h = harness({ workspace: process.cwd() });
    h.feed(diag(0, { range: { file: '/elsewhere/t.json', line: 1, column: 1 } }), diag(0, { range: { file: 'sub/t.json', line: 2, column: 1 } }));
    const files = h.log().commands.map((c) => c.props.file);
    expect(files).toEqual(['/elsewhere/t.json', 'sub/t.json']);
  });

  test('at most maxAnnotationsPerKind per kind, then one line saying how many were left out', () => {
    const h = harness({ maxAnnotationsPerKind: 2 });
    for (let i = 0; i < 5; i++) h.feed(diag(0, { summary: `e${i}` }));
    h.feed(diag(0, { severity: 'warning', summary: 'w' }));
    h.feed(runStart(1, []), runEnd(2, []));
    const log = h.log();
    expect(log.commands.map((c) => `${c.name}:${c.props.title}`)).toEqual(['error:e0', 'error:e1', 'warning:w']);
    expect(log.outside.filter((l) => l.includes('left out'))).toEqual(['3 more template error annotations left out (at most 2 per kind).']);
    h.r.finish();
    expect(parseStepLog(h.out()).outside.filter((l) => l.includes('left out'))).toHaveLength(1);
  });

  test('annotations: false prints none; the text stays', () => {
    const h = harness({ annotations: false });
    h.feed(diag(0, { summary: 'bad' }), runStart(0, ['a']), start(0, 'a'), end(1, { name: 'a', status: 'failed', error: 'x' }));
    expect(h.log().commands.map((c) => c.name)).toEqual(['group', 'endgroup']);
    expect(h.out()).toContain('Error: bad');
  });
});

describe('rendering', () => {
  test('timestamps: each build line carries its event time', () => {
    const h = harness({ timestamps: true });
    h.feed(runStart(0, ['a']), start(0, 'a'), say(1500, 'a', 'one\ntwo'));
    expect(h.out()).toContain(`${at(1500).toISOString()} ==> a: one\n${at(1500).toISOString()} ==> a: two\n`);
  });

  test('post-processor targets and message lines as Packer prints them (TargetedUI trims the whole text only)', () => {
    const h = harness();
    h.feed(runStart(0, ['a']), start(0, 'a'), say(1, 'a', 'Writing manifest', 'say', 'a (manifest)'), say(2, 'a', 'out  \n', 'message'));
    expect(h.out()).toBe('::group::a (null)\n==> a (manifest): Writing manifest\n    a: out  \n    a:\n');
  });

  test('run-end prints Packer\'s summary outside the groups', () => {
    const h = harness();
    const r = result({ name: 'a', artifacts: [artifact('us-east-1:ami-1')] });
    h.feed(runStart(0, ['a']), start(0, 'a'), end(1, r), runEnd(2500, [r]));
    expect(h.log().outside.join('\n')).toContain(
      '==> Wait completed after 2 seconds 500 milliseconds\n\n==> Builds finished. The artifacts of successful builds are:\n--> a: AMIs were created:\nus-east-1:ami-1',
    );
  });

  test('a cancelled run says so', () => {
    const h = harness();
    h.feed(runStart(0, ['a']), start(0, 'a'), end(1, { name: 'a', status: 'cancelled' }), runEnd(2, [], true));
    const log = h.log();
    expect(log.outside).toContain('✖ a: cancelled after 1 second');
    expect(log.outside).toContain('Cleanly cancelled builds after being interrupted.');
    expect(T0).toBeGreaterThan(0);
  });
});
