import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { goMissing } from '../testdata/go-peer.js';
import { buildGobVectors, goDecode, goVectors } from './testdata/gob-vectors.js';
import { decodeCommandFinished, decodeIntStruct, encodeCommandFinished, GobError } from './index.js';

const STATUSES = [0, 1, 3, 123, 255, -1, 2 ** 40];

// SPEC §3.6, captured from Debian's packer 1.6.6 (run3): type definition, then the value.
const SPEC_TYPE = '2cff810301010f' + Buffer.from('CommandFinished').toString('hex') + '01ff82000101010a' + Buffer.from('ExitStatus').toString('hex') + '0104000000';

describe('CommandFinished (SPEC bytes)', () => {
  it('encodes exactly as Packer did', () => {
    expect(encodeCommandFinished(0).toString('hex')).toBe(SPEC_TYPE + '03ff8200');
    expect(encodeCommandFinished(3).toString('hex')).toBe(SPEC_TYPE + '05ff820106' + '00');
  });

  it('decodes what it encodes', () => {
    for (const status of STATUSES) expect(decodeCommandFinished(encodeCommandFinished(status))).toBe(status);
  });

  it('rejects broken streams with a clear error', () => {
    const whole = encodeCommandFinished(3);
    expect(() => decodeCommandFinished(whole.subarray(0, whole.length - 2))).toThrow(new GobError('stream truncated while reading message'));
    expect(() => decodeCommandFinished(Buffer.from(SPEC_TYPE, 'hex'))).toThrow('gob: stream ended before a value');
    expect(() => decodeCommandFinished(Buffer.alloc(0))).toThrow('gob: stream ended before a value');
    expect(() => decodeCommandFinished(Buffer.from('03ff8200', 'hex'))).toThrow('gob: value of type 65, which was never defined');
  });
});

const missing = goMissing();
if (missing) console.log(`Skipping the Go encoding/gob tests: ${missing}`);
(missing ? describe.skip : describe)("Go's encoding/gob", () => {
  let binary = '';
  let vectors: Map<string, Buffer>;
  beforeAll(async () => {
    binary = await buildGobVectors();
    vectors = goVectors(binary);
  }, 300_000);
  afterAll(() => {
    if (binary) rmSync(dirname(binary), { recursive: true, force: true });
  });

  it.each(STATUSES)('reads Go\'s CommandFinished{%d}', (status) => {
    expect(decodeCommandFinished(vectors.get(String(status))!)).toBe(status);
  });

  it('is read by Go for every exit status', () => {
    expect(goDecode(binary, STATUSES.map(encodeCommandFinished))).toEqual(STATUSES.map(String));
  });

  it('reads a struct with more fields in another order by field name', () => {
    const wide = decodeIntStruct(vectors.get('wide')!);
    expect(wide.name).toBe('wideFinished');
    expect(Object.fromEntries(wide.fields)).toEqual({ Signal: 9n, Attempts: 300n, ExitStatus: 42n, Retries: -5n });
    expect(decodeCommandFinished(vectors.get('wide')!)).toBe(42);
  });

  it('rejects anything but a struct of ints, naming what it found', () => {
    expect(() => decodeCommandFinished(vectors.get('string')!)).toThrow('gob: struct withString field Note is a string; only int and uint fields are supported');
    expect(() => decodeCommandFinished(vectors.get('slice')!)).toThrow(/^gob: value is a slice \(.*\), expected a struct$/);
    expect(() => decodeCommandFinished(vectors.get('map')!)).toThrow(/^gob: value is a map \(.*\), expected a struct$/);
  });
});
