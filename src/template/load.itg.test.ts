import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { loadTemplate } from './index.js';
import { badCases } from './testdata/bad-cases.js';
import { writeFile } from 'node:fs/promises';

/**
 * The oracle: real Packer 1.6.6 must still print what our diagnostics say, for every bad case.
 * Packer wraps `Error:` details at 80 columns, so whitespace is compared collapsed.
 */
const packer = spawnSync('packer', ['version'], { encoding: 'utf8' });
const hasPacker = packer.status === 0 && packer.stdout.includes('1.6.6');
if (!hasPacker) console.log(`template oracle tests skipped: packer 1.6.6 not found (${packer.error?.message ?? packer.stdout.trim()})`);
const maybe = hasPacker ? describe : describe.skip;

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'template-oracle-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

maybe('packer validate agrees with our diagnostics', () => {
  test.each(badCases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const where = await mkdtemp(path.join(dir, 'case-'));
    await writeFile(path.join(where, 't.json'), c.template);
    for (const [name, body] of Object.entries(c.varFiles ?? {})) if (body !== null) await writeFile(path.join(where, name), body);
    const varFiles = Object.keys(c.varFiles ?? {});
    const vars = c.vars ?? [];
    const args = ['validate', ...varFiles.map((f) => `-var-file=${f}`), ...vars.flatMap(([k, v]) => ['-var', `${k}=${v}`]), 't.json'];
    const env = { PATH: process.env['PATH'] ?? '', HOME: '/home/x', CHECKPOINT_DISABLE: '1', PACKER_NO_COLOR: '1' };
    const run = spawnSync('packer', args, { cwd: where, encoding: 'utf8', env });
    expect(run.status).toBe(1);

    const res = await loadTemplate({ path: 't.json', vars, varFiles, env: { HOME: '/home/x' }, cwd: where });
    const d = res.diagnostics[0]!;
    const ours = d.format === 'plain' ? d.summary : `Error: ${d.summary}\n\n${d.detail}`;
    expect(squash(run.stdout)).toContain(squash(ours));
  });
});

/** Malformed documents: Packer's whole message (Go's scanner wording, offset, highlight) verbatim. */
const malformed: string[] = [
  '{',
  '{"a"',
  '{"a" 1}',
  '{"a":}',
  '{"a":1,}',
  '[1,]',
  '{"a":-}',
  '{"a":1.}',
  '{"a":1e}',
  '{"a":01}',
  '{"a":"\\u12g4"}',
  '{"a":"tab\there"}',
  '{"a":nul}',
  '{"a":falsy}',
  '\n\n  {"builders": [\n\t{"type": "null"}\n  ]\n  "x": 1\n}',
  '{"é":"ü", ]',
  '\ufeff{}',
  '{"a":1}}',
  '   ',
];

maybe('packer prints exactly our syntax error text', () => {
  test.each(malformed.map((m) => [JSON.stringify(m), m] as const))('%s', async (_name, body) => {
    const where = await mkdtemp(path.join(dir, 'syntax-'));
    await writeFile(path.join(where, 't.json'), body);
    const run = spawnSync('packer', ['validate', 't.json'], { cwd: where, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', CHECKPOINT_DISABLE: '1' } });
    const res = await loadTemplate({ path: 't.json', vars: [], varFiles: [], env: {}, cwd: where });
    expect(run.stdout).toBe(`${res.diagnostics[0]!.summary}\n`);
  });
});

/** User variables as `packer console` shows them (one `{{user}}` call per run: it answers the last line). */
maybe('packer console agrees with our rendered user variables', () => {
  const cases: Array<{ name: string; template: string; vars: Array<[string, string]>; varFiles: Record<string, string> }> = [
    {
      name: 'chains, env, a -var-only variable',
      template:
        '{"variables":{"c":"{{user `b`}}-c","b":"{{user `a`}}-b","a":"A","d":"{{user `z`}}","e":"{{env `FOO`}}x",' +
        '"g":"{{upper `q`}}{{timestamp | len}}"},"builders":[{"type":"null","communicator":"none"}]}',
      vars: [['z', 'Z']],
      varFiles: {},
    },
    {
      name: 'defaults < var-files in order < -var',
      template: '{"variables":{"a":"t","b":"t","c":"t","d":"{{user `c`}}+"},"builders":[{"type":"null","communicator":"none"}]}',
      vars: [['c', 'cli']],
      varFiles: { 'one.json': '{"a":"one","b":"one","c":"one"}', 'two.json': '{"b":"two"}' },
    },
  ];
  test.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const where = await mkdtemp(path.join(dir, 'console-'));
    await writeFile(path.join(where, 't.json'), c.template);
    for (const [name, body] of Object.entries(c.varFiles)) await writeFile(path.join(where, name), body);
    const flags = [...Object.keys(c.varFiles).map((f) => `-var-file=${f}`), ...c.vars.flatMap(([k, v]) => ['-var', `${k}=${v}`])];
    const env = { FOO: 'foo' };
    const res = await loadTemplate({ path: 't.json', vars: c.vars, varFiles: Object.keys(c.varFiles), env, cwd: where });
    const ours = res.template!.userVariables;
    for (const name of Object.keys(ours).filter((k) => k !== '')) {
      const run = spawnSync('packer', ['console', ...flags, 't.json'], {
        cwd: where,
        input: `{{user \`${name}\`}}\n`,
        encoding: 'utf8',
        env: { PATH: process.env['PATH'] ?? '', CHECKPOINT_DISABLE: '1', ...env },
      });
      expect([name, run.stdout.replace(/\n$/, '')]).toEqual([name, ours[name]]);
    }
  });
});
