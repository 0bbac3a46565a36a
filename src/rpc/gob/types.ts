import { GobError } from './errors.js';
import type { GobReader } from './wire.js';

/** gob's predefined type ids (encoding/gob type.go) that a struct-of-numbers can use. */
export const TypeId = { bool: 1, int: 2, uint: 3, float: 4, bytes: 5, string: 6, interface: 8 } as const;
/** Go's firstUserId; ids are process-wide, so Packer's encoders start at 65 or later. */
export const FIRST_USER_TYPE_ID = 64;

const PREDEFINED_NAMES: Readonly<Record<number, string>> = {
  1: 'bool', 2: 'int', 3: 'uint', 4: 'float', 5: '[]byte', 6: 'string', 7: 'complex', 8: 'interface',
};

export type TypeKind = 'array' | 'slice' | 'struct' | 'map' | 'GobEncoder' | 'BinaryMarshaler' | 'TextMarshaler';
const WIRE_KINDS: readonly TypeKind[] = ['array', 'slice', 'struct', 'map', 'GobEncoder', 'BinaryMarshaler', 'TextMarshaler'];

export interface FieldDef {
  readonly name: string;
  readonly typeId: number;
}
export interface TypeDef {
  readonly kind: TypeKind;
  readonly name: string;
  readonly fields: readonly FieldDef[];
}

export function typeName(id: number, types: ReadonlyMap<number, TypeDef>): string {
  const def = types.get(id);
  if (def) return `${def.kind} ${def.name}`;
  return PREDEFINED_NAMES[id] ?? `unknown type ${id}`;
}

/** Walks one encoded struct: (field delta, value)* then 0; `onField` reads the value. */
export function readStruct(r: GobReader, what: string, fieldCount: number, onField: (index: number) => void): void {
  let index = -1;
  for (;;) {
    const delta = r.count(`${what} field delta`);
    if (delta === 0) return;
    index += delta;
    if (index >= fieldCount) throw new GobError(`${what} has no field number ${index}`);
    onField(index);
  }
}

function small(n: bigint, what: string): number {
  if (n < BigInt(Number.MIN_SAFE_INTEGER) || n > BigInt(Number.MAX_SAFE_INTEGER)) throw new GobError(`${what} ${n} out of range`);
  return Number(n);
}

interface Common {
  name: string;
  id: number;
}

function readCommon(r: GobReader, what: string): Common {
  const common: Common = { name: '', id: 0 };
  readStruct(r, what, 2, (i) => {
    if (i === 0) common.name = r.string(`${what} name`);
    else common.id = small(r.int(`${what} id`), `${what} id`);
  });
  return common;
}

function readFields(r: GobReader, what: string): FieldDef[] {
  const count = r.count(`${what} field count`);
  const fields: FieldDef[] = [];
  for (let k = 0; k < count; k++) {
    const field = { name: '', typeId: 0 };
    readStruct(r, `${what} field`, 2, (i) => {
      if (i === 0) field.name = r.string(`${what} field name`);
      else field.typeId = small(r.int(`${what} field type id`), `${what} field type id`);
    });
    fields.push(field);
  }
  return fields;
}

/**
 * One `wireType` value (a type definition). All seven kinds are parsed, so that a stream
 * carrying something else than a struct is rejected by name rather than as garbage.
 */
export function readWireType(r: GobReader): TypeDef & { id: number } {
  let result: (TypeDef & { id: number }) | undefined;
  readStruct(r, 'type definition', WIRE_KINDS.length, (kindIndex) => {
    const kind = WIRE_KINDS[kindIndex]!;
    let common: Common = { name: '', id: 0 };
    let fields: FieldDef[] = [];
    const extra = kind === 'array' ? 3 : kind === 'slice' ? 2 : kind === 'struct' ? 2 : kind === 'map' ? 3 : 1;
    readStruct(r, `${kind} type`, extra, (i) => {
      if (i === 0) common = readCommon(r, `${kind} type`);
      else if (kind === 'struct') fields = readFields(r, `struct ${common.name}`);
      else r.int(`${kind} type element`); // Elem, Key or Len: only needed to skip
    });
    result = { kind, name: common.name, id: common.id, fields };
  });
  if (!result) throw new GobError('empty type definition');
  return result;
}
