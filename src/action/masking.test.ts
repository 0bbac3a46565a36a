import { maskDeep, maskValues, outputsHoldingSecrets } from './masking.js';

test('every secret and each line of a multi-line one is masked; blank values never are', () => {
  expect(maskValues(['s3cret', '', '  ', 'line one\nline two\n'])).toEqual(['s3cret', 'line one\nline two\n', 'line one', 'line two']);
});

test('outputs the runner would drop are named', () => {
  const outputs = { result: 'success', 'artifact-ids': '{"a":"ami-s3cret"}', 'run-uuid': 'u' };
  expect(outputsHoldingSecrets(outputs, ['s3cret'])).toEqual(['artifact-ids']);
  expect(outputsHoldingSecrets(outputs, [])).toEqual([]);
});

test('maskDeep masks every string of a record, keys included, and keeps the rest', () => {
  const mask = (s: string): string => s.replace(/s3cret/g, '<sensitive>');
  const rec = { results: [{ name: 'a', durationMs: 3, artifacts: [{ id: 'ami-s3cret', files: ['/x/s3cret.img'], generatedData: { s3cret: true, n: null } }] }] };
  expect(maskDeep(rec, mask)).toEqual({ results: [{ name: 'a', durationMs: 3, artifacts: [{ id: 'ami-<sensitive>', files: ['/x/<sensitive>.img'], generatedData: { '<sensitive>': true, n: null } }] }] });
});
