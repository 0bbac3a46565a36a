// CONTRACT (lead-written, bodies by the remote helper): a plugin process seen by the core as an
// sdk component (SPEC.md §3.1–3.3, §3.9, §3.11).
import type { Builder, PostProcessor, Provisioner } from '../../sdk/index.js';
import type { PluginConnection } from './connection.js';

export type { PluginConnection } from './connection.js';

const todo = (what: string): never => {
  throw new Error(`rpc/remote: ${what} is not implemented yet`);
};

/** Builder.Prepare/Run/Cancel on the plugin's id 0; Run serves Ui + Hook on a fresh id, dials the artifact id. */
export function remoteBuilder(conn: PluginConnection): Builder {
  void conn;
  return todo('remoteBuilder');
}
/** Provisioner.Prepare/Provision/Cancel; Provision serves Ui + Communicator on a fresh id. */
export function remoteProvisioner(conn: PluginConnection): Provisioner {
  void conn;
  return todo('remoteProvisioner');
}
/** PostProcessor.Configure/PostProcess/Cancel; PostProcess serves Ui + the input Artifact, dials the result. */
export function remotePostProcessor(conn: PluginConnection): PostProcessor {
  void conn;
  return todo('remotePostProcessor');
}
