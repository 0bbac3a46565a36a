import type { MuxBroker } from '../mux-broker.js';
import { RpcClient, RpcServer } from '../net-rpc/index.js';

/**
 * Allocates `broker.nextId()`, accepts it at once (before the id is sent anywhere), and serves
 * the one stream that arrives with a fresh RpcServer set up by `register`. `done` settles when
 * that stream ends (or rejects with AcceptTimeoutError when nobody dials within 5 s).
 */
export function serveNext(broker: MuxBroker, register: (server: RpcServer) => void): { id: number; done: Promise<void> } {
  const id = broker.nextId();
  const server = new RpcServer();
  register(server);
  const done = broker.accept(id).then((stream) => server.serve(stream));
  return { id, done };
}

/** Dials the peer's broker `id` and returns an RpcClient on that stream. */
export async function dialClient(broker: MuxBroker, id: number): Promise<RpcClient> {
  return new RpcClient(await broker.dial(id));
}
