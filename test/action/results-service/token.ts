/**
 * The runner's ACTIONS_RUNTIME_TOKEN as @actions/artifact reads it: a JWT whose `scp` claim holds
 * `Actions.Results:<workflowRunBackendId>:<workflowJobRunBackendId>` (lib/internal/shared/util.js
 * decodes it without checking the signature, so an unsigned `alg: none` token is enough).
 */
export interface BackendIds {
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
}

const b64url = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64url');

export function runtimeToken(ids: BackendIds): string {
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    scp: `Actions.ExampleScope Actions.Results:${ids.workflowRunBackendId}:${ids.workflowJobRunBackendId}`,
    iat: now,
    exp: now + 6 * 3600,
  };
  return `${b64url({ typ: 'JWT', alg: 'none' })}.${b64url(claims)}.`;
}

/** The ids of a `Bearer` token this service issued; undefined for anything else. */
export function idsOfBearer(header: string | undefined): BackendIds | undefined {
  const m = /^Bearer ([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.$/.exec(header ?? '');
  if (!m) return undefined;
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(m[2]!, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  const scp = (claims as { scp?: unknown } | null)?.scp;
  if (typeof scp !== 'string') return undefined;
  for (const scope of scp.split(' ')) {
    const [name, run, job, ...rest] = scope.split(':');
    if (name === 'Actions.Results' && run && job && rest.length === 0) return { workflowRunBackendId: run, workflowJobRunBackendId: job };
  }
  return undefined;
}
