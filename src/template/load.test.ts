import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { loadTemplate, type LoadOptions, type Template } from './index.js';

const GOLDEN = '/work/shared/reference/packer-1.6.6/golden/cases';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'template-good-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function load(json: string, extra: Partial<LoadOptions> = {}): Promise<Template> {
  const where = await mkdtemp(path.join(dir, 'case-'));
  await writeFile(path.join(where, 't.json'), json);
  const res = await loadTemplate({ path: 't.json', vars: [], varFiles: [], env: {}, cwd: where, ...extra });
  expect(res.diagnostics).toEqual([]);
  return res.template!;
}

const B = '"builders":[{"type":"null","communicator":"none"}]';

describe('variables (GOLDEN 04)', () => {
  const opts = (o: Partial<LoadOptions>): LoadOptions => ({
    path: 'template.json',
    vars: [],
    varFiles: [],
    env: { GOLDEN_ENV: 'env-value' },
    cwd: `${GOLDEN}/04-user-variables`,
    ...o,
  });

  test('defaults < var-files in order < -var, whatever the flag order', async () => {
    const res = await loadTemplate(opts({ varFiles: ['vars.json', 'vars2.json'], vars: [['overridden', 'cli']] }));
    expect(res.diagnostics).toEqual([]);
    expect(res.template!.userVariables).toMatchObject({
      required_var: 'from-var-file',
      with_default: 'default-value',
      overridden: 'cli',
      password: 'hunter2-from-file',
      from_env: 'env-value',
    });
  });

  test('the model holds what inspect prints: defaults raw, required and sensitive flags', async () => {
    const res = await loadTemplate(opts({ vars: [['required_var', 'x'], ['unknown', '1']] }));
    const t = res.template!;
    expect(t.variables.map((v) => [v.name, v.default, v.required, v.sensitive])).toEqual([
      ['required_var', undefined, true, false],
      ['with_default', 'default-value', false, false],
      ['overridden', 'from-template', false, false],
      ['password', 'hunter2-default', false, true],
      ['from_env', '{{env `GOLDEN_ENV`}}', false, false],
    ]);
    expect(t.sensitiveVariables).toEqual(['password']);
    expect(t.userVariables['unknown']).toBe('1'); // undeclared -var accepted
    expect(t.provisioners.map((p) => p.type)).toEqual(['shell-local']);
  });

  test('variables referencing variables are rendered until stable', async () => {
    const t = await load(`{"variables":{"c":"{{user \`b\`}}-c","b":"{{user \`a\`}}-b","a":"A"},${B}}`);
    expect(t.userVariables).toMatchObject({ a: 'A', b: 'A-b', c: 'A-b-c' });
  });

  test('{{ .Field }} calls in variables are left for the components', async () => {
    const t = await load(`{"variables":{"a":"x{{ .HTTPIP }}y{{user \`b\`}}","b":"B"},${B}}`);
    expect(t.userVariables['a']).toBe('x{{ .HTTPIP }}yB');
  });
});

describe('builders, provisioners, post-processors', () => {
  test('GOLDEN 05: names, only/except, post-processor chains', async () => {
    const res = await loadTemplate({ path: 'template.json', vars: [], varFiles: [], env: {}, cwd: `${GOLDEN}/05-only-except` });
    const t = res.template!;
    expect(t.builders.map((b) => [b.name, b.type])).toEqual([
      ['alpha', 'null'],
      ['beta', 'null'],
      ['gamma', 'file'],
    ]);
    expect(t.builders[2]!.config).toEqual({ target: 'gamma.txt', content: 'gamma' });
    expect(t.provisioners.map((p) => [p.only, p.except])).toEqual([
      [[], []],
      [['alpha'], []],
      [[], ['alpha', 'gamma']],
    ]);
    expect(t.postProcessors.map((c) => c.map((p) => [p.name, p.type, p.only, p.except]))).toEqual([
      [['pp-all', 'shell-local', [], []]],
      [['pp-only-gamma', 'shell-local', ['gamma'], []]],
      [['manifest', 'manifest', [], ['beta']]],
    ]);
    expect(t.postProcessors[2]![0]!.config).toEqual({ output: 'manifest.json', strip_time: true });
    expect(t.builders[0]!.pos).toEqual({ file: 'template.json', line: 3, column: 5 });
  });

  test('builder names are interpolated with user variables; the raw name is kept', async () => {
    const t = await load('{"variables":{"n":"web"},"builders":[{"type":"null","name":"{{user `n`}}-1","communicator":"none"}]}');
    expect(t.builders[0]).toMatchObject({ name: 'web-1', rawName: '{{user `n`}}-1', type: 'null', config: { communicator: 'none' } });
  });

  test('name defaults to type; -var overrides a variable used in a name', async () => {
    const t = await load('{"variables":{"n":"a"},"builders":[{"type":"null"},{"type":"file","name":"{{user `n`}}"}]}', { vars: [['n', 'b']] });
    expect(t.builders.map((b) => [b.name, b.rawName])).toEqual([
      ['null', 'null'],
      ['b', '{{user `n`}}'],
    ]);
  });

  test('provisioner common keys: pause_before, timeout (a bare number is ns), max_retries, override', async () => {
    const t = await load(
      `{${B},"provisioners":[` +
        '{"type":"shell-local","pause_before":"1m30s","timeout":1500000000,"max_retries":"3","override":{"null":{"inline":["x"]}},"inline":["a"]},' +
        '{"type":"shell-local","max_retries":"{{user `r`}}","timeout":"300ms","inline":["b"]},' +
        '{"type":"shell-local","max_retries":2,"only":"null"}]}',
    );
    const [a, b, c] = t.provisioners;
    expect(a).toMatchObject({ pauseBeforeMs: 90_000, timeoutMs: 1500, maxRetries: 3, override: { null: { inline: ['x'] } }, config: { inline: ['a'] } });
    expect(b).toMatchObject({ pauseBeforeMs: 0, timeoutMs: 300, maxRetries: '{{user `r`}}', config: { inline: ['b'] } });
    expect(c).toMatchObject({ maxRetries: 2, only: ['null'], config: {} });
  });

  test('post-processors: a name, an object, a chain; keep_input_artifact kept only when set', async () => {
    const t = await load(
      `{${B},"post-processors":["manifest",{"type":"checksum","keep_input_artifact":true,"name":"sum"},["compress",{"type":"manifest","output":"m.json"}]]}`,
    );
    expect(t.postProcessors.map((c) => c.map((p) => [p.type, p.name, p.keepInputArtifact]))).toEqual([
      [['manifest', 'manifest', undefined]],
      [['checksum', 'sum', true]],
      [
        ['compress', 'compress', undefined],
        ['manifest', 'manifest', undefined],
      ],
    ]);
  });

  test('root extras: description, min_packer_version, comments, push, error-cleanup-provisioner', async () => {
    const t = await load(
      `{"description":"d","min_packer_version":"1.6.0","_c":"note","push":{"name":"x"},${B},` +
        '"error-cleanup-provisioner":{"type":"shell-local","inline":["echo cleanup"]}}',
    );
    expect(t).toMatchObject({ description: 'd', minPackerVersion: '1.6.0', comments: { _c: 'note' } });
    expect(t.errorCleanupProvisioner).toMatchObject({ type: 'shell-local', config: { inline: ['echo cleanup'] } });
  });
});

describe('filters use raw builder names (GOLDEN 14 only-interpolated-name)', () => {
  test('only may name a builder by its uninterpolated name', async () => {
    const t = await load(
      '{"variables":{"n":"web"},"builders":[{"type":"null","name":"{{user `n`}}","communicator":"none"}],' +
        '"provisioners":[{"type":"shell-local","only":["{{user `n`}}"],"inline":["true"]}]}',
    );
    expect(t.builders[0]!.name).toBe('web');
    expect(t.provisioners[0]!.only).toEqual(['{{user `n`}}']);
  });
});

describe('where the template comes from', () => {
  test('GOLDEN 16: a template on stdin', async () => {
    const stdin = await readFile(`${GOLDEN}/16-cli-misc/build-stdin-template.stdin`, 'utf8');
    const res = await loadTemplate({ path: '-', stdin, vars: [], varFiles: [], env: {}, cwd: dir });
    const t = res.template!;
    expect(t.builders[0]).toMatchObject({ name: 'demo', type: 'file', config: { target: '{{user `name`}}-{{timestamp}}.txt' } });
    expect(t.provisioners[0]).toMatchObject({ type: 'shell-local', pauseBeforeMs: 1000, only: ['demo'] });
    expect(t.postProcessors[0]!.map((p) => [p.type, p.keepInputArtifact])).toEqual([
      ['manifest', undefined],
      ['checksum', true],
    ]);
    expect(t.sensitiveVariables).toEqual(['secret']);
    expect(t.userVariables).toEqual({ name: 'demo', secret: '' });
  });

  test('`-` reads stdin; its directory is the working directory', async () => {
    const res = await loadTemplate({ path: '-', stdin: `{${B}}`, vars: [], varFiles: [], env: {}, cwd: dir });
    expect(res.template).toMatchObject({ path: '-', dir });
  });

  test('dir is the absolute directory of the template', async () => {
    const res = await loadTemplate({ path: '05-only-except/template.json', vars: [], varFiles: [], env: {}, cwd: GOLDEN });
    expect(res.template!.dir).toBe(`${GOLDEN}/05-only-except`);
  });

  test('syntax-only stops after parsing: no builder, required variable or version check', async () => {
    const res = await loadTemplate(
      { path: '-', stdin: '{"min_packer_version":"9","variables":{"r":null},"builders":[]}', vars: [], varFiles: [], env: {}, cwd: dir, syntaxOnly: true });
    expect(res.diagnostics).toEqual([]);
    expect(res.template!.builders).toEqual([]);
  });
});
