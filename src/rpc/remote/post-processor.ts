import type { PostProcessor } from '../../sdk/index.js';
import { basicError, bool, registerArtifact, registerUi, struct, uint32 } from '../services/internal.js';
import { dialArtifact } from './builder.js';
import { callMain, withCancel } from './call.js';
import type { PluginConnection } from './connection.js';
import { serveCallback } from './serve-callback.js';

/** PostProcessor.Configure/PostProcess/Cancel; PostProcess serves Ui + the input Artifact, dials the result. */
export function remotePostProcessor(conn: PluginConnection): PostProcessor {
  return {
    configure: async (...raws) => {
      await callMain(conn, 'PostProcessor.Configure', { Configs: raws });
    },
    postProcess: async (signal, ui, artifact) => {
      const method = 'PostProcessor.PostProcess';
      const served = serveCallback(conn.broker, (server) => {
        registerUi(server, ui);
        registerArtifact(server, artifact);
      });
      const reply = struct(method, await withCancel(conn, 'PostProcessor', signal, served.dialled, () => callMain(conn, method, served.id)), 'reply');
      // Errors travel in Err, not as the RPC error.
      const error = basicError(method, reply.Err, 'Err');
      if (error !== undefined) throw new Error(error);
      const id = uint32(method, reply.StreamId, 'StreamId');
      const keep = bool(method, reply.Keep, 'Keep');
      const forceOverride = bool(method, reply.ForceOverride, 'ForceOverride');
      return { artifact: id === 0 ? undefined : await dialArtifact(conn, method, id), keep, forceOverride };
    },
  };
}
