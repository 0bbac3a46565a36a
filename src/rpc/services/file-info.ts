import type { FileInfo } from '../../sdk/index.js';
import { describe, int, ServiceArgError, str, struct, uint32 } from './args.js';

/** Seconds from Go's zero time (year 1) to the Unix epoch. */
const UNIX_TO_GO = 62135596800n;

/**
 * Go `time.Time` in msgpack: the timestamp extension (decoded to Date), or, from the 2015 codec
 * of upstream Packer 1.6.6, `MarshalBinary` bytes (version 1 or 2); nil is the zero time.
 */
function time(method: string, value: unknown, what: string): Date | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return value;
  if (value instanceof Uint8Array && (value[0] === 1 || value[0] === 2) && value.length >= 15) {
    const bytes = Buffer.from(value);
    const sec = bytes.readBigInt64BE(1) - UNIX_TO_GO;
    const nsec = bytes.readUInt32BE(9);
    return new Date(Number(sec) * 1000 + Math.floor(nsec / 1e6));
  }
  throw new ServiceArgError(method, `${what} must be a time, got ${describe(value)}`);
}

/** packer-plugin-sdk `fileInfo{N, S, M, T}`, or undefined for nil. */
export function decodeFileInfo(method: string, value: unknown): FileInfo | undefined {
  if (value === null || value === undefined) return undefined;
  const fields = struct(method, value, 'FileInfo');
  const info: FileInfo = {
    name: str(method, fields.N, 'FileInfo.N'),
    size: int(method, fields.S, 'FileInfo.S'),
    mode: uint32(method, fields.M, 'FileInfo.M'),
  };
  const mtime = time(method, fields.T, 'FileInfo.T');
  if (mtime) info.mtime = mtime;
  return info;
}

export function encodeFileInfo(info: FileInfo | undefined): Record<string, unknown> | null {
  if (!info) return null;
  return { N: info.name, S: info.size, M: info.mode >>> 0, T: info.mtime ?? null };
}
