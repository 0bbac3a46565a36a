import type { Communicator, GeneratedData, Provisioner, RawConfig, Ui } from '../sdk/index.js';
import { CancelledError, formatGoDuration, goQuote } from '../sdk/index.js';

/**
 * Packer wraps provisioners for the template's common keys (packer/provisioner.go,
 * provisioner_timeout.go). Same wording and the same quirk: a provisioner with `pause_before`
 * gets no timeout even when `timeout` is set.
 */
abstract class Wrapped implements Provisioner {
  constructor(protected readonly inner: Provisioner) {}
  prepare(...raws: RawConfig[]): Promise<void> {
    return this.inner.prepare(...raws);
  }
  abstract provision(signal: AbortSignal, ui: Ui, comm: Communicator | undefined, data: GeneratedData): Promise<void>;
}

export class PausedProvisioner extends Wrapped {
  constructor(inner: Provisioner, private readonly pauseMs: number) {
    super(inner);
  }
  async provision(signal: AbortSignal, ui: Ui, comm: Communicator | undefined, data: GeneratedData): Promise<void> {
    ui.say(`Pausing ${formatGoDuration(this.pauseMs)} before the next provisioner...`);
    await sleep(this.pauseMs, signal);
    return this.inner.provision(signal, ui, comm, data);
  }
}

export class TimeoutProvisioner extends Wrapped {
  constructor(inner: Provisioner, private readonly timeoutMs: number) {
    super(inner);
  }
  async provision(signal: AbortSignal, ui: Ui, comm: Communicator | undefined, data: GeneratedData): Promise<void> {
    ui.say(`Setting a ${formatGoDuration(this.timeoutMs)} timeout for the next provisioner...`);
    const timer = new AbortController();
    const t = setTimeout(() => {
      ui.error('Cancelling provisioner after a timeout...');
      timer.abort();
    }, this.timeoutMs);
    try {
      return await this.inner.provision(AbortSignal.any([signal, timer.signal]), ui, comm, data);
    } finally {
      clearTimeout(t);
    }
  }
}

export class RetriedProvisioner extends Wrapped {
  constructor(inner: Provisioner, private readonly maxRetries: number) {
    super(inner);
  }
  async provision(signal: AbortSignal, ui: Ui, comm: Communicator | undefined, data: GeneratedData): Promise<void> {
    if (signal.aborted) throw new CancelledError();
    let err: unknown;
    try {
      return await this.inner.provision(signal, ui, comm, data);
    } catch (e) {
      err = e;
    }
    for (let left = this.maxRetries; left > 0; left--) {
      if (signal.aborted) throw new CancelledError();
      ui.say(`Provisioner failed with ${goQuote(messageOf(err))}, retrying with ${left} trie(s) left`);
      try {
        return await this.inner.provision(signal, ui, comm, data);
      } catch (e) {
        // Packer reports the first error, not the last retry's: the inner `err` shadows it.
      }
    }
    ui.say('retry limit reached.');
    throw err;
  }
}

/** `-debug`: wait for Enter before each provisioner. */
export class DebuggedProvisioner extends Wrapped {
  async provision(signal: AbortSignal, ui: Ui, comm: Communicator | undefined, data: GeneratedData): Promise<void> {
    try {
      await raceAbort(ui.ask('Pausing before the next provisioner . Press enter to continue.'), signal);
    } catch (e) {
      if (signal.aborted) throw new CancelledError();
      // No terminal: Packer logs the failed ask and goes on.
    }
    return this.inner.provision(signal, ui, comm, data);
  }
}

export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}


export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new CancelledError());
    const t = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(t);
      reject(new CancelledError());
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

function raceAbort<T>(p: Promise<T>, signal: AbortSignal): Promise<T> {
  return Promise.race([p, sleep(2 ** 31 - 1, signal).then(() => p)]);
}
