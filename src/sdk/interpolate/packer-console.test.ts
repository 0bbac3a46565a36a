// Real Packer 1.6.6 as the oracle for Packer's own functions: `packer console`
// renders each stdin line with the template's user variables (no build, no
// env), which is render() with userVariables and templatePath.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { InterpolateError, render, type InterpolateContext } from './index.js';

const hasPacker = spawnSync('packer', ['version'], { env: { ...process.env, CHECKPOINT_DISABLE: '1' } }).status === 0;
if (!hasPacker) console.log('packer-console: skipped, `packer` (1.6.6) is not installed');
const maybe = hasPacker ? describe : describe.skip;

const lines = [
  '{{user `composed`}}',
  '{{ user `csv` | upper }}',
  '{{split (user `csv`) "," 2}}',
  '{{split "a,b" "," 5}}',
  '{{ user `nope` }}|',
  '{{replace "a" "A" 2 "banana"}} {{replace_all "a" "A" "banana"}}',
  '{{ lower "MiXeD" }}{{ upper "é" }}',
  '{{printf "%5.1f|%x|%q|%d" 3.14159 255 "q" "x"}}',
  '{{ template_dir }}',
  '{{ pwd }}',
  '{{ packer_version }}',
  '{{ .Foo }}|{{ .Foo.Bar }}',
  '{{ .Foo | upper }}',
  '{{ nosuchfunc }}',
  '{{ if }}',
  '{{ build_name }}',
  '{{ build `ID` }}',
  '{{ env `HOME` }}',
  '{{ consul_key `a/b` }}',
  '{{ vault `a` `b` }}',
  '{{ aws_secretsmanager `a` }}',
  '{{ aws_secretsmanager_raw `a` }}',
  '{{ sed "s/a/b/" "a" }}',
  '{{ isotime "2006" }} {{ strftime "%Y" }}',
  '{{ isotime "a" "b" }}',
  '{{ len (user `csv`) }} {{ index (user `csv`) 0 }}',
  '{{ $x := user `name` }}{{ $x }}{{ range $i, $c := "ab" }}{{ end }}',
  '{{ with user `empty` }}x{{ else }}empty{{ end }}',
];

const PREFIX = '???????: Interpolation error\n\n';

maybe('packer console oracle', () => {
  let dir = '';
  let chunks: string[] = [];

  beforeAll(() => {
    dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'interp-console-')));
    const template = {
      variables: { csv: 'a,b,c', name: 'demo', composed: '{{user `csv`}}-x', empty: '' },
      builders: [{ type: 'null', communicator: 'none' }],
    };
    writeFileSync(path.join(dir, 'template.json'), JSON.stringify(template));
    const input = lines.join('\nMARK\n') + '\nexit\n';
    const r = spawnSync('packer', ['console', 'template.json'], {
      cwd: dir,
      input,
      encoding: 'utf8',
      env: { ...process.env, CHECKPOINT_DISABLE: '1' },
    });
    chunks = r.stdout.split('MARK\n');
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.each(lines.map((l, i) => [l, i] as const))('%s', (line, i) => {
    const ctx: InterpolateContext = {
      userVariables: { csv: 'a,b,c', name: 'demo', composed: 'a,b,c-x', empty: '' },
      templatePath: path.join(dir, 'template.json'),
      cwd: dir,
      coreVersion: '', // the console's context carries no core version (observed)
    };
    const chunk = chunks[i]!;
    let ours: string;
    try {
      ours = render(line, ctx) + '\n';
    } catch (e) {
      if (!(e instanceof InterpolateError)) throw e;
      // Packer wraps the message at spaces for the terminal: compare unwrapped.
      expect(chunk.startsWith(PREFIX)).toBe(true);
      const theirs = chunk.slice(PREFIX.length).trimEnd().replace(/\n/g, ' ');
      const mine = e.message;
      // The network-backed functions cannot run here; Packer's own error (from
      // a real lookup) differs, only the function must fail in both.
      if (/consul_key|vault|aws_secretsmanager `/.test(line)) {
        expect(theirs).toContain('error calling');
        expect(mine).toContain('error calling');
        return;
      }
      expect(mine).toBe(theirs);
      return;
    }
    expect(chunk).toBe(ours);
  });
});
