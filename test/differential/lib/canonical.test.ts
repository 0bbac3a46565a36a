import { canonicalStdout, errorTextsOf } from './canonical.js';

describe('canonicalStdout', () => {
  test('orders the final summary by build, keeping each build’s lines in order', () => {
    const a = ['x', '', '==> Builds finished. The artifacts of successful builds are:', '--> b: one', '--> a: first', '--> a: second', ''].join('\n');
    const b = ['x', '', '==> Builds finished. The artifacts of successful builds are:', '--> a: first', '--> a: second', '--> b: one', ''].join('\n');
    expect(canonicalStdout(a, 'normal', new Set())).toBe(canonicalStdout(b, 'normal', new Set()));
    const swapped = ['x', '', '==> Builds finished. The artifacts of successful builds are:', '--> a: second', '--> a: first', '--> b: one', ''].join('\n');
    expect(canonicalStdout(swapped, 'normal', new Set())).not.toBe(canonicalStdout(b, 'normal', new Set()));
  });

  test('keeps multi-line error entries whole and the blank line before the next block', () => {
    const text = ["==> Some builds didn't complete successfully and had errors:", '--> z: boom', '', '* detail', '--> a: bang', '', '==> Builds finished but no artifacts were created.'].join('\n');
    expect(canonicalStdout(text, 'normal', new Set()).split('\n')).toEqual(["==> Some builds didn't complete successfully and had errors:", '--> a: bang', '--> z: boom', '', '* detail', '', '==> Builds finished but no artifacts were created.']);
  });

  test('compares script stdout and stderr per stream, not their interleaving', () => {
    const mr1 = ['1,,ui,say,==> n: Running', '1,,ui,error,==> n: err', '1,,ui,message,    n: out1', '1,,ui,message,    n: out2', '1,,ui,say,done'].join('\n');
    const mr2 = ['1,,ui,say,==> n: Running', '1,,ui,message,    n: out1', '1,,ui,error,==> n: err', '1,,ui,message,    n: out2', '1,,ui,say,done'].join('\n');
    expect(canonicalStdout(mr1, 'mr', new Set())).toBe(canonicalStdout(mr2, 'mr', new Set()));
    const out2first = mr2.replace('out1', 'tmp').replace('out2', 'out1').replace('tmp', 'out2');
    expect(canonicalStdout(out2first, 'mr', new Set())).not.toBe(canonicalStdout(mr2, 'mr', new Set()));
    const errors = errorTextsOf(mr1);
    const human = (l: string[]): string => canonicalStdout(l.join('\n'), 'normal', errors);
    expect(human(['==> n: Running', '==> n: err', '    n: out1'])).toBe(human(['==> n: Running', '    n: out1', '==> n: err']));
  });

  test("console's variables record in machine-readable mode: entries compared in key order (a Go map)", () => {
    const rec = (entries: string[]): string => `1,,ui,say,\\n${entries.map((e) => `${e}%!(PACKER_COMMA)`).join('\\n')}\\n`;
    const packer = rec(['name: demo', 'secret: ', ': ']);
    const ours = rec([': ', 'name: demo', 'secret: ']);
    expect(canonicalStdout(packer, 'mr', new Set())).toBe(canonicalStdout(ours, 'mr', new Set()));
    expect(canonicalStdout(rec(['name: other', 'secret: ', ': ']), 'mr', new Set())).not.toBe(canonicalStdout(ours, 'mr', new Set()));
    expect(canonicalStdout('1,,ui,say,b\\na', 'mr', new Set())).toBe('1,,ui,say,b\\na'); // other records untouched
  });

  test('hides the CPU count of parallel compressors only', () => {
    expect(canonicalStdout('Using pgzip compression with 8 cores for x', 'normal', new Set())).toBe('Using pgzip compression with <N> cores for x');
    expect(canonicalStdout('Using xz compression with 1 core for x', 'normal', new Set())).toBe('Using xz compression with 1 core for x');
  });
});
