import { RpcProtocolError } from './errors.js';

/** Go `rpc.Request`, encoded as a msgpack map keyed by field name. */
export interface RequestHeader {
  readonly ServiceMethod: string;
  readonly Seq: number;
}

/** Go `rpc.Response`; `Error` is "" on success. */
export interface ResponseHeader {
  readonly ServiceMethod: string;
  readonly Seq: number;
  readonly Error: string;
}

/** net/rpc's `invalidRequest struct{}`: the body that goes with an error response. */
export const INVALID_REQUEST_BODY: Readonly<Record<string, never>> = Object.freeze({});

function record(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Uint8Array) {
    throw new RpcProtocolError(`net/rpc ${what} header is not a map`);
  }
  return value as Record<string, unknown>;
}

/** Go decoders ignore absent keys (zero values) and unknown ones; wrong types are errors. */
function field<T>(map: Record<string, unknown>, key: string, zero: T, check: (v: unknown) => v is T, what: string): T {
  const value = map[key];
  if (value === undefined || value === null) return zero;
  if (!check(value)) throw new RpcProtocolError(`net/rpc ${what} header: ${key} has the wrong type`);
  return value;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isSeq = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

export function parseRequestHeader(value: unknown): RequestHeader {
  const map = record(value, 'request');
  return {
    ServiceMethod: field(map, 'ServiceMethod', '', isString, 'request'),
    Seq: field(map, 'Seq', 0, isSeq, 'request'),
  };
}

export function parseResponseHeader(value: unknown): ResponseHeader {
  const map = record(value, 'response');
  return {
    ServiceMethod: field(map, 'ServiceMethod', '', isString, 'response'),
    Seq: field(map, 'Seq', 0, isSeq, 'response'),
    Error: field(map, 'Error', '', isString, 'response'),
  };
}
