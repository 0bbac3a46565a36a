import { MultiError } from '../errors.js';
import { ConfigDecodeError } from './decode-error.js';
import { decodeConfig, detectContextData } from './decode.js';
import { mergeRaws } from './merge.js';
import { defineSpec } from './spec.js';

const spec = defineSpec({
  content: { kind: 'string' },
  target: { kind: 'string', default: 'out' },
  level: { kind: 'int' },
  strip: { kind: 'bool' },
  timeout: { kind: 'duration' },
  types: { kind: 'string-list' },
  codes: { kind: 'int-list' },
  custom: { kind: 'string-map' },
  execute_command: { kind: 'string-list' },
});

const packer = { packer_build_name: 'b', packer_builder_type: 'null', packer_user_variables: { v: '1.2.3' } };

const decodeError = (raw: Record<string, unknown>): string => {
  try {
    decodeConfig(spec, [raw]);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected an error');
};

describe('decodeConfig', () => {
  test('later raws win key by key and nested maps merge', () => {
    expect(mergeRaws([{ a: 1, m: { x: 1, y: 1 } }, { m: { y: 2 }, b: 2 }])).toEqual({ a: 1, b: 2, m: { x: 1, y: 2 } });
    const d = decodeConfig(spec, [{ content: 'a', custom: { x: '1' } }, { custom: { y: '2' } }, packer]);
    expect(d.config.content).toBe('a');
    expect(d.config.custom).toEqual({ x: '1', y: '2' });
    expect(d.config.target).toBe('out');
    expect(d.packer.buildName).toBe('b');
    expect(d.present.has('content')).toBe(true);
  });

  test('weak typing as mapstructure WeaklyTypedInput', () => {
    const d = decodeConfig(spec, [
      { content: 1, level: '3', strip: 'true', timeout: '1m30s', types: 'md5', codes: ['0', 3.7, true], custom: [{ a: 1 }, { b: true }] },
    ]);
    expect(d.config).toMatchObject({ content: '1', level: 3, strip: true, timeout: 90_000, types: ['md5'], codes: [0, 3, 1] });
    expect(d.config.custom).toEqual({ a: '1', b: '1' });
    expect(decodeConfig(spec, [{ content: true, strip: 0, types: {} }]).config).toMatchObject({ content: '1', strip: false, types: [] });
  });

  // Wording recorded from packer 1.6.6 (`packer validate` on the same values).
  test('type errors read as mapstructure prints them, sorted', () => {
    expect(decodeError({ content: ['a'], target: { x: 1 } })).toBe(
      "2 error(s) decoding:\n\n* 'content' expected type 'string', got unconvertible type '[]interface {}', value: '[a]'\n" +
        "* 'target' expected type 'string', got unconvertible type 'map[interface {}]interface {}', value: 'map[x:1]'",
    );
    expect(decodeError({ level: 'abc', timeout: 'zz' })).toBe(
      "2 error(s) decoding:\n\n* cannot parse 'level' as int: strconv.ParseInt: parsing \"abc\": invalid syntax\n" +
        "* error decoding 'timeout': time: invalid duration \"zz\"",
    );
    expect(decodeError({ custom: 5 })).toBe("1 error(s) decoding:\n\n* 'custom' expected a map, got 'float64'");
    expect(decodeError({ custom: { a: [1] } })).toContain(
      "* 'custom[<interface {} Value>]' expected type 'string', got unconvertible type '[]interface {}', value: '[1]'",
    );
    expect(decodeError({ strip: 'yes' })).toContain(`* cannot parse 'strip' as bool: strconv.ParseBool: parsing "yes": invalid syntax`);
    expect(decodeError({ types: [[1]] })).toContain("* 'types[0]' expected type 'string', got unconvertible type '[]interface {}', value: '[1]'");
    expect(decodeError({ content: { a: null, b: [1, true] } })).toContain("value: 'map[a:<nil> b:[1 true]]'");
  });

  test('unknown keys: sorted, quoted as Packer does, after type checks pass', () => {
    let err: unknown;
    try {
      decodeConfig(spec, [{ zzz: 1, _comment: null, type: 'x' }, packer]);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(MultiError);
    expect((err as Error).message).toBe(
      `2 errors occurred:\n\t* unknown configuration key: '"_comment"'\n\t* unknown configuration key: '"zzz"'\n\n`,
    );
    expect(() => decodeConfig(spec, [{ zzz: 1, level: 'x' }])).toThrow(ConfigDecodeError);
  });

  test('strings are rendered with the packer_* context, except excluded keys', () => {
    const d = decodeConfig(
      spec,
      [{ content: '{{build_name}}-{{build_type}}-{{user `v`}}', types: ['{{user `v`}}'], execute_command: ['{{.Vars}} {{.Script}}'] }, packer],
      { exclude: ['execute_command'] },
    );
    expect(d.config.content).toBe('b-null-1.2.3');
    expect(d.config.types).toEqual(['1.2.3']);
    expect(d.config.execute_command).toEqual(['{{.Vars}} {{.Script}}']);
  });

  test('template errors stop decoding', () => {
    expect(() => decodeConfig(spec, [{ content: '{{ nope }}' }])).toThrow();
  });

  test('the provisioner placeholder map is context data, not config', () => {
    const placeholders = { ID: 'Build_ID. placeholder', PackerRunUUID: 'Build_PackerRunUUID. placeholder' };
    const [data, rest] = detectContextData([{ a: 1 }, placeholders]);
    expect(data).toBe(placeholders);
    expect(rest).toEqual([{ a: 1 }]);
    expect(() => decodeConfig(spec, [{ content: 'x' }, packer, placeholders])).not.toThrow();
  });

  test('required fields are reported, not thrown', () => {
    const d = decodeConfig(defineSpec({ target: { kind: 'string', required: true } }), [{}]);
    expect(d.errors.map((e) => e.message)).toEqual(['target must be specified']);
  });
  test('keys match fields ignoring case, as mapstructure does; the exact name wins', () => {
    expect(decodeConfig(spec, [{ CONTENT: 'a', Target: 't' }]).config).toMatchObject({ content: 'a', target: 't' });
    // The other spelling of a matched field is left over, so it is an unknown key.
    expect(() => decodeConfig(spec, [{ content: 'a', CONTENT: 'b' }])).toThrow(`unknown configuration key: '"CONTENT"'`);
  });

  test('an untagged Go field (goField) is looked up and named by its Go name (sleep `Duration`)', () => {
    const sleep = defineSpec({ duration: { kind: 'duration', default: 0, goField: 'Duration' } });
    expect(decodeConfig(sleep, [{ duration: '2s' }]).config.duration).toBe(2000);
    expect(() => decodeConfig(sleep, [{ duration: 'forever' }])).toThrow(
      `* error decoding 'Duration': time: invalid duration "forever"`,
    );
    expect(() => decodeConfig(sleep, [{ duration: '1ms', Duration: '2ms' }])).toThrow(`unknown configuration key: '"duration"'`);
  });
});
