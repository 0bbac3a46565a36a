/**
 * Twirp over JSON as the results service speaks it: `POST /twirp/<package.Service>/<Method>`, a
 * JSON body with proto field names, errors as `{"code","msg"}` with the matching HTTP status.
 */
import type { ServerResponse } from 'node:http';
import type { BackendIds } from './token.js';

export class TwirpError extends Error {
  constructor(
    readonly code: 'invalid_argument' | 'not_found' | 'already_exists' | 'permission_denied' | 'unauthenticated' | 'failed_precondition' | 'bad_route',
    msg: string,
  ) {
    super(msg);
  }
}

const STATUS: Record<TwirpError['code'], number> = {
  invalid_argument: 400,
  not_found: 404,
  already_exists: 409,
  permission_denied: 403,
  unauthenticated: 401,
  failed_precondition: 412,
  bad_route: 404,
};

/** One method: the decoded JSON body and the caller's token ids in, the JSON answer out. */
export type TwirpMethod = (body: Record<string, unknown>, caller: BackendIds) => Record<string, unknown>;

export function reply(res: ServerResponse, status: number, value: unknown): void {
  const text = JSON.stringify(value);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

export function replyError(res: ServerResponse, e: TwirpError): void {
  reply(res, STATUS[e.code], { code: e.code, msg: e.message });
}

/** The body as a JSON object, or invalid_argument. */
export function decodeBody(body: Buffer): Record<string, unknown> {
  let v: unknown;
  try {
    v = JSON.parse(body.toString('utf8') || '{}');
  } catch (e) {
    throw new TwirpError('invalid_argument', `body is not JSON: ${(e as Error).message}`);
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new TwirpError('invalid_argument', 'body must be a JSON object');
  return v as Record<string, unknown>;
}

export function str(body: Record<string, unknown>, key: string, required = true): string {
  const v = body[key];
  if (v === undefined && !required) return '';
  if (typeof v !== 'string' || (required && v === '')) throw new TwirpError('invalid_argument', `${key} is required (a string)`);
  return v;
}

/** An int64 field: proto JSON sends it as a decimal string (or a number). */
export function int64(body: Record<string, unknown>, key: string): number | undefined {
  const v = body[key];
  if (v === undefined) return undefined;
  if ((typeof v === 'string' && /^\d+$/.test(v)) || (typeof v === 'number' && Number.isInteger(v))) return Number(v);
  throw new TwirpError('invalid_argument', `${key} must be an int64`);
}

/** The run and job ids in the body must be the caller's own. */
export function ownIds(body: Record<string, unknown>, caller: BackendIds): void {
  const run = str(body, 'workflow_run_backend_id');
  const job = str(body, 'workflow_job_run_backend_id');
  if (run !== caller.workflowRunBackendId || job !== caller.workflowJobRunBackendId) {
    throw new TwirpError('permission_denied', `the token is for run ${caller.workflowRunBackendId} job ${caller.workflowJobRunBackendId}, the request names run ${run} job ${job}`);
  }
}
