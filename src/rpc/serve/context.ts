import type { MuxBroker } from '../mux-broker.js';
import type { ServeLog } from './log.js';

/**
 * What a component server shares with the process that serves it: the broker, the log, and
 * the session's fate. When the core goes away mid-call (crash, SIGKILL of the core), `lost`
 * aborts, the component's signal aborts with it, and the process waits for `inflight` calls so
 * that the component's cleanup runs before exit.
 */
export class ServeContext {
  private readonly lostController = new AbortController();
  private readonly running = new Set<Promise<unknown>>();

  constructor(
    readonly broker: MuxBroker,
    readonly log: ServeLog,
  ) {}

  get lost(): AbortSignal {
    return this.lostController.signal;
  }

  /** One cancellation per component server, as Go's one context per server object. */
  cancellation(): AbortController {
    const c = new AbortController();
    this.lost.addEventListener('abort', () => c.abort(), { once: true });
    return c;
  }

  /** `method`, with each call counted in flight until it settles. */
  tracked<A, R>(method: (args: A) => Promise<R>): (args: A) => Promise<R> {
    return (args) => {
      const call = method(args);
      this.running.add(call);
      const forget = (): void => void this.running.delete(call);
      call.then(forget, forget);
      return call;
    };
  }

  markLost(): void {
    this.lostController.abort();
  }

  /** Settles when every tracked call has settled. */
  async drained(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }
}
