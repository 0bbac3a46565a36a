/**
 * The blob-storage side of the signed URLs, as much of Azure Blob's REST API as the Azure SDK
 * (BlockBlobClient.uploadFile / uploadStream) and @actions/http-client GETs use: Put Blob
 * (single shot), Put Block, Put Block List, Get Blob (Range / x-ms-range), Get Blob Properties.
 * Anything else is answered 501 with Azure's XML error body, and reported as unknown.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ACCOUNT, type UrlSigner } from './signing.js';

export interface Blob {
  data: Buffer;
  contentType: string;
  etag: string;
  lastModified: Date;
}

export class BlobStore {
  readonly blobs = new Map<string, Blob>();
  /** Uncommitted blocks, per blob, by block id. */
  private readonly staged = new Map<string, Map<string, Buffer>>();

  constructor(private readonly signer: UrlSigner) {}

  /** Handles `/<account>/<container>/<blob>`; false when the path is not a blob path. */
  handle(req: IncomingMessage, body: Buffer, res: ServerResponse, url: URL, unknown: (why: string) => void): boolean {
    const m = new RegExp(`^/${ACCOUNT}/([^/]+)/(.+)$`).exec(url.pathname);
    if (!m) return false;
    const id = `${m[1]}/${decodeURIComponent(m[2]!)}`;
    const comp = url.searchParams.get('comp');
    const write = req.method === 'PUT';
    const refusal = this.signer.refusal(url.pathname, url.searchParams, write ? 'w' : 'r');
    if (refusal) return azureError(res, 403, 'AuthenticationFailed', refusal), true;
    if (req.method === 'PUT' && comp === null) {
      if (req.headers['x-ms-blob-type'] !== 'BlockBlob') return azureError(res, 400, 'InvalidHeaderValue', 'x-ms-blob-type must be BlockBlob'), true;
      return this.commit(res, id, body, req), true;
    }
    if (req.method === 'PUT' && comp === 'block') {
      const blockId = url.searchParams.get('blockid');
      if (!blockId) return azureError(res, 400, 'InvalidQueryParameterValue', 'blockid is required'), true;
      const blocks = this.staged.get(id) ?? new Map<string, Buffer>();
      blocks.set(blockId, body);
      this.staged.set(id, blocks);
      return created(res, {}), true;
    }
    if (req.method === 'PUT' && comp === 'blocklist') {
      const ids = [...body.toString('utf8').matchAll(/<(Latest|Uncommitted|Committed)>([^<]*)<\/\1>/g)].map((x) => x[2]!);
      const blocks = this.staged.get(id) ?? new Map<string, Buffer>();
      const missing = ids.filter((b) => !blocks.has(b));
      if (missing.length > 0) return azureError(res, 400, 'InvalidBlockList', `blocks not staged: ${missing.join(', ')}`), true;
      this.staged.delete(id);
      return this.commit(res, id, Buffer.concat(ids.map((b) => blocks.get(b)!)), req), true;
    }
    if ((req.method === 'GET' || req.method === 'HEAD') && comp === null) return this.read(req, res, id), true;
    unknown(`blob operation ${req.method} comp=${comp ?? '(none)'}`);
    azureError(res, 501, 'NotImplemented', `the emulator does not implement ${req.method} comp=${comp ?? '(none)'}`);
    return true;
  }

  private commit(res: ServerResponse, id: string, data: Buffer, req: IncomingMessage): void {
    const type = req.headers['x-ms-blob-content-type'];
    const blob: Blob = { data, contentType: typeof type === 'string' ? type : 'application/octet-stream', etag: `"0x${randomUUID().replace(/-/g, '').slice(0, 16).toUpperCase()}"`, lastModified: new Date() };
    this.blobs.set(id, blob);
    created(res, { ETag: blob.etag, 'Last-Modified': blob.lastModified.toUTCString(), 'Content-MD5': createHash('md5').update(data).digest('base64'), 'x-ms-request-server-encrypted': 'true' });
  }

  private read(req: IncomingMessage, res: ServerResponse, id: string): void {
    const blob = this.blobs.get(id);
    if (!blob) return azureError(res, 404, 'BlobNotFound', `The specified blob does not exist: ${id}`);
    const headers: Record<string, string | number> = {
      'Content-Type': blob.contentType,
      ETag: blob.etag,
      'Last-Modified': blob.lastModified.toUTCString(),
      'Accept-Ranges': 'bytes',
      'x-ms-blob-type': 'BlockBlob',
      'x-ms-version': '2024-08-04',
    };
    const range = /^bytes=(\d+)-(\d*)$/.exec(String(req.headers['x-ms-range'] ?? req.headers['range'] ?? ''));
    let body = blob.data;
    let status = 200;
    if (range) {
      const start = Number(range[1]);
      const end = range[2] ? Math.min(Number(range[2]), blob.data.length - 1) : blob.data.length - 1;
      if (start >= blob.data.length) return azureError(res, 416, 'InvalidRange', 'The range specified is invalid for the current size of the resource.');
      body = blob.data.subarray(start, end + 1);
      headers['Content-Range'] = `bytes ${start}-${end}/${blob.data.length}`;
      status = 206;
    }
    headers['Content-Length'] = body.length;
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  }
}

function created(res: ServerResponse, headers: Record<string, string>): void {
  res.writeHead(201, { ...headers, 'x-ms-request-id': randomUUID(), 'x-ms-version': '2024-08-04', Date: new Date().toUTCString(), 'Content-Length': 0 });
  res.end();
}

function azureError(res: ServerResponse, status: number, code: string, message: string): void {
  const body = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message.replace(/[<&]/g, ' ')}</Message></Error>`;
  res.writeHead(status, { 'Content-Type': 'application/xml', 'x-ms-error-code': code, 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}
