import type { Provisioner } from '../../sdk/index.js';
import { registerCommunicator, registerUi } from '../services/internal.js';
import { callMain, withCancel } from './call.js';
import type { PluginConnection } from './connection.js';
import { serveCallback } from './serve-callback.js';

/** Provisioner.Prepare/Provision/Cancel; Provision serves Ui + Communicator on a fresh id. */
export function remoteProvisioner(conn: PluginConnection): Provisioner {
  return {
    prepare: async (...raws) => {
      await callMain(conn, 'Provisioner.Prepare', { Configs: raws });
    },
    provision: async (signal, ui, comm, generatedData) => {
      const served = serveCallback(conn.broker, (server) => {
        registerUi(server, ui);
        registerCommunicator(server, comm, conn.broker);
      });
      // StreamID with a capital D: Go ignores a misspelt key and would dial id 0.
      const args = { GeneratedData: generatedData ?? {}, StreamID: served.id };
      await withCancel(conn, 'Provisioner', signal, served.dialled, () => callMain(conn, 'Provisioner.Provision', args));
    },
  };
}
