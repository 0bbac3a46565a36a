import { buildFlags, type BuildArgs } from './commands/build.js';
import { goQuote } from '../sdk/index.js';
import { FlagSet, parseBool, parseInt64 } from './flags.js';
import { newMetaArgs } from './meta.js';

function build(argv: string[]) {
  const a: BuildArgs = { color: true, debug: false, force: false, timestampUi: false, parallelBuilds: 0, onError: 'cleanup' };
  const meta = newMetaArgs();
  const result = buildFlags(a, meta).parse(argv);
  return { a, meta, result };
}

describe('Go flag semantics', () => {
  test('-x=v, -x v, --x and bool flags', () => {
    const { a, meta, result } = build(['--color=false', '-only', 'a,b', '-only=c', '-except=x', '-parallel-builds', '2', '-debug', '-var', 'k=v=w', '--var-file=f.json', 't.json']);
    expect(result).toEqual({ kind: 'ok', args: ['t.json'] });
    expect(a).toMatchObject({ color: false, debug: true, parallelBuilds: 2 });
    expect(meta).toMatchObject({ only: ['a', 'b', 'c'], except: ['x'], vars: [['k', 'v=w']], varFiles: ['f.json'] });
  });

  test('a bool flag takes a value only with =; the next word is an argument', () => {
    const { a, result } = build(['-color', 'false', 't.json']);
    expect(a.color).toBe(true);
    expect(result).toEqual({ kind: 'ok', args: ['false', 't.json'] });
  });

  test('`--` ends the flags and a lone `-` is an argument', () => {
    expect(build(['--', '-debug']).result).toEqual({ kind: 'ok', args: ['-debug'] });
    expect(build(['-debug', '-', 'x']).result).toEqual({ kind: 'ok', args: ['-', 'x'] });
  });

  test.each([
    [['-nosuchflag', 't.json'], 'flag provided but not defined: -nosuchflag'],
    [['-var', 'foo', 't.json'], `invalid value "foo" for flag -var: No '=' value in arg: foo`],
    [['-parallel-builds=x', 't.json'], 'invalid value "x" for flag -parallel-builds: parse error'],
    [['-parallel-builds=99999999999999999999'], 'invalid value "99999999999999999999" for flag -parallel-builds: value out of range'],
    [['-on-error=foo'], 'invalid value "foo" for flag -on-error: expected one of ["cleanup" "abort" "ask" "run-cleanup-provisioner"]'],
    [['-color=maybe'], 'invalid boolean value "maybe" for -color: parse error'],
    [['-=x'], 'bad flag syntax: -=x'],
    [['---x'], 'bad flag syntax: ---x'],
    [['-only'], 'flag needs an argument: -only'],
    [['-config-type=foo'], 'invalid value "foo" for flag -config-type: foo does not belong to configType values'],
  ])('%j → %s (Go\'s words)', (argv, message) => {
    expect(build(argv).result).toEqual({ kind: 'error', message });
  });

  test('-h and -help are help unless the command defines them', () => {
    expect(new FlagSet().parse(['-help'])).toEqual({ kind: 'help' });
    expect(new FlagSet().parse(['--h'])).toEqual({ kind: 'help' });
  });

  test('-on-error accepts each of Packer\'s values; -parallel-builds accepts Go integer syntax', () => {
    for (const v of ['cleanup', 'abort', 'ask', 'run-cleanup-provisioner'] as const) expect(build([`-on-error=${v}`]).a.onError).toBe(v);
    expect(build(['-parallel-builds=-1']).a.parallelBuilds).toBe(-1);
    expect(parseInt64('0x10')).toBe(16);
    expect(parseInt64('010')).toBe(8);
    expect(parseInt64('1_000')).toBe(1000);
    expect(() => parseInt64('1__0')).toThrow('parse error');
  });
});

test('strconv helpers', () => {
  expect(['1', 't', 'TRUE', 'True'].map(parseBool)).toEqual([true, true, true, true]);
  expect(['0', 'f', 'FALSE', 'False'].map(parseBool)).toEqual([false, false, false, false]);
  expect(() => parseBool('yes')).toThrow('parse error');
  expect(goQuote('a"b\u0001')).toBe('"a\\"b\\x01"');
});
