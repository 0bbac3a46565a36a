import type { Artifact, Builder, Hook } from '../../sdk/index.js';
import { basicError, dialClient, fetchArtifact, registerHook, registerUi, strings, struct, uint32 } from '../services/internal.js';
import { callMain, explain, withCancel } from './call.js';
import type { PluginConnection } from './connection.js';
import { serveCallback } from './serve-callback.js';

/** Builder.Prepare/Run/Cancel on the plugin's id 0; Run serves Ui + Hook on a fresh id, dials the artifact id. */
export function remoteBuilder(conn: PluginConnection): Builder {
  return {
    prepare: async (...raws) => {
      const method = 'Builder.Prepare';
      const reply = struct(method, await callMain(conn, method, { Configs: raws }), 'reply');
      // Already go-multierror text ("1 error occurred:\n\t* …"), shown as the plugin wrote it.
      const error = basicError(method, reply.Error, 'Error');
      if (error !== undefined) throw new Error(error);
      return { generatedVars: strings(method, reply.GeneratedVars, 'GeneratedVars'), warnings: strings(method, reply.Warnings, 'Warnings') };
    },
    run: async (signal, ui, hook) => {
      const method = 'Builder.Run';
      // The builder's Ui is this very `ui`, proxied through the plugin: provisioners get it
      // directly instead (SPEC §2.4 allows the short-cut), which halves the hops of every line
      // they print. The Communicator still has to be the builder's.
      const direct: Hook = { run: (name, _proxiedUi, comm, data, hookSignal) => hook.run(name, ui, comm, data, hookSignal) };
      const served = serveCallback(conn.broker, (server) => {
        registerUi(server, ui);
        registerHook(server, direct, conn.broker);
      });
      const reply = await withCancel(conn, 'Builder', signal, served.dialled, () => callMain(conn, method, served.id));
      const id = uint32(method, reply, 'reply');
      if (id === 0) return undefined;
      return dialArtifact(conn, method, id);
    },
  };
}

/** Dials an artifact id right away (Go's broker drops it after 5 s) and fetches it. */
export async function dialArtifact(conn: PluginConnection, method: string, id: number): Promise<Artifact> {
  try {
    return await fetchArtifact(await dialClient(conn.broker, id));
  } catch (err) {
    throw await explain(conn, `${method} (artifact)`, err);
  }
}
