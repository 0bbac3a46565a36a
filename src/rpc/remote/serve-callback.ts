import type { MuxBroker } from '../mux-broker.js';
import { RpcServer } from '../net-rpc/index.js';

export interface Callback {
  readonly id: number;
  /** Resolves when the plugin dialled the id (it is then inside the call); rejects after 5 s without. */
  readonly dialled: Promise<void>;
}

/** serveNext, plus the moment the plugin dialled: only then may a Cancel follow safely. */
export function serveCallback(broker: MuxBroker, register: (server: RpcServer) => void): Callback {
  const id = broker.nextId();
  const server = new RpcServer();
  register(server);
  const stream = broker.accept(id);
  const dialled = stream.then(() => undefined);
  dialled.catch(() => undefined);
  void stream.then((s) => server.serve(s), () => undefined);
  return { id, dialled };
}
