// CONTRACT (lead-written, bodies by the services helper): the callback services of Packer's
// plugin protocol (SPEC.md §2.4, §3.4–3.7), each as a server registration and a client that
// implements the matching sdk interface. rpc/remote (core side) and rpc/serve (plugin side)
// are both built from these; neither talks net/rpc method names directly for callbacks.
import type { Artifact, Communicator, Hook, Ui } from '../../sdk/index.js';
import type { MuxBroker } from '../mux-broker.js';
import type { RpcClient, RpcServer } from '../net-rpc/index.js';

const todo = (what: string): never => {
  throw new Error(`rpc/services: ${what} is not implemented yet`);
};

// ---- broker plumbing ------------------------------------------------------------------
/**
 * Allocates `broker.nextId()`, accepts it at once (before the id is sent anywhere), and serves
 * the one stream that arrives with a fresh RpcServer set up by `register`. `done` settles when
 * that stream ends (or rejects with AcceptTimeoutError when nobody dials within 5 s).
 */
export function serveNext(broker: MuxBroker, register: (server: RpcServer) => void): { id: number; done: Promise<void> } {
  void broker;
  void register;
  return todo('serveNext');
}

/** Dials the peer's broker `id` and returns an RpcClient on that stream. */
export function dialClient(broker: MuxBroker, id: number): Promise<RpcClient> {
  void broker;
  void id;
  return todo('dialClient');
}

// ---- Ui (Ui.Say/Message/Error/Ask/Machine, NewTrackProgress + dynamic Ui<id>.Add/Close) -----
export function registerUi(server: RpcServer, ui: Ui): void {
  void server;
  void ui;
  todo('registerUi');
}
/** An sdk Ui whose calls go to a remote Ui server (say/message/error/machine are fire-and-forget; errors ignored as Go's client does). */
export function uiClient(client: RpcClient): Ui {
  void client;
  return todo('uiClient');
}

// ---- Artifact (BuilderId, Files, Id, String, State, Destroy) --------------------------------
export function registerArtifact(server: RpcServer, artifact: Artifact): void {
  void server;
  void artifact;
  todo('registerArtifact');
}
/**
 * The sdk Artifact is synchronous, so a remote one is fetched up front: BuilderId, Files, Id,
 * String and State for PREFETCHED_STATE; `state()` of any other name returns undefined.
 * `destroy()` calls Artifact.Destroy on the peer.
 */
export const PREFETCHED_STATE: readonly string[] = ['generated_data', 'par.artifact.metadata', 'atlas.artifact.metadata'];
export function fetchArtifact(client: RpcClient): Promise<Artifact> {
  void client;
  return todo('fetchArtifact');
}

// ---- Communicator (Start with streamed stdio + gob CommandFinished, Upload(Dir), Download(Dir)) --
/** `comm` undefined: every call fails with a clear error (a builder with `communicator: none`). */
export function registerCommunicator(server: RpcServer, comm: Communicator | undefined, broker: MuxBroker): void {
  void server;
  void comm;
  void broker;
  todo('registerCommunicator');
}
export function communicatorClient(client: RpcClient, broker: MuxBroker): Communicator {
  void client;
  void broker;
  return todo('communicatorClient');
}

// ---- Hook (Hook.Run{Name, Data, StreamId}, Hook.Cancel) ------------------------------------
/**
 * Hook.Run dials StreamId (the caller serves Ui + Communicator there), and calls
 * `hook.run(name, uiClient, communicatorClient, data, signal)`; Hook.Cancel aborts that signal.
 */
export function registerHook(server: RpcServer, hook: Hook, broker: MuxBroker): void {
  void server;
  void hook;
  void broker;
  todo('registerHook');
}
/** An sdk Hook calling a remote Hook server: serves `ui` + `comm` on a fresh id; abort → Hook.Cancel. */
export function hookClient(client: RpcClient, broker: MuxBroker): Hook {
  void client;
  void broker;
  return todo('hookClient');
}
