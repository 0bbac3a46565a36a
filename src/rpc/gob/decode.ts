import { GobError } from './errors.js';
import { FIRST_USER_TYPE_ID, readStruct, readWireType, TypeId, typeName, type TypeDef } from './types.js';
import { GobReader } from './wire.js';

export interface GobStruct {
  /** The Go type name as the encoder registered it, e.g. `CommandFinished`. */
  readonly name: string;
  /** Fields present in the value; gob omits zero-valued ones. */
  readonly fields: ReadonlyMap<string, bigint>;
  /** Every field of the type definition, present in the value or not. */
  readonly fieldNames: readonly string[];
}

/**
 * Reads a gob stream up to its first value, which must be a struct whose fields are all
 * `int` or `uint` (as on a Communicator response stream). Type definitions may come in any
 * number and order and fields may have any ids; anything else is a GobError.
 */
export function decodeIntStruct(stream: Buffer): GobStruct {
  const outer = new GobReader(stream);
  const types = new Map<number, TypeDef>();
  while (!outer.done) {
    const length = outer.count('message length');
    if (length === 0) throw new GobError('empty message');
    const r = new GobReader(outer.bytes(length, 'message'));
    const id = r.int('type id');
    if (id < 0n) {
      const def = readWireType(r);
      if (BigInt(def.id) !== -id) throw new GobError(`type definition ${-id} carries id ${def.id}`);
      if (def.id < FIRST_USER_TYPE_ID) throw new GobError(`type definition redefines predefined type ${def.id}`);
      types.set(def.id, def);
      continue;
    }
    return readValue(r, Number(id), types);
  }
  throw new GobError('stream ended before a value');
}

function readValue(r: GobReader, id: number, types: ReadonlyMap<number, TypeDef>): GobStruct {
  const def = types.get(id);
  if (!def) {
    if (id < FIRST_USER_TYPE_ID) throw new GobError(`value is a ${typeName(id, types)}, expected a struct`);
    throw new GobError(`value of type ${id}, which was never defined`);
  }
  if (def.kind !== 'struct') throw new GobError(`value is a ${def.kind} (${def.name}), expected a struct`);
  for (const field of def.fields) {
    if (field.typeId !== TypeId.int && field.typeId !== TypeId.uint) {
      throw new GobError(`struct ${def.name} field ${field.name} is a ${typeName(field.typeId, types)}; only int and uint fields are supported`);
    }
  }
  const fields = new Map<string, bigint>();
  readStruct(r, `struct ${def.name}`, def.fields.length, (i) => {
    const field = def.fields[i]!;
    const what = `${def.name}.${field.name}`;
    fields.set(field.name, field.typeId === TypeId.int ? r.int(what) : r.uint(what));
  });
  return { name: def.name, fields, fieldNames: def.fields.map((f) => f.name) };
}
