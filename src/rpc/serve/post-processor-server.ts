import type { PostProcessor } from '../../sdk/index.js';
import type { RpcServer } from '../net-rpc/index.js';
import { dialClient, fetchArtifact, registerArtifact, serveNext, flushUi, uiClient } from '../services/index.js';
import { configSpecResponse } from './config-spec.js';
import { decodeConfigs } from './configs.js';
import type { ServeContext } from './context.js';
import { basicError, brokerId } from './wire.js';

/**
 * packer-plugin-sdk `PostProcessorServer` on broker id 0 (SPEC §3.3). PostProcess reports its
 * failure in `Err` of the reply, not as RPC error; `StreamId` 0 means "no artifact".
 */
export function registerPostProcessor(server: RpcServer, pp: PostProcessor, ctx: ServeContext): void {
  const { broker, log } = ctx;
  const cancel = ctx.cancellation();
  server.registerService('PostProcessor', {
    ConfigSpec: () => configSpecResponse(),
    Configure: async (args) => {
      await pp.configure(...decodeConfigs(args, 'PostProcessor.Configure'));
      return null;
    },
    PostProcess: ctx.tracked(async (args) => {
      const client = await dialClient(broker, brokerId(args, 'PostProcessor.PostProcess'));
      let keepClient = false;
      const ui = uiClient(client);
      try {
        const input = await fetchArtifact(client);
        const result = await pp.postProcess(cancel.signal, ui, input);
        // Handing back the input itself: its Destroy still goes to the core, so keep that line open.
        keepClient = result.artifact === input;
        const artifact = result.artifact;
        if (artifact === undefined) return { Err: null, Keep: result.keep, ForceOverride: result.forceOverride, StreamId: 0 };
        const served = serveNext(broker, (s) => registerArtifact(s, artifact));
        served.done.catch((err: unknown) => log(`artifact server ${served.id}: ${String(err)}`));
        return { Err: null, Keep: result.keep, ForceOverride: result.forceOverride, StreamId: served.id };
      } catch (err) {
        return { Err: basicError(err), Keep: false, ForceOverride: false, StreamId: 0 };
      } finally {
        // Lines said last are still on their way: the reply must not overtake them.
        await flushUi(ui);
        if (!keepClient) client.close();
      }
    }),
    Cancel: () => {
      log('PostProcessor.Cancel: aborting the post-processing');
      cancel.abort();
      return null;
    },
  });
}
