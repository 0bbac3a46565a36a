import type { Builder } from '../../sdk/index.js';
import type { RpcServer } from '../net-rpc/index.js';
import { dialClient, hookClient, registerArtifact, serveNext, flushUi, uiClient } from '../services/index.js';
import { configSpecResponse } from './config-spec.js';
import { decodeConfigs } from './configs.js';
import type { ServeContext } from './context.js';
import { basicError, brokerId } from './wire.js';

/**
 * packer-plugin-sdk `BuilderServer` on broker id 0 (SPEC §3.1). Like Go's, one cancellation
 * context per server: Cancel aborts the Run in flight, or the next one (a plugin process is
 * never reused after a cancel). Validation errors travel in the reply's `Error`, not as RPC error.
 */
export function registerBuilder(server: RpcServer, builder: Builder, ctx: ServeContext): void {
  const { broker, log } = ctx;
  const cancel = ctx.cancellation();
  server.registerService('Builder', {
    ConfigSpec: () => configSpecResponse(),
    Prepare: async (args) => {
      try {
        const result = await builder.prepare(...decodeConfigs(args, 'Builder.Prepare'));
        return { GeneratedVars: result.generatedVars ?? null, Warnings: result.warnings ?? null, Error: null };
      } catch (err) {
        return { GeneratedVars: null, Warnings: null, Error: basicError(err) };
      }
    },
    Run: ctx.tracked(async (args) => {
      const client = await dialClient(broker, brokerId(args, 'Builder.Run'));
      const ui = uiClient(client);
      try {
        const artifact = await builder.run(cancel.signal, ui, hookClient(client, broker));
        if (!artifact) return 0;
        const served = serveNext(broker, (s) => registerArtifact(s, artifact));
        served.done.catch((err: unknown) => log(`artifact server ${served.id}: ${String(err)}`));
        return served.id;
      } finally {
        // Lines said last are still on their way: the reply must not overtake them.
        await flushUi(ui);
        client.close();
      }
    }),
    Cancel: () => {
      log('Builder.Cancel: aborting the run');
      cancel.abort();
      return null;
    },
  });
}
