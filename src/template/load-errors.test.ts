import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { loadTemplate } from './index.js';
import { badCases, type BadCase } from './testdata/bad-cases.js';


let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'template-errors-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

export async function writeCase(where: string, c: BadCase): Promise<void> {
  await writeFile(path.join(where, 't.json'), c.template);
  for (const [name, body] of Object.entries(c.varFiles ?? {})) {
    if (body !== null) await writeFile(path.join(where, name), body);
  }
}

/** 1-based line/column of the place a case names (the files are ASCII). */
function expectedPlace(body: string | null, at: BadCase['at']): { line: number; column: number } {
  const text = body ?? '';
  let offset = 0;
  if ('end' in at) offset = text.length;
  else if ('text' in at) {
    offset = -1;
    for (let i = 0; i <= (at.skip ?? 0); i++) offset = text.indexOf(at.text, offset + 1);
    if (offset < 0) throw new Error(`case marker ${at.text} not found`);
  }
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

describe('loadTemplate reports bad templates as Packer 1.6.6 does', () => {
  test.each(badCases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const where = await mkdtemp(path.join(dir, 'case-'));
    await writeCase(where, c);
    const res = await loadTemplate(
      { path: 't.json', vars: c.vars ?? [], varFiles: Object.keys(c.varFiles ?? {}), env: { HOME: '/home/x' }, cwd: where });
    expect(res.template).toBeUndefined();
    expect(res.diagnostics).toHaveLength(1);
    const d = res.diagnostics[0]!;
    expect(d.severity).toBe('error');
    expect(d.format).toBe(c.format);
    if (c.format === 'plain') expect(d.summary).toBe(c.text);
    else {
      expect(d.summary).toBe('');
      expect(d.detail).toBe(c.text);
    }
    const file = c.key?.startsWith('-var-file=') ? c.key.slice('-var-file='.length) : 't.json';
    expect(d.range).toEqual({ file, ...expectedPlace(c.varFiles?.[file] ?? c.template, c.at) });
    if (c.key !== undefined) expect(d.key).toBe(c.key);
    expect(res.problems?.length).toBeGreaterThan(0);
  });
});

describe('loadTemplate: the template file itself', () => {
  test('a missing template is reported with Packer wording', async () => {
    const res = await loadTemplate({ path: 'nosuch.json', vars: [], varFiles: [], env: {}, cwd: dir });
    expect(res.diagnostics[0]).toMatchObject({
      format: 'plain',
      summary: '"nosuch.json": stat nosuch.json: no such file or directory',
    });
    // The file is the problem, not a place in it: no position in the message, but the
    // annotation still names the file.
    expect(res.diagnostics[0]!.range).toBeUndefined();
    expect(res.problems?.[0]?.range).toEqual({ file: 'nosuch.json', line: 1, column: 1 });
  });

  test('a directory without config files is an hcl diagnostic', async () => {
    const res = await loadTemplate({ path: '.', vars: [], varFiles: [], env: {}, cwd: dir });
    expect(res.diagnostics[0]).toMatchObject({ format: 'hcl', summary: 'Could not find any config file in .' });
  });

  test('errors in a template read from stdin are reported against `-`', async () => {
    const res = await loadTemplate({ path: '-', stdin: '{"builders":[{"name":"x"}]}', vars: [], varFiles: [], env: {}, cwd: dir });
    expect(res.diagnostics[0]).toMatchObject({
      summary: "Failed to parse template: 1 error occurred:\n\t* builder 1: missing 'type'\n\n",
      range: { file: '-', line: 1, column: 14 },
    });
  });

  test('several problems in one template keep one place each', async () => {
    const res = await loadTemplate(
      {
        path: '-',
        stdin: '{"builders":[{"name":"x"},\n{"type":"null"},{"type":"null"}],\n"provisioners":[{"inline":[]}]}',
        vars: [],
        varFiles: [],
        env: {},
        cwd: dir,
      });
    expect(res.diagnostics[0]!.summary).toBe(
      "Failed to parse template: 3 errors occurred:\n\t* builder 1: missing 'type'\n\t* builder 3: builder with name 'null' already exists\n\t* provisioner 1: Provisioner missing 'type'\n\n",
    );
    expect(res.problems?.map((p) => [p.key, p.range?.line, p.range?.column])).toEqual([
      ['builders[0].type', 1, 14],
      ['builders[2].name', 2, 17],
      ['provisioners[0].type', 3, 17],
    ]);
  });
});
