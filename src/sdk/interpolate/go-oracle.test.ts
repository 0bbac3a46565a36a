// Differential test: every vector of testdata/go-oracle/vectors.json is run
// through real Go text/template (main.go, Packer's function signatures with
// fixed values) and through render(); outputs and error texts must be equal.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GoStruct, InterpolateError, render, type InterpolateContext } from './index.js';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'testdata', 'go-oracle');
const vectors = JSON.parse(readFileSync(path.join(dir, 'vectors.json'), 'utf8')) as { name: string; tpl: string; data?: string }[];
const hasGo = spawnSync('go', ['version']).status === 0;
if (!hasGo) console.log('go-oracle: skipped, `go` is not installed (needed to run testdata/go-oracle/main.go)');
const maybe = hasGo ? describe : describe.skip;

/** The same data and stubbed values as main.go. */
const ctx: InterpolateContext = {
  data: {
    Name: 'demo', Count: 3, Pi: 3.14159, Empty: '', Zero: 0, T: true, F: false,
    List: ['a', 'b', 'c'], Nums: [1, 2, 3], EmptyList: [],
    Map: { y: '2', x: '1' },
    Nested: { Inner: { V: 'deep' } },
    Nil: null, Html: '<a href="x">\'&\'</a>', Uni: 'héllo wörld',
  },
  userVariables: { a: 'A', csv: 'x,y,z', empty: '' },
  buildName: 'bname',
  buildType: 'btype',
  cwd: '/work',
  templatePath: '/tpl/template.json',
  now: new Date(1700000000123),
  enableEnv: false,
};

type Outcome = { out?: string; err?: string };

const structData = new GoStruct('*main.ExecuteCommandTemplate', { Vars: 'A=1 B=2', Script: '/tmp/s.sh', Command: '' });

function ours(tpl: string, data?: string): Outcome {
  try {
    return { out: render(tpl, data === 'struct' ? { ...ctx, data: structData } : ctx) };
  } catch (e) {
    if (e instanceof InterpolateError) return { err: e.message };
    throw e;
  }
}

maybe('Go text/template oracle', () => {
  let golden = new Map<string, Outcome>();

  beforeAll(() => {
    const stdout = execFileSync('go', ['run', '.'], {
      cwd: dir,
      env: { ...process.env, GOFLAGS: '-mod=mod', GOTOOLCHAIN: 'local' },
      encoding: 'utf8',
    });
    const results = JSON.parse(stdout) as ({ name: string } & Outcome)[];
    golden = new Map(results.map(({ name, ...o }) => [name, o]));
  });

  it('has at least 60 vectors', () => {
    expect(vectors.length).toBeGreaterThanOrEqual(60);
  });

  it.each(vectors.map((v) => [v.name, v.tpl, v.data] as const))('%s', (name, tpl, data) => {
    expect(ours(tpl, data)).toEqual(golden.get(name));
  });
});
