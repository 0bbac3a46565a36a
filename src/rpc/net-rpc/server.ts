import type { Duplex } from 'node:stream';
import { encodeMessage, readMessages } from './codec.js';
import { INVALID_REQUEST_BODY, parseRequestHeader, type RequestHeader } from './messages.js';

/** A registered method: receives the decoded (untrusted) argument, returns the reply or throws. */
export type RpcMethod = (args: unknown) => unknown;

/**
 * Go `rpc.Server` with the GoRpc msgpack codec. Requests on one stream run concurrently and
 * are answered as they finish (Packer needs this: `Hook.Run` blocks while `Ui.Say` calls
 * arrive on the same stream). Error texts for unknown names are Go's.
 */
export class RpcServer {
  private readonly methods = new Map<string, RpcMethod>();

  /** Registers `"Service.Method"`; a later registration of the same name replaces it. */
  register(serviceMethod: string, method: RpcMethod): this {
    if (serviceMethod.lastIndexOf('.') <= 0) {
      throw new Error(`rpc: method name "${serviceMethod}" must look like "Service.Method"`);
    }
    this.methods.set(serviceMethod, method);
    return this;
  }

  /** Registers every entry of `methods` under `service` (e.g. dynamic `Ui<id>` services). */
  registerService(service: string, methods: Readonly<Record<string, RpcMethod>>): this {
    for (const [name, method] of Object.entries(methods)) this.register(`${service}.${name}`, method);
    return this;
  }

  unregisterService(service: string): void {
    for (const name of [...this.methods.keys()]) {
      if (name.slice(0, name.lastIndexOf('.')) === service) this.methods.delete(name);
    }
  }

  /**
   * Serves one stream until the client half-closes it, waits for running calls, then ends the
   * stream. Resolves either way; a broken stream is destroyed.
   */
  async serve(stream: Duplex): Promise<void> {
    stream.on('error', () => undefined); // a broken stream just ends the serve loop
    const running = new Set<Promise<void>>();
    try {
      for await (const { header, body } of readMessages(stream)) {
        const request = parseRequestHeader(header);
        const call = this.dispatch(stream, request, body).finally(() => running.delete(call));
        running.add(call);
      }
      await Promise.all(running);
      stream.end();
    } catch {
      stream.destroy();
    }
  }

  private async dispatch(stream: Duplex, request: RequestHeader, args: unknown): Promise<void> {
    const respond = (error: string, body: unknown): void => {
      if (stream.writable) {
        stream.write(encodeMessage({ ServiceMethod: request.ServiceMethod, Seq: request.Seq, Error: error }, body));
      }
    };
    const lookup = this.lookup(request.ServiceMethod);
    if (typeof lookup === 'string') return respond(lookup, INVALID_REQUEST_BODY);
    try {
      const reply = await lookup(args);
      respond('', reply ?? null);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      // An empty Error would read as success on the Go side.
      respond(message === '' ? 'error' : message, INVALID_REQUEST_BODY);
    }
  }

  /** The method, or Go's error text for a name it cannot serve. */
  private lookup(serviceMethod: string): RpcMethod | string {
    const dot = serviceMethod.lastIndexOf('.');
    if (dot < 0) return `rpc: service/method request ill-formed: ${serviceMethod}`;
    const method = this.methods.get(serviceMethod);
    if (method) return method;
    const service = serviceMethod.slice(0, dot);
    const known = [...this.methods.keys()].some((name) => name.slice(0, name.lastIndexOf('.')) === service);
    return known ? `rpc: can't find method ${serviceMethod}` : `rpc: can't find service ${serviceMethod}`;
  }
}
