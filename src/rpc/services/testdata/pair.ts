import { MuxBroker } from '../../mux-broker.js';
import { YamuxSession } from '../../yamux/index.js';
import { unixSocketPair } from '../../testdata/socket-pair.js';

export interface BrokerPair {
  /** The yamux client side (Packer's core). */
  readonly core: MuxBroker;
  /** The yamux server side (a plugin). */
  readonly plugin: MuxBroker;
  readonly coreSession: YamuxSession;
  readonly pluginSession: YamuxSession;
  close(): void;
}

/** Two brokers over a real unix socket, one yamux session per role, both running. */
export async function brokerPair(): Promise<BrokerPair> {
  const sockets = await unixSocketPair();
  const coreSession = new YamuxSession(sockets.client, { role: 'client' });
  const pluginSession = new YamuxSession(sockets.server, { role: 'server' });
  const core = new MuxBroker(coreSession);
  const plugin = new MuxBroker(pluginSession);
  void core.run();
  void plugin.run();
  return {
    core,
    plugin,
    coreSession,
    pluginSession,
    close: () => {
      coreSession.close();
      pluginSession.close();
      sockets.close();
    },
  };
}
