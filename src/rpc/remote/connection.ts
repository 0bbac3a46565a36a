// CONTRACT (lead-written): what rpc/remote needs from a started plugin process. src/plugins
// implements it (process start, handshake, yamux client session, broker, dial of id 0).
import type { MuxBroker } from '../mux-broker.js';
import type { RpcClient } from '../net-rpc/index.js';

export interface PluginConnection {
  /** The plugin as users name it in errors and logs, e.g. `packer-builder-file`, `packer-plugin-amazon`. */
  readonly name: string;
  readonly broker: MuxBroker;
  /** net/rpc client on broker id 0: the plugin's one component server. */
  readonly main: RpcClient;
  /** Why the process is gone (`exited with status 2`, `killed by SIGKILL`); undefined while it runs. */
  exitReason(): string | undefined;
}
