import type { Duplex } from 'node:stream';
import { encodeMessage, readMessages } from './codec.js';
import { parseResponseHeader } from './messages.js';
import { NetRpcError, RpcError, ShutdownError } from './errors.js';

interface PendingCall {
  readonly serviceMethod: string;
  readonly resolve: (reply: unknown) => void;
  readonly reject: (err: Error) => void;
}

/**
 * Go `rpc.Client` with the GoRpc msgpack codec over one stream. Calls may overlap: each gets
 * the next Seq (from 0) and replies are matched by Seq, in whatever order the server answers.
 */
export class RpcClient {
  private readonly stream: Duplex;
  private readonly pending = new Map<number, PendingCall>();
  private nextSeq = 0;
  private failure: NetRpcError | undefined;

  constructor(stream: Duplex) {
    this.stream = stream;
    stream.on('error', () => undefined); // surfaced through the read loop
    void this.readLoop();
  }

  /** Resolves with the decoded reply (validate it: it is untrusted); rejects with RpcError on a Go error. */
  call(serviceMethod: string, args: unknown): Promise<unknown> {
    if (this.failure) return Promise.reject(this.failure);
    const seq = this.nextSeq++;
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { serviceMethod, resolve, reject });
      this.stream.write(encodeMessage({ ServiceMethod: serviceMethod, Seq: seq }, args ?? null));
    });
  }

  /** Half-closes the stream (FIN): the Go server then finishes and closes its side. */
  close(): void {
    this.fail(new ShutdownError());
    this.stream.end();
  }

  private async readLoop(): Promise<void> {
    try {
      for await (const { header, body } of readMessages(this.stream)) {
        const response = parseResponseHeader(header);
        const call = this.pending.get(response.Seq);
        if (!call) continue; // Go discards replies nobody waits for
        this.pending.delete(response.Seq);
        if (response.Error !== '') call.reject(new RpcError(call.serviceMethod, response.Error));
        else call.resolve(body);
      }
      this.fail(new ShutdownError());
    } catch (err) {
      this.fail(asNetRpcError(err));
      this.stream.destroy();
    }
  }

  private fail(err: NetRpcError): void {
    this.failure ??= err;
    for (const call of this.pending.values()) call.reject(err);
    this.pending.clear();
  }
}

function asNetRpcError(err: unknown): NetRpcError {
  if (err instanceof NetRpcError) return err;
  return new ShutdownError(`connection is shut down: ${err instanceof Error ? err.message : String(err)}`);
}
