/**
 * `github.actions.results.api.v1.ArtifactService`: artifacts of a workflow run, created by one
 * of its jobs, uploaded to a signed blob URL, then finalized with size and digest. Listing is
 * run-wide (a later job sees every job's artifacts), as actions/download-artifact relies on.
 */
import type { BlobStore } from './blob-store.js';
import type { UrlSigner } from './signing.js';
import { TwirpError, int64, ownIds, str, type TwirpMethod } from './twirp.js';

export const ARTIFACT_SERVICE = 'github.actions.results.api.v1.ArtifactService';
const CONTAINER = 'actions-results';

export interface StoredArtifact {
  id: number;
  runId: string;
  jobId: string;
  name: string;
  blob: string;
  size: number;
  /** `sha256:<hex>` as FinalizeArtifact sent it. */
  digest: string | undefined;
  mimeType: string | undefined;
  expiresAt: string | undefined;
  finalized: boolean;
  createdAt: Date;
}

export class ArtifactService {
  readonly artifacts: StoredArtifact[] = [];
  private nextId = 1001;

  constructor(
    private readonly blobs: BlobStore,
    private readonly signer: UrlSigner,
  ) {}

  readonly methods: Record<string, TwirpMethod> = {
    CreateArtifact: (body, caller) => {
      ownIds(body, caller);
      const name = str(body, 'name');
      if (this.artifacts.some((a) => a.runId === caller.workflowRunBackendId && a.name === name && a.finalized)) {
        throw new TwirpError('already_exists', `an artifact named ${name} already exists in this workflow run`);
      }
      const blob = `${caller.workflowRunBackendId}/${caller.workflowJobRunBackendId}/${name}.zip`;
      const mime = body['mime_type'];
      const expires = body['expires_at'];
      this.artifacts.push({
        id: this.nextId++,
        runId: caller.workflowRunBackendId,
        jobId: caller.workflowJobRunBackendId,
        name,
        blob: `${CONTAINER}/${blob}`,
        size: 0,
        digest: undefined,
        mimeType: typeof mime === 'string' ? mime : undefined,
        expiresAt: typeof expires === 'string' ? expires : undefined,
        finalized: false,
        createdAt: new Date(),
      });
      return { ok: true, signed_upload_url: this.signer.sign(CONTAINER, blob, 'cw') };
    },
    FinalizeArtifact: (body, caller) => {
      ownIds(body, caller);
      const name = str(body, 'name');
      const a = this.artifacts.find((x) => x.runId === caller.workflowRunBackendId && x.jobId === caller.workflowJobRunBackendId && x.name === name && !x.finalized);
      if (!a) throw new TwirpError('not_found', `no artifact named ${name} is being uploaded by this job`);
      const data = this.blobs.blobs.get(a.blob)?.data;
      if (!data) throw new TwirpError('failed_precondition', `nothing was uploaded for artifact ${name}`);
      const size = int64(body, 'size') ?? 0;
      if (size !== data.length) throw new TwirpError('invalid_argument', `size ${size} does not match the ${data.length} bytes uploaded`);
      const hash = body['hash'];
      a.digest = typeof hash === 'string' ? hash : undefined;
      a.size = size;
      a.finalized = true;
      return { ok: true, artifact_id: String(a.id) };
    },
    ListArtifacts: (body, caller) => {
      ownIds(body, caller);
      const nameFilter = body['name_filter'];
      const idFilter = int64(body, 'id_filter');
      const list = this.artifacts.filter(
        (a) => a.finalized && a.runId === caller.workflowRunBackendId && (typeof nameFilter !== 'string' || a.name === nameFilter) && (idFilter === undefined || a.id === idFilter),
      );
      return {
        artifacts: list.map((a) => ({
          workflow_run_backend_id: a.runId,
          workflow_job_run_backend_id: a.jobId,
          database_id: String(a.id),
          name: a.name,
          size: String(a.size),
          created_at: a.createdAt.toISOString(),
          ...(a.digest ? { digest: a.digest } : {}),
        })),
      };
    },
    // The client names the artifact's own job (from ListArtifacts), not the caller's: only the run must match.
    GetSignedArtifactURL: (body, caller) => {
      const run = str(body, 'workflow_run_backend_id');
      const job = str(body, 'workflow_job_run_backend_id');
      if (run !== caller.workflowRunBackendId) throw new TwirpError('permission_denied', `the token is for run ${caller.workflowRunBackendId}, the request names run ${run}`);
      const name = str(body, 'name');
      const a = this.artifacts.find((x) => x.runId === run && x.jobId === job && x.name === name && x.finalized);
      if (!a) throw new TwirpError('not_found', `no artifact named ${name} in this workflow run`);
      const [container, ...rest] = a.blob.split('/');
      return { signed_url: this.signer.sign(container!, rest.join('/'), 'r') };
    },
    DeleteArtifact: (body, caller) => {
      ownIds(body, caller);
      const name = str(body, 'name');
      const i = this.artifacts.findIndex((x) => x.runId === caller.workflowRunBackendId && x.name === name && x.finalized);
      if (i < 0) throw new TwirpError('not_found', `no artifact named ${name} in this workflow run`);
      const [a] = this.artifacts.splice(i, 1);
      this.blobs.blobs.delete(a!.blob);
      return { ok: true, artifact_id: String(a!.id) };
    },
  };
}
