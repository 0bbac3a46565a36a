import type { Hook } from '../../sdk/index.js';
import type { MuxBroker } from '../mux-broker.js';
import type { RpcClient, RpcServer } from '../net-rpc/index.js';
import { serveNext, dialClient } from './broker.js';
import { communicatorClient, registerCommunicator } from './communicator.js';
import { flushUi, registerUi, uiClient } from './ui.js';
import { str, struct, uint32 } from './args.js';

/**
 * Hook.Run dials StreamId (the caller serves Ui + Communicator there), and calls
 * `hook.run(name, uiClient, communicatorClient, data, signal)`; Hook.Cancel aborts that signal.
 * As Go's HookServer, one cancellation per registration: a cancelled hook stays cancelled.
 */
export function registerHook(server: RpcServer, hook: Hook, broker: MuxBroker): void {
  const cancel = new AbortController();
  server.registerService('Hook', {
    Run: async (args) => {
      const method = 'Hook.Run';
      const fields = struct(method, args);
      const name = str(method, fields.Name, 'Name');
      const client = await dialClient(broker, uint32(method, fields.StreamId, 'StreamId'));
      const ui = uiClient(client);
      try {
        await hook.run(name, ui, communicatorClient(client, broker), fields.Data ?? undefined, cancel.signal);
      } finally {
        await flushUi(ui);
        client.close();
      }
      return null;
    },
    Cancel: () => {
      cancel.abort();
      return null;
    },
  });
}

/** An sdk Hook calling a remote Hook server: serves `ui` + `comm` on a fresh id; abort → Hook.Cancel. */
export function hookClient(client: RpcClient, broker: MuxBroker): Hook {
  return {
    run: async (name, ui, comm, data, signal) => {
      const served = serveNext(broker, (server) => {
        registerCommunicator(server, comm, broker);
        registerUi(server, ui);
      });
      served.done.catch(() => undefined);
      const onAbort = (): void => {
        client.call('Hook.Cancel', null).catch(() => undefined);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      try {
        await client.call('Hook.Run', { Name: name, Data: data ?? null, StreamId: served.id });
      } finally {
        signal.removeEventListener('abort', onAbort);
      }
    },
  };
}
