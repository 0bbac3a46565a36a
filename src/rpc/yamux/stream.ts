import { Duplex } from 'node:stream';
import { Flag, FrameType, INITIAL_STREAM_WINDOW, type FrameHeader } from './frame.js';
import { ReceiveWindowExceededError, StreamClosedError, StreamResetError } from './errors.js';

/** What a stream needs from its session, injected so that stream.ts never imports session.ts. */
export interface YamuxStreamInit {
  readonly id: number;
  /** Our receive window ceiling (Config.maxStreamWindowSize). */
  readonly maxWindow: number;
  /** 'local': we open it (first frame carries SYN); 'remote': the peer did (we answer ACK). */
  readonly origin: 'local' | 'remote';
  /** Writes one frame; `done` fires once the connection took the bytes (backpressure). */
  readonly sendFrame: (header: Omit<FrameHeader, 'version'>, body?: Buffer, done?: (err?: Error | null) => void) => void;
  /** Called once when the stream is finished on both sides or reset, so the session forgets it. */
  readonly onClosed: (id: number) => void;
}

type Handshake = 'init' | 'synSent' | 'synReceived' | 'established';

/**
 * One yamux stream as a Node Duplex, with hashicorp/yamux semantics:
 * - the peer's window is never exceeded: writes wait for WindowUpdate frames;
 * - our window is granted back once the reader has consumed at least half of it,
 *   so a reader that stops reading stops the peer (no unbounded buffering);
 * - `end()` half-closes (FIN) and reading goes on until the peer's FIN;
 * - `destroy()` before both sides closed, or `reset()`, aborts with RST.
 */
export class YamuxStream extends Duplex {
  readonly id: number;
  private readonly init: YamuxStreamInit;
  private handshake: Handshake;
  private sendWindow = INITIAL_STREAM_WINDOW;
  private recvWindow = INITIAL_STREAM_WINDOW;
  private readonly queue: Buffer[] = [];
  private queuedBytes = 0;
  private wantsData = false;
  private endPushed = false;
  private localClosed = false;
  private remoteClosed = false;
  private resetSeen = false;
  private sessionGone = false;
  private gone = false;
  private blockedWrite: (() => void) | undefined;

  constructor(init: YamuxStreamInit) {
    super({ allowHalfOpen: true });
    this.id = init.id;
    this.init = init;
    this.handshake = init.origin === 'local' ? 'init' : 'synReceived';
  }

  /** Session use: a Data frame arrived. Throws ReceiveWindowExceededError (a protocol error). */
  receiveData(flags: number, body: Buffer): void {
    if (body.length > this.recvWindow) throw new ReceiveWindowExceededError(this.id);
    if (body.length > 0 && !this.remoteClosed) {
      this.recvWindow -= body.length;
      this.queue.push(body);
      this.queuedBytes += body.length;
    }
    this.processFlags(flags);
    this.drain();
  }

  /** Session use: a WindowUpdate frame arrived. */
  receiveWindowUpdate(flags: number, delta: number): void {
    this.processFlags(flags);
    this.sendWindow += delta;
    const resume = this.blockedWrite;
    if (resume && this.sendWindow > 0) {
      this.blockedWrite = undefined;
      resume();
    }
  }

  /**
   * Session use, and the handshake: on open it carries SYN, on accept ACK. Afterwards it
   * grants the peer what the reader consumed, once that is at least half the window.
   */
  sendWindowUpdate(): void {
    if (this.gone || this.sessionGone) return;
    const max = this.init.maxWindow;
    const delta = max - this.queuedBytes - this.recvWindow;
    const flags = this.sendFlags();
    // Nothing more will arrive after the peer's FIN, so only the handshake is still owed.
    if (flags === 0 && (delta < max / 2 || this.remoteClosed)) return;
    this.recvWindow += delta;
    this.init.sendFrame({ type: FrameType.WindowUpdate, flags, streamId: this.id, length: delta });
  }

  /**
   * Session use: the session is gone; no frame may be sent any more. The error is only
   * emitted to a stream somebody listens on: an orphaned stream must not crash the process.
   */
  abort(err?: Error): void {
    this.sessionGone = true;
    this.destroy(this.listenerCount('error') > 0 ? err : undefined);
  }

  /** Aborts the stream and tells the peer with RST. */
  reset(): void {
    this.destroy();
  }

  override _read(): void {
    this.wantsData = true;
    this.drain();
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (err?: Error | null) => void): void {
    this.writeFrom(chunk, 0, callback);
  }

  override _final(callback: (err?: Error | null) => void): void {
    if (this.resetSeen) return callback(new StreamResetError(this.id));
    this.localClosed = true;
    this.init.sendFrame({ type: FrameType.WindowUpdate, flags: this.sendFlags() | Flag.FIN, streamId: this.id, length: 0 });
    if (this.remoteClosed) this.forget();
    callback();
  }

  override _destroy(err: Error | null, callback: (err?: Error | null) => void): void {
    const clean = this.localClosed && this.remoteClosed;
    if (!clean && !this.resetSeen && !this.sessionGone && !this.gone) {
      this.init.sendFrame({ type: FrameType.WindowUpdate, flags: this.sendFlags() | Flag.RST, streamId: this.id, length: 0 });
    }
    this.resetSeen = this.resetSeen || !clean;
    const blocked = this.blockedWrite;
    this.blockedWrite = undefined;
    blocked?.();
    this.forget();
    callback(err);
  }

  /** Sends as much of `chunk` as the peer's window allows, then waits for a WindowUpdate. */
  private writeFrom(chunk: Buffer, offset: number, callback: (err?: Error | null) => void): void {
    if (this.resetSeen || this.destroyed) return callback(new StreamResetError(this.id));
    if (this.localClosed) return callback(new StreamClosedError(this.id));
    if (offset >= chunk.length) return callback();
    while (offset < chunk.length) {
      if (this.sendWindow === 0) {
        this.blockedWrite = () => this.writeFrom(chunk, offset, callback);
        return;
      }
      const n = Math.min(this.sendWindow, chunk.length - offset);
      this.sendWindow -= n;
      const last = offset + n === chunk.length;
      const header = { type: FrameType.Data, flags: this.sendFlags(), streamId: this.id, length: n };
      this.init.sendFrame(header, chunk.subarray(offset, offset + n), last ? callback : undefined);
      offset += n;
    }
  }

  /** SYN on our first frame of an opened stream, ACK on our first frame of an accepted one. */
  private sendFlags(): number {
    if (this.handshake === 'init') {
      this.handshake = 'synSent';
      return Flag.SYN;
    }
    if (this.handshake === 'synReceived') {
      this.handshake = 'established';
      return Flag.ACK;
    }
    return 0;
  }

  private processFlags(flags: number): void {
    if (flags & Flag.ACK && this.handshake === 'synSent') this.handshake = 'established';
    if (flags & Flag.FIN && !this.remoteClosed) {
      this.remoteClosed = true;
      if (this.localClosed) this.forget();
      queueMicrotask(() => this.drain()); // a reader may be waiting for the end
    }
    if (flags & Flag.RST) {
      this.resetSeen = true;
      this.destroy(new StreamResetError(this.id));
    }
  }

  /** Moves queued bytes into the Readable as fast as the consumer takes them. */
  private drain(): void {
    if (this.destroyed) return;
    while (this.wantsData && this.queue.length > 0) {
      const chunk = this.queue.shift() as Buffer;
      this.queuedBytes -= chunk.length;
      this.wantsData = this.push(chunk);
    }
    if (this.queue.length === 0 && this.remoteClosed && !this.endPushed) {
      this.endPushed = true;
      this.push(null);
    }
    // An inbound stream stays silent until the application accepts it (the ACK).
    if (this.handshake !== 'synReceived') this.sendWindowUpdate();
  }

  private forget(): void {
    if (this.gone) return;
    this.gone = true;
    this.init.onClosed(this.id);
  }
}
