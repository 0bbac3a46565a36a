// Validation of decoded (untrusted) net/rpc arguments and replies: every failure names the
// method and the field, as a Go decoder's type error would.

export class ServiceArgError extends Error {
  override readonly name = 'ServiceArgError';
  constructor(method: string, what: string) {
    super(`${method}: ${what}`);
  }
}

export type Fields = Record<string, unknown>;

/** A msgpack map (Go struct); nil is the zero struct. */
export function struct(method: string, value: unknown, what = 'argument'): Fields {
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value) || value instanceof Uint8Array || value instanceof Date) {
    throw new ServiceArgError(method, `${what} must be a map, got ${describe(value)}`);
  }
  return value as Fields;
}

export function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nil';
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Uint8Array) return 'bytes';
  if (value instanceof Date) return 'a time';
  return `a ${typeof value}`;
}

export function str(method: string, value: unknown, what: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') throw new ServiceArgError(method, `${what} must be a string, got ${describe(value)}`);
  return value;
}

function integer(method: string, value: unknown, what: string): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'bigint') {
    if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) throw new ServiceArgError(method, `${what} ${value} is out of range`);
    return Number(value);
  }
  if (typeof value !== 'number' || !Number.isInteger(value)) throw new ServiceArgError(method, `${what} must be an integer, got ${describe(value)}`);
  return value;
}

export function int(method: string, value: unknown, what: string): number {
  return integer(method, value, what);
}

export function uint32(method: string, value: unknown, what: string): number {
  const n = integer(method, value, what);
  if (n < 0 || n > 0xffffffff) throw new ServiceArgError(method, `${what} ${n} is not a uint32`);
  return n;
}

export function bool(method: string, value: unknown, what: string): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value !== 'boolean') throw new ServiceArgError(method, `${what} must be a bool, got ${describe(value)}`);
  return value;
}

export function strings(method: string, value: unknown, what: string): string[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) throw new ServiceArgError(method, `${what} must be a list of strings, got ${describe(value)}`);
  return value.map((item, i) => str(method, item, `${what}[${i}]`));
}

/** Go `*BasicError`: nil or `{Message}`. */
export function basicError(method: string, value: unknown, what: string): string | undefined {
  if (value === null || value === undefined) return undefined;
  return str(method, struct(method, value, what).Message, `${what}.Message`);
}
