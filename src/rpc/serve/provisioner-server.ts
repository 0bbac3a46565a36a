import type { GeneratedData, Provisioner } from '../../sdk/index.js';
import type { RpcServer } from '../net-rpc/index.js';
import { communicatorClient, dialClient, flushUi, uiClient } from '../services/index.js';
import { configSpecResponse } from './config-spec.js';
import { decodeConfigs, shapeOf } from './configs.js';
import type { ServeContext } from './context.js';
import { brokerId, field } from './wire.js';

function generatedData(v: unknown): GeneratedData {
  if (v === null || v === undefined) return {};
  if (typeof v !== 'object' || Array.isArray(v) || v instanceof Uint8Array) {
    throw new Error(`Provisioner.Provision: "GeneratedData" must be a map, got ${shapeOf(v)}`);
  }
  return v as GeneratedData;
}

/**
 * packer-plugin-sdk `ProvisionerServer` on broker id 0 (SPEC §3.2): Prepare and Provision fail
 * through the RPC error. The core always serves a Communicator on `StreamID` (a Go core cannot
 * say "none"), so the provisioner always gets one.
 */
export function registerProvisioner(server: RpcServer, provisioner: Provisioner, ctx: ServeContext): void {
  const { broker, log } = ctx;
  const cancel = ctx.cancellation();
  server.registerService('Provisioner', {
    ConfigSpec: () => configSpecResponse(),
    Prepare: async (args) => {
      await provisioner.prepare(...decodeConfigs(args, 'Provisioner.Prepare'));
      return null;
    },
    Provision: ctx.tracked(async (args) => {
      const data = generatedData(field(args, 'GeneratedData'));
      const client = await dialClient(broker, brokerId(field(args, 'StreamID'), 'Provisioner.Provision StreamID'));
      const ui = uiClient(client);
      try {
        await provisioner.provision(cancel.signal, ui, communicatorClient(client, broker), data);
        return null;
      } finally {
        // Lines said last are still on their way: the reply must not overtake them.
        await flushUi(ui);
        client.close();
      }
    }),
    Cancel: () => {
      log('Provisioner.Cancel: aborting the provisioning');
      cancel.abort();
      return null;
    },
  });
}
