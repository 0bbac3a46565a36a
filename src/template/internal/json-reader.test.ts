import { readJson, readFirstJsonValue, JsonSyntaxError } from './json-reader.js';
import { toValue } from './json-node.js';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

test('values decode as JSON.parse does', () => {
  const doc = '{"a":[1,-2.5e3,true,false,null,"x\\u00e9\\n\\ud83d\\ude00"],"b":{},"c":[]}';
  expect(toValue(readJson(bytes(doc)).root)).toEqual(JSON.parse(doc));
});

test('keys and values keep their byte offsets', () => {
  const { root } = readJson(bytes('{\n "é": [ 1 ]}'));
  if (root.kind !== 'object') throw new Error('object expected');
  const e = root.entries[0]!;
  expect(e.keyOffset).toBe(3);
  expect(e.value.offset).toBe(9); // "é" is two bytes
});

test('the first duplicate key in document order is reported, not thrown', () => {
  expect(readJson(bytes('{"a":{"k":1,"k":2},"a":1}')).duplicate).toEqual({ key: 'k', offset: 12 });
});

test('a pathologically deep document is an error, not a stack overflow', () => {
  const deep = '['.repeat(20000) + ']'.repeat(20000);
  expect(() => readJson(bytes(deep))).toThrow(JsonSyntaxError);
  expect(() => readJson(bytes(deep))).toThrow('exceeded max depth');
});

test('var-file reading ignores text after the first value, like a Go json.Decoder', () => {
  expect(toValue(readFirstJsonValue(bytes('{"a":"1"} trailing')).root)).toEqual({ a: '1' });
  expect(() => readFirstJsonValue(bytes('{"a":'))).toThrow('unexpected EOF');
  expect(() => readFirstJsonValue(bytes(' \n'))).toThrow(/^EOF$/);
});
