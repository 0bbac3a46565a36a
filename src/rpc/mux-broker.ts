import type { YamuxSession } from './yamux/session.js';
import type { YamuxStream } from './yamux/stream.js';
import { AcceptTimeoutError, BadAckError, PreambleError } from './errors.js';
import { readExactly } from './read-exactly.js';

/** Go's MuxBroker waits this long in Accept, and for an inbound id to be claimed. */
export const ACCEPT_TIMEOUT_MS = 5_000;

export interface MuxBrokerOptions {
  readonly acceptTimeoutMs?: number;
}

interface Pending {
  /** An inbound stream that presented this id before anyone accepted it. */
  stream?: YamuxStream;
  waiter?: (stream: YamuxStream) => void;
  timer?: NodeJS.Timeout;
}

function encodeId(id: number): Buffer {
  const out = Buffer.alloc(4);
  out.writeUInt32LE(id >>> 0);
  return out;
}

/**
 * Packer's MuxBroker: many logical connections over one yamux session. Every stream starts
 * with the dialler writing a uint32 little-endian id; the acceptor of that id echoes it as
 * the ack. Ids belong to the side that allocates them (`nextId`): it accepts, sends the id
 * inside an RPC, and the peer dials. Id 0 is the plugin's main server.
 */
export class MuxBroker {
  private readonly session: YamuxSession;
  private readonly acceptTimeoutMs: number;
  private readonly pending = new Map<number, Pending>();
  private lastId = 0;

  constructor(session: YamuxSession, options: MuxBrokerOptions = {}) {
    this.session = session;
    this.acceptTimeoutMs = options.acceptTimeoutMs ?? ACCEPT_TIMEOUT_MS;
  }

  /** A fresh id of this side, counting 1, 2, 3… */
  nextId(): number {
    this.lastId = (this.lastId + 1) >>> 0;
    return this.lastId;
  }

  /** Accepts inbound streams and routes them by id until the session ends (Go `Run`). */
  async run(): Promise<void> {
    for (;;) {
      let stream: YamuxStream;
      try {
        stream = await this.session.accept();
      } catch {
        return;
      }
      void this.route(stream);
    }
  }

  /** Opens a stream to the peer's `id` and checks the ack. */
  async dial(id: number): Promise<YamuxStream> {
    const stream = this.session.open();
    stream.on('error', () => undefined); // the preamble read reports it
    stream.write(encodeId(id));
    try {
      const ack = (await readExactly(stream, 4, (why) => new PreambleError(`dial ${id}: ${why}`))).readUInt32LE(0);
      if (ack !== id) throw new BadAckError(id, ack);
    } catch (err) {
      stream.destroy();
      throw err;
    }
    return stream;
  }

  /** Waits for the peer to dial `id`, acks it, and hands over the stream. */
  accept(id: number): Promise<YamuxStream> {
    const entry = this.entry(id);
    const ack = (stream: YamuxStream): YamuxStream => {
      stream.write(encodeId(id));
      return stream;
    };
    if (entry.stream) {
      const stream = entry.stream;
      this.forget(id);
      return Promise.resolve(ack(stream));
    }
    return new Promise((resolve, reject) => {
      entry.waiter = (stream) => resolve(ack(stream));
      entry.timer = setTimeout(() => {
        this.forget(id);
        reject(new AcceptTimeoutError(id));
      }, this.acceptTimeoutMs);
    });
  }

  private async route(stream: YamuxStream): Promise<void> {
    stream.on('error', () => undefined);
    let id: number;
    try {
      id = (await readExactly(stream, 4, (why) => new PreambleError(why))).readUInt32LE(0);
    } catch {
      stream.destroy();
      return;
    }
    const entry = this.entry(id);
    if (entry.waiter) {
      const deliver = entry.waiter;
      this.forget(id);
      deliver(stream);
      return;
    }
    if (entry.stream) {
      // Go's buffered channel holds one stream; a second dial of the same id is dropped.
      stream.destroy();
      return;
    }
    entry.stream = stream;
    entry.timer = setTimeout(() => {
      // Unclaimed: close it as Go does, so the dialler's ack read fails.
      this.forget(id);
      stream.end();
      stream.resume();
    }, this.acceptTimeoutMs);
  }

  private entry(id: number): Pending {
    let entry = this.pending.get(id);
    if (!entry) {
      entry = {};
      this.pending.set(id, entry);
    }
    return entry;
  }

  private forget(id: number): void {
    const entry = this.pending.get(id);
    if (entry?.timer) clearTimeout(entry.timer);
    this.pending.delete(id);
  }
}
