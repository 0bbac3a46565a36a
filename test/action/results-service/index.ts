// The runner's results service (cache v2 + artifacts + blob storage) on loopback, for the action tests.
export { startResultsService, type ResultsService, type ServiceRequest } from './server.js';
export type { CacheEntry } from './cache-service.js';
export type { StoredArtifact } from './artifact-service.js';
export { runtimeToken, idsOfBearer, type BackendIds } from './token.js';
