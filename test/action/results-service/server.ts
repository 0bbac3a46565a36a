/**
 * A loopback emulator of the runner's results service, for the real @actions/cache (v2) and
 * @actions/artifact clients inside the bundled action: the Twirp CacheService and
 * ArtifactService plus the blob storage their signed URLs point at, all on one 127.0.0.1 port,
 * state in memory. One instance is one workflow run; env(job) gives a job's step variables.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ArtifactService, ARTIFACT_SERVICE, type StoredArtifact } from './artifact-service.js';
import { BlobStore } from './blob-store.js';
import { CacheService, CACHE_SERVICE, type CacheEntry } from './cache-service.js';
import { corruptArchive } from './corrupt.js';
import { UrlSigner } from './signing.js';
import { idsOfBearer, runtimeToken } from './token.js';
import { TwirpError, decodeBody, reply, replyError, type TwirpMethod } from './twirp.js';

export interface ServiceRequest {
  method: string;
  /** Path, with `?comp=` kept (the blob operation) and signatures dropped. */
  path: string;
  status: number;
}

export interface ResultsService {
  readonly url: string;
  /** The variables a step of `job` gets from the runner (same run ids for every job of this run). */
  env(job?: string): Record<string, string>;
  readonly requests: ServiceRequest[];
  /** Requests nothing here handles (answered 404/501): a client the emulator does not cover. */
  readonly unknown: string[];
  cacheEntries(): CacheEntry[];
  artifacts(): StoredArtifact[];
  /** Flips a byte of a plugin binary inside the entry's archive; returns that file's archive name. */
  corruptCacheEntry(key: string): string;
  /** Stops listening (and drops open connections) right after answering the first request whose `METHOD path` matches. */
  goDownAfter(match: RegExp): void;
  close(): Promise<void>;
}

export async function startResultsService(): Promise<ResultsService> {
  let origin = '';
  const signer = new UrlSigner(() => origin);
  const blobs = new BlobStore(signer);
  const cache = new CacheService(blobs, signer);
  const artifacts = new ArtifactService(blobs, signer);
  const services: Record<string, Record<string, TwirpMethod>> = { [CACHE_SERVICE]: cache.methods, [ARTIFACT_SERVICE]: artifacts.methods };
  const requests: ServiceRequest[] = [];
  const unknown: string[] = [];
  let downAfter: RegExp | undefined;

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const comp = url.searchParams.get('comp');
    const entry: ServiceRequest = { method: req.method ?? '', path: `${url.pathname}${comp ? `?comp=${comp}` : ''}`, status: 0 };
    requests.push(entry);
    res.on('finish', () => {
      entry.status = res.statusCode;
      if (downAfter?.test(`${entry.method} ${entry.path}`)) {
        downAfter = undefined;
        server.close();
        server.closeAllConnections();
      }
    });
    const flag = (why: string): void => {
      unknown.push(`${entry.method} ${entry.path}: ${why}`);
      console.error(`results-service emulator: UNKNOWN REQUEST ${entry.method} ${req.url}: ${why}`);
    };
    void readBody(req).then((body) => {
      const twirp = /^\/twirp\/([^/]+)\/([^/]+)$/.exec(url.pathname);
      if (twirp) {
        const method = services[twirp[1]!]?.[twirp[2]!];
        if (req.method !== 'POST' || !method) {
          flag('no such Twirp method');
          return replyError(res, new TwirpError('bad_route', `no handler for ${req.method} ${url.pathname}`));
        }
        try {
          const caller = idsOfBearer(req.headers.authorization);
          if (!caller) throw new TwirpError('unauthenticated', 'missing or invalid ACTIONS_RUNTIME_TOKEN bearer token');
          return reply(res, 200, method(decodeBody(body), caller));
        } catch (e) {
          if (e instanceof TwirpError) return replyError(res, e);
          throw e;
        }
      }
      if (blobs.handle(req, body, res, url, flag)) return;
      flag('no such route');
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end(`results-service emulator: no route for ${req.method} ${url.pathname}\n`);
    }).catch((e: unknown) => {
      console.error(`results-service emulator: ${String(e)}`);
      if (!res.headersSent) res.writeHead(500).end(String(e));
    });
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', () => resolve()));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const runId = randomUUID();
  const runNumber = String(100000 + Math.floor(Math.random() * 900000));
  const jobs = new Map<string, string>();
  return {
    url: origin,
    env(job = 'build') {
      if (!jobs.has(job)) jobs.set(job, randomUUID());
      return {
        ACTIONS_RUNTIME_TOKEN: runtimeToken({ workflowRunBackendId: runId, workflowJobRunBackendId: jobs.get(job)! }),
        ACTIONS_RESULTS_URL: `${origin}/`,
        ACTIONS_CACHE_SERVICE_V2: 'True',
        ACTIONS_RUNTIME_URL: `${origin}/runtime/`,
        GITHUB_RUN_ID: runNumber,
        GITHUB_JOB: job,
      };
    },
    requests,
    unknown,
    cacheEntries: () => cache.entries.filter((e) => e.finalized),
    artifacts: () => artifacts.artifacts.filter((a) => a.finalized),
    corruptCacheEntry(key) {
      const entry = cache.entries.find((e) => e.key === key && e.finalized);
      const blob = entry && blobs.blobs.get(entry.blob);
      if (!blob) throw new Error(`no cache entry with key ${key}`);
      const { archive, file } = corruptArchive(blob.data);
      blob.data = archive;
      return file;
    },
    goDownAfter(match) {
      downAfter = match;
    },
    close: () =>
      new Promise<void>((resolve) => {
        if (!server.listening) return resolve();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
