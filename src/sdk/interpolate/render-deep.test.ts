import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { InterpolateError, isTemplated, renderDeep } from './index.js';

const ctx = { userVariables: { v: 'x' }, buildName: 'b' };

describe('renderDeep', () => {
  it('renders nested strings, leaves keys and other values', () => {
    const raw = { a: '{{user `v`}}', n: 3, b: [true, '{{build_name}}', { '{{k}}': '{{upper `y`}}' }], z: null };
    expect(renderDeep(raw, ctx)).toEqual({ a: 'x', n: 3, b: [true, 'b', { '{{k}}': 'Y' }], z: null });
  });
  it('skips excluded top-level keys (case-insensitively) but still validates them', () => {
    const raw = { Execute_Command: ['sh', '-c', '{{.Vars}} {{.Path}}'], inline: ['{{user `v`}}'] };
    expect(renderDeep(raw, ctx, ['execute_command'])).toEqual({ Execute_Command: ['sh', '-c', '{{.Vars}} {{.Path}}'], inline: ['x'] });
    expect(() => renderDeep({ execute_command: '{{ nosuch }}' }, ctx, ['execute_command'])).toThrow(
      new InterpolateError('invalid \'execute_command\': template: root:1: function "nosuch" not defined in:\n\n{{ nosuch }}'),
    );
  });
  it('words render errors as Packer does', () => {
    expect(() => renderDeep({ content: 'a {{ split `a` `,` 4 }}' }, ctx)).toThrow(
      new InterpolateError(
        "render 'content': template: root:1:5: executing \"root\" at <split `a` `,` 4>: error calling split: " +
          'the substring 4 was unavailable using the separator value, ,, only 1 values were found in:\n\na {{ split `a` `,` 4 }}',
      ),
    );
  });
  it('isTemplated', () => {
    expect(isTemplated('a {{ b }}')).toBe(true);
    expect(isTemplated('plain')).toBe(false);
  });
});

const hasPacker = spawnSync('packer', ['version']).status === 0;
if (!hasPacker) console.log('render-deep packer check: skipped, `packer` is not installed');
(hasPacker ? describe : describe.skip)('renderDeep errors match packer build', () => {
  const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
  it.each([
    ['{{ nosuch }}'],
    ['a {{ split `a` `,` 4 }}'],
    ['{{ .Nope | upper }}'],
  ])('file builder content %s', (content) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'interp-deep-'));
    try {
      writeFileSync(path.join(dir, 't.json'), JSON.stringify({ builders: [{ type: 'file', content, target: 'x.txt' }] }));
      const r = spawnSync('packer', ['build', '-color=false', 't.json'], {
        cwd: dir, encoding: 'utf8', env: { ...process.env, CHECKPOINT_DISABLE: '1' },
      });
      let ours = '';
      try {
        renderDeep({ content, target: 'x.txt' }, { userVariables: {}, buildName: 'file', buildType: 'file' });
      } catch (e) {
        ours = (e as Error).message;
      }
      expect(ours).not.toBe('');
      expect(squash(r.stdout)).toContain(squash(ours));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
