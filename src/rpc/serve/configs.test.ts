import { ConfigsError, decodeConfigs } from './configs.js';

const placeholders = { ID: 'Build_ID. To set this dynamically…', PackerRunUUID: 'Build_PackerRunUUID. To set this dynamically…' };

describe('decodeConfigs', () => {
  test('JSON-template maps are kept in order, placeholder map last, nil skipped', () => {
    const builder = { output: 'x', port: 22022 };
    const packer = { packer_build_name: 'b', packer_debug: false, packer_user_variables: { v: '1' } };
    expect(decodeConfigs({ Configs: [builder, null, packer, placeholders] }, 'Provisioner.Prepare')).toEqual([builder, packer, placeholders]);
    expect(decodeConfigs({ Configs: null }, 'Builder.Prepare')).toEqual([]);
  });

  test('an HCL2 cty-JSON element becomes a map without its null attributes', () => {
    const cty = { value: { content: null, output: 'x.txt' }, type: ['object', { content: 'string', output: 'string' }] };
    const bin = new Uint8Array(Buffer.from(JSON.stringify(cty)));
    expect(decodeConfigs({ Configs: [{ packer_build_name: 'a' }, bin, null] }, 'Builder.Prepare')).toEqual([{ packer_build_name: 'a' }, { output: 'x.txt' }]);
  });

  test('bad shapes are errors naming the method and element', () => {
    const bad = (args: unknown): string => {
      try {
        decodeConfigs(args, 'Builder.Prepare');
      } catch (err) {
        expect(err).toBeInstanceOf(ConfigsError);
        return (err as Error).message;
      }
      throw new Error('no error');
    };
    expect(bad('x')).toBe('Builder.Prepare: arguments must be a map with "Configs", got a string');
    expect(bad({ Configs: { a: 1 } })).toBe('Builder.Prepare: "Configs" must be a list, got a map');
    expect(bad({ Configs: [{}, 'str'] })).toBe('Builder.Prepare: Configs[1] must be a map, got a string');
    expect(bad({ Configs: [[1]] })).toBe('Builder.Prepare: Configs[0] must be a map, got a list');
    expect(bad({ Configs: [new Uint8Array([1, 2])] })).toBe('Builder.Prepare: Configs[0]: a binary config that is not cty JSON (HCL2 configs are the only binary form)');
  });
});
