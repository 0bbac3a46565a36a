import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DEFAULT_CANCEL_GRACE_SECONDS, readInputs } from './inputs.js';

let ws: string;
beforeEach(async () => {
  ws = await fs.mkdtemp(path.join(os.tmpdir(), 'ib-inputs-'));
  await fs.writeFile(path.join(ws, 't.json'), '{"builders":[{"type":"null","communicator":"none"}]}');
});
afterEach(() => fs.rm(ws, { recursive: true, force: true }));

const env = (inputs: Record<string, string>): Record<string, string> => ({
  GITHUB_WORKSPACE: ws,
  ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
});

test('defaults: the directory template, build mode, cleanup, grace inside the cancel window', async () => {
  const i = await readInputs(env({}));
  expect(i).toMatchObject({ mode: 'build', template: path.join(ws, 't.json'), workingDirectory: ws, parallelBuilds: 0, onError: 'cleanup', cachePlugins: true, summary: true, annotations: true, timestamps: false });
  expect(i.cancelGraceSeconds).toBe(DEFAULT_CANCEL_GRACE_SECONDS);
});

test('multiline variables keep "=" in values; var-files, only and except are lists', async () => {
  const i = await readInputs(env({ variables: 'a=1\n  b = x=y \n\n', 'var-files': 'v1.json\nsub/v2.json', only: 'a, b\nc', except: 'd' }));
  expect(i.variables).toEqual([['a', '1'], ['b', ' x=y']]);
  expect(i.varFiles).toEqual([path.join(ws, 'v1.json'), path.join(ws, 'sub/v2.json')]);
  expect(i.only).toEqual(['a', 'b', 'c']);
  expect(i.except).toEqual(['d']);
});

test.each([
  [{ 'on-error': 'ask' }, "input 'on-error': 'ask' needs a terminal"],
  [{ 'on-error': 'retry' }, "input 'on-error': must be one of"],
  [{ variables: 'novalue' }, "input 'variables': line 1 must be name=value"],
  [{ 'parallel-builds': '-1' }, "input 'parallel-builds': must be a whole number"],
  [{ summary: 'yes' }, "input 'summary': must be true or false"],
  [{ template: 'missing.json' }, "input 'template':"],
  [{ 'working-directory': 'nope' }, "input 'working-directory':"],
  [{ mode: 'merge' }, "input 'results-name': is required with mode 'merge'"],
  [{ 'results-name': 'a/b' }, "input 'results-name':"],
])('%j is refused naming the input', async (inputs, message) => {
  await expect(readInputs(env(inputs))).rejects.toThrow(message);
});

test('a directory with several or no JSON templates is an error that says why', async () => {
  await fs.writeFile(path.join(ws, 'u.json'), '{}');
  await expect(readInputs(env({}))).rejects.toThrow('several *.json files (t.json, u.json)');
  const hcl = path.join(ws, 'hcl');
  await fs.mkdir(hcl);
  await fs.writeFile(path.join(hcl, 'a.pkr.hcl'), '');
  await expect(readInputs(env({ template: 'hcl' }))).rejects.toThrow('HCL2 *.pkr.hcl templates are not supported yet');
});

test('working-directory is relative to the workspace; the template to it', async () => {
  await fs.mkdir(path.join(ws, 'sub'));
  await fs.writeFile(path.join(ws, 'sub', 'x.json'), '{}');
  const i = await readInputs(env({ 'working-directory': 'sub', template: 'x.json' }));
  expect(i.workingDirectory).toBe(path.join(ws, 'sub'));
  expect(i.template).toBe(path.join(ws, 'sub', 'x.json'));
});
