import { builtinComponentSet, builtinComponents } from './index.js';

describe('built-in components', () => {
  test('the types Packer 1.6.6 builds in locally', () => {
    expect(Object.keys(builtinComponents.builders).sort()).toEqual(['file', 'null']);
    expect(Object.keys(builtinComponents.provisioners).sort()).toEqual(['breakpoint', 'file', 'shell', 'shell-local', 'sleep']);
    expect(Object.keys(builtinComponents.postProcessors).sort()).toEqual(['artifice', 'checksum', 'compress', 'manifest', 'shell-local']);
  });

  test('the set starts a fresh instance per use and knows nothing else', async () => {
    const set = builtinComponentSet();
    expect(set.hasBuilder('null')).toBe(true);
    expect(set.hasBuilder('toString')).toBe(false);
    expect(set.hasProvisioner('powershell')).toBe(false);
    const [a, b] = [await set.startBuilder('file'), await set.startBuilder('file')];
    expect(a).not.toBe(b);
    await expect(set.startPostProcessor('nope')).rejects.toThrow('Unknown post-processor nope');
    await set.close?.();
  });
});
