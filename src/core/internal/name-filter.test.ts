import { selectBuildNames, unmatchedPatterns } from './name-filter.js';

test('selection: exact names and globs, except wins, name order', () => {
  expect(selectBuildNames(['web-b', 'db', 'web-a'], ['web-*'], ['web-b'])).toEqual(['web-a']);
  expect(selectBuildNames(['b', 'a'], [], [])).toEqual(['a', 'b']);
});

test('patterns that select nothing are named; a glob character only matters as a glob', () => {
  expect(unmatchedPatterns(['web', 'db'], ['web', 'wbe-*', 'db', 'd?', 'x'])).toEqual(['wbe-*', 'x']);
  expect(unmatchedPatterns([], ['a'])).toEqual(['a']);
  expect(unmatchedPatterns(['a'], [])).toEqual([]);
});
