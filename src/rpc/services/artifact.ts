import type { Artifact } from '../../sdk/index.js';
import { RpcError, type RpcClient, type RpcServer } from '../net-rpc/index.js';
import { str, strings } from './args.js';

/** Artifact.* as packer-plugin-sdk's ArtifactServer; Destroy replies nil (a Go client decodes nothing else). */
export function registerArtifact(server: RpcServer, artifact: Artifact): void {
  server.registerService('Artifact', {
    BuilderId: () => artifact.builderId(),
    Files: () => artifact.files(),
    Id: () => artifact.id(),
    String: () => artifact.string(),
    State: (args) => artifact.state(str('Artifact.State', args, 'name')) ?? null,
    Destroy: async () => {
      await artifact.destroy();
      return null;
    },
  });
}

/**
 * The sdk Artifact is synchronous, so a remote one is fetched up front: BuilderId, Files, Id,
 * String and State for PREFETCHED_STATE; `state()` of any other name returns undefined.
 * `destroy()` calls Artifact.Destroy on the peer.
 */
export const PREFETCHED_STATE: readonly string[] = ['generated_data', 'par.artifact.metadata', 'atlas.artifact.metadata'];

/** Go's artifact client swallows a method's error (zero value); a dead connection still fails. */
async function get(client: RpcClient, method: string, args: unknown = null): Promise<unknown> {
  try {
    return await client.call(method, args);
  } catch (err) {
    if (err instanceof RpcError) return undefined;
    throw err;
  }
}

export async function fetchArtifact(client: RpcClient): Promise<Artifact> {
  const [builderId, files, id, string, ...states] = await Promise.all([
    get(client, 'Artifact.BuilderId'),
    get(client, 'Artifact.Files'),
    get(client, 'Artifact.Id'),
    get(client, 'Artifact.String'),
    ...PREFETCHED_STATE.map((name) => get(client, 'Artifact.State', name)),
  ]);
  const state = new Map<string, unknown>();
  PREFETCHED_STATE.forEach((name, i) => {
    if (states[i] !== null && states[i] !== undefined) state.set(name, states[i]);
  });
  const fetched = {
    builderId: str('Artifact.BuilderId', builderId, 'reply'),
    files: strings('Artifact.Files', files, 'reply'),
    id: str('Artifact.Id', id, 'reply'),
    string: str('Artifact.String', string, 'reply'),
  };
  return {
    builderId: () => fetched.builderId,
    files: () => [...fetched.files],
    id: () => fetched.id,
    string: () => fetched.string,
    state: (name) => state.get(name),
    destroy: async () => {
      await client.call('Artifact.Destroy', null);
    },
  };
}
