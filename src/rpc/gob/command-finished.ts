import { decodeIntStruct } from './decode.js';
import { GobError } from './errors.js';
import { encodeInt, encodeUint, frame } from './wire.js';

const TYPE_ID = 65n; // a fresh gob.Encoder numbers its first type 65

/**
 * `wireType{StructT: &structType{CommonType{"CommandFinished", 65}, []fieldType{{"ExitStatus", int}}}}`
 * exactly as Go's encoder sends it before the first value (SPEC §3.6).
 */
const TYPE_DEFINITION = frame(
  Buffer.concat([
    encodeInt(-TYPE_ID),
    Buffer.from([0x03, 0x01, 0x01]), // StructT -> CommonType -> Name
    encodeUint(15n),
    Buffer.from('CommandFinished'),
    Buffer.from([0x01]), // Id
    encodeInt(TYPE_ID),
    Buffer.from([0x00, 0x01, 0x01, 0x01]), // end CommonType; Field: one element; Name
    encodeUint(10n),
    Buffer.from('ExitStatus'),
    Buffer.from([0x01]), // Id
    encodeInt(2n), // int
    Buffer.from([0x00, 0x00, 0x00]), // end fieldType, structType, wireType
  ]),
);

/** A whole response stream: `gob.NewEncoder(w).Encode(&CommandFinished{exitStatus})`. */
export function encodeCommandFinished(exitStatus: number): Buffer {
  if (!Number.isSafeInteger(exitStatus)) throw new GobError(`exit status ${exitStatus} is not an integer`);
  const value = exitStatus === 0 ? Buffer.from([0x00]) : Buffer.concat([Buffer.from([0x01]), encodeInt(BigInt(exitStatus)), Buffer.from([0x00])]);
  return Buffer.concat([TYPE_DEFINITION, frame(Buffer.concat([encodeInt(TYPE_ID), value]))]);
}

/** The exit status of a response stream; other fields Go may add are ignored, a missing one is 0. */
export function decodeCommandFinished(stream: Buffer): number {
  const value = decodeIntStruct(stream);
  // Like Go's decoder: the struct's name does not matter, a field of the right name does.
  if (!value.fieldNames.includes('ExitStatus')) throw new GobError(`struct ${value.name} has no ExitStatus field`);
  const status = value.fields.get('ExitStatus') ?? 0n;
  if (status < BigInt(Number.MIN_SAFE_INTEGER) || status > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new GobError(`CommandFinished.ExitStatus ${status} out of range`);
  }
  return Number(status);
}
