// Small decoders for the untrusted arguments of the component servers.

/** Go's `*BasicError` as it travels in reply bodies: `{Message}`, or nil for no error. */
export interface BasicError {
  Message: string;
}

export function errorText(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text === '' ? 'error' : text;
}

export function basicError(err: unknown): BasicError {
  return { Message: errorText(err) };
}

/** A broker id argument (Go `uint32`); anything else is a protocol error naming the method. */
export function brokerId(v: unknown, method: string): number {
  const n = typeof v === 'bigint' ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 0xffffffff) {
    throw new Error(`${method}: expected a uint32 broker id, got ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`);
  }
  return n;
}

export function field(args: unknown, name: string): unknown {
  return typeof args === 'object' && args !== null && !Array.isArray(args) ? (args as Record<string, unknown>)[name] : undefined;
}
