/**
 * `github.actions.results.api.v1.CacheService` (cache service v2): entries by key and version,
 * uploaded to a signed blob URL between CreateCacheEntry and FinalizeCacheEntryUpload. Lookup
 * as GitHub documents it: for the key, then each restore key in order, an exact match, else
 * the newest entry whose key starts with it; only entries of the same version, only finalized.
 */
import type { BlobStore } from './blob-store.js';
import type { UrlSigner } from './signing.js';
import { TwirpError, int64, str, type TwirpMethod } from './twirp.js';

export const CACHE_SERVICE = 'github.actions.results.api.v1.CacheService';
const CONTAINER = 'actions-cache';

export interface CacheEntry {
  id: number;
  key: string;
  version: string;
  /** Blob path within the store (container/blob). */
  blob: string;
  sizeBytes: number;
  finalized: boolean;
  createdAt: Date;
}

export class CacheService {
  readonly entries: CacheEntry[] = [];
  private nextId = 1;

  constructor(
    private readonly blobs: BlobStore,
    private readonly signer: UrlSigner,
  ) {}

  readonly methods: Record<string, TwirpMethod> = {
    GetCacheEntryDownloadURL: (body) => {
      const key = str(body, 'key');
      const version = str(body, 'version');
      const restore = body['restore_keys'] ?? [];
      if (!Array.isArray(restore) || !restore.every((k): k is string => typeof k === 'string')) throw new TwirpError('invalid_argument', 'restore_keys must be strings');
      const entry = this.lookup([key, ...restore], version);
      if (!entry) return { ok: false, signed_download_url: '', matched_key: '' };
      const [container, ...rest] = entry.blob.split('/');
      return { ok: true, signed_download_url: this.signer.sign(container!, rest.join('/'), 'r'), matched_key: entry.key };
    },
    CreateCacheEntry: (body) => {
      const key = str(body, 'key');
      const version = str(body, 'version');
      if (this.entries.some((e) => e.key === key && e.version === version)) {
        throw new TwirpError('already_exists', `cache entry with key ${key} and version ${version} already exists`);
      }
      const id = this.nextId++;
      const blob = `${id}/cache`;
      this.entries.push({ id, key, version, blob: `${CONTAINER}/${blob}`, sizeBytes: 0, finalized: false, createdAt: new Date() });
      return { ok: true, signed_upload_url: this.signer.sign(CONTAINER, blob, 'cw') };
    },
    FinalizeCacheEntryUpload: (body) => {
      const key = str(body, 'key');
      const version = str(body, 'version');
      const size = int64(body, 'size_bytes') ?? 0;
      const entry = this.entries.find((e) => e.key === key && e.version === version && !e.finalized);
      if (!entry) throw new TwirpError('not_found', `no cache entry being uploaded with key ${key} and version ${version}`);
      const data = this.blobs.blobs.get(entry.blob)?.data;
      if (!data) throw new TwirpError('failed_precondition', `nothing was uploaded for cache entry ${key}`);
      if (data.length !== size) throw new TwirpError('invalid_argument', `size_bytes ${size} does not match the ${data.length} bytes uploaded`);
      entry.finalized = true;
      entry.sizeBytes = size;
      return { ok: true, entry_id: String(entry.id) };
    },
  };

  private lookup(keys: string[], version: string): CacheEntry | undefined {
    const ready = this.entries.filter((e) => e.finalized && e.version === version).sort((a, b) => b.id - a.id);
    for (const k of keys) {
      const hit = ready.find((e) => e.key === k) ?? ready.find((e) => e.key.startsWith(k));
      if (hit) return hit;
    }
    return undefined;
  }
}
