import type { Duplex } from 'node:stream';
import { performance } from 'node:perf_hooks';
import { Flag, FrameType, GoAwayCode, stringifyHeader, type Frame, type FrameHeader } from './frame.js';
import { encodeHeader } from './encode.js';
import { Decoder } from './decode.js';
import { resolveConfig, type Config } from './config.js';
import { YamuxStream } from './stream.js';
import {
  DuplicateStreamError,
  KeepAliveTimeoutError,
  ProtocolError,
  RemoteGoAwayError,
  RemoteProtocolError,
  SessionShutdownError,
  StreamsExhaustedError,
  TimeoutError,
} from './errors.js';

/** Packer's core is the yamux client (odd stream ids); a plugin is the server (even ids). */
export type SessionRole = 'client' | 'server';

export interface SessionOptions {
  readonly role: SessionRole;
  readonly config?: Partial<Config>;
  /** Receives diagnostics Go yamux would log ("[WARN] yamux: ..."). */
  readonly log?: (message: string) => void;
}

interface PendingPing {
  readonly resolve: () => void;
  readonly reject: (err: Error) => void;
}

/** hashicorp/yamux `Session` over any byte Duplex (a unix socket in Packer). */
export class YamuxSession {
  readonly role: SessionRole;
  readonly config: Config;
  /** Settles when the session is shut down: with the cause, or undefined after close(). */
  readonly closed: Promise<Error | undefined>;
  private readonly conn: Duplex;
  private readonly log: (message: string) => void;
  private readonly decoder: Decoder;
  private readonly streams = new Map<number, YamuxStream>();
  private readonly backlog: YamuxStream[] = [];
  private readonly acceptWaiters: Array<{ resolve: (s: YamuxStream) => void; reject: (e: Error) => void }> = [];
  private readonly pings = new Map<number, PendingPing>();
  private nextStreamId: number;
  private nextPingId = 0;
  private localGoAway = false;
  private remoteGoAway = false;
  private shutdown: { cause: Error | undefined } | undefined;
  private settleClosed!: (cause: Error | undefined) => void;
  private readonly keepAlive: NodeJS.Timeout | undefined;

  constructor(conn: Duplex, options: SessionOptions) {
    this.role = options.role;
    this.config = resolveConfig(options.config);
    this.conn = conn;
    this.log = options.log ?? (() => undefined);
    this.decoder = new Decoder({ maxBodyLength: this.config.maxStreamWindowSize });
    this.nextStreamId = options.role === 'client' ? 1 : 2;
    this.closed = new Promise((resolve) => (this.settleClosed = resolve));
    conn.on('data', (chunk: Buffer) => this.receive(chunk));
    conn.on('end', () => this.close(new SessionShutdownError('connection closed by peer')));
    conn.on('close', () => this.close(new SessionShutdownError('connection closed')));
    conn.on('error', (err: Error) => this.close(new SessionShutdownError(`connection failed: ${err.message}`, { cause: err })));
    if (this.config.enableKeepAlive) {
      this.keepAlive = setInterval(() => this.keepAliveTick(), this.config.keepAliveInterval);
      this.keepAlive.unref();
    }
  }

  get isClosed(): boolean {
    return this.shutdown !== undefined;
  }

  /** Streams known to the session (open, half-closed, or waiting to be accepted). */
  get numStreams(): number {
    return this.streams.size;
  }

  /** Opens a stream: sends SYN at once; data may follow without waiting for the ACK. */
  open(): YamuxStream {
    if (this.shutdown) throw new SessionShutdownError();
    if (this.remoteGoAway) throw new RemoteGoAwayError();
    const id = this.nextStreamId;
    if (id >= 0xffffffff - 1) throw new StreamsExhaustedError();
    this.nextStreamId += 2;
    const stream = this.createStream(id, 'local');
    stream.sendWindowUpdate();
    return stream;
  }

  /** Waits for the next inbound stream and acknowledges it (ACK). */
  accept(): Promise<YamuxStream> {
    const queued = this.backlog.shift();
    if (queued) return Promise.resolve(this.acknowledge(queued));
    if (this.shutdown) return Promise.reject(new SessionShutdownError());
    return new Promise((resolve, reject) => this.acceptWaiters.push({ resolve, reject }));
  }

  /** Round trip of a Ping SYN/ACK in milliseconds; rejects with TimeoutError after connectionWriteTimeout. */
  ping(): Promise<number> {
    if (this.shutdown) return Promise.reject(new SessionShutdownError());
    const id = this.nextPingId;
    this.nextPingId = (this.nextPingId + 1) >>> 0;
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pings.delete(id);
        reject(new TimeoutError());
      }, this.config.connectionWriteTimeout);
      this.pings.set(id, {
        resolve: () => {
          clearTimeout(timer);
          resolve(performance.now() - started);
        },
        reject: (err) => {
          clearTimeout(timer);
          reject(err);
        },
      });
      this.send({ type: FrameType.Ping, flags: Flag.SYN, streamId: 0, length: id });
    });
  }

  /** Tells the peer to open no more streams; inbound SYNs are answered with RST from now on. */
  goAway(code: GoAwayCode = GoAwayCode.Normal): void {
    this.localGoAway = true;
    this.send({ type: FrameType.GoAway, flags: 0, streamId: 0, length: code });
  }

  /** Shuts the session down: every stream ends, the connection is closed. Idempotent. */
  close(cause?: Error): void {
    if (this.shutdown) return;
    this.shutdown = { cause };
    if (this.keepAlive) clearInterval(this.keepAlive);
    const streamError = new SessionShutdownError(cause ? `session shutdown: ${cause.message}` : 'session shutdown');
    for (const ping of this.pings.values()) ping.reject(streamError);
    this.pings.clear();
    for (const waiter of this.acceptWaiters.splice(0)) waiter.reject(streamError);
    const unaccepted = new Set(this.backlog.splice(0));
    for (const stream of [...this.streams.values()]) {
      // Nobody listens on a stream that was never accepted: end it quietly.
      stream.abort(unaccepted.has(stream) ? undefined : streamError);
    }
    this.streams.clear();
    this.conn.once('finish', () => this.conn.destroy());
    this.conn.end();
    this.settleClosed(cause);
  }

  private createStream(id: number, origin: 'local' | 'remote'): YamuxStream {
    const stream = new YamuxStream({
      id,
      origin,
      maxWindow: this.config.maxStreamWindowSize,
      sendFrame: (header, body, done) => this.send(header, body, done),
      onClosed: (closedId) => {
        if (this.streams.get(closedId) === stream) this.streams.delete(closedId);
      },
    });
    this.streams.set(id, stream);
    return stream;
  }

  private acknowledge(stream: YamuxStream): YamuxStream {
    stream.sendWindowUpdate();
    return stream;
  }

  private send(header: Omit<FrameHeader, 'version'>, body?: Buffer, done?: (err?: Error | null) => void): void {
    if (this.shutdown || !this.conn.writable) {
      if (done) queueMicrotask(() => done(new SessionShutdownError()));
      return;
    }
    if (body && body.length > 0) {
      this.conn.write(encodeHeader(header));
      this.conn.write(body, done);
    } else {
      this.conn.write(encodeHeader(header), done);
    }
  }

  private receive(chunk: Buffer): void {
    if (this.shutdown) return;
    try {
      for (const frame of this.decoder.emitFrames(chunk)) {
        this.handleFrame(frame);
        if (this.shutdown) return;
      }
    } catch (err) {
      if (err instanceof ProtocolError) {
        this.log(`[ERR] yamux: ${err.message}`);
        this.goAway(err.goAwayCode);
      }
      this.close(err instanceof Error ? err : new Error(String(err)));
    }
  }

  private handleFrame({ header, body }: Frame): void {
    switch (header.type) {
      case FrameType.Data:
      case FrameType.WindowUpdate:
        return this.handleStreamFrame(header, body);
      case FrameType.Ping:
        return this.handlePing(header);
      case FrameType.GoAway:
        return this.handleGoAway(header);
    }
  }

  private handleStreamFrame(header: FrameHeader, body: Buffer | undefined): void {
    if (header.flags & Flag.SYN && !this.incomingStream(header.streamId)) return;
    const stream = this.streams.get(header.streamId);
    if (!stream) {
      this.log(`[WARN] yamux: frame for missing stream: ${stringifyHeader(header)}`);
      return;
    }
    if (header.type === FrameType.Data) stream.receiveData(header.flags, body ?? Buffer.alloc(0));
    else stream.receiveWindowUpdate(header.flags, header.length);
  }

  /** Registers a stream the peer opened; false when it was refused with RST. */
  private incomingStream(id: number): boolean {
    const refuse = (why: string): false => {
      this.log(`[WARN] yamux: ${why}, forcing stream ${id} reset`);
      this.send({ type: FrameType.WindowUpdate, flags: Flag.RST, streamId: id, length: 0 });
      return false;
    };
    if (this.localGoAway) return refuse('go away sent');
    if (this.streams.has(id)) throw new DuplicateStreamError(id);
    if (this.backlog.length >= this.config.acceptBacklog) return refuse('backlog exceeded');
    const stream = this.createStream(id, 'remote');
    const waiter = this.acceptWaiters.shift();
    if (waiter) waiter.resolve(this.acknowledge(stream));
    else this.backlog.push(stream);
    return true;
  }

  private handlePing(header: FrameHeader): void {
    if (header.flags & Flag.SYN) {
      // Answered inline: the peer kills the session if the ACK is late.
      this.send({ type: FrameType.Ping, flags: Flag.ACK, streamId: 0, length: header.length });
      return;
    }
    if (header.flags & Flag.ACK) {
      const ping = this.pings.get(header.length);
      this.pings.delete(header.length);
      ping?.resolve();
    }
  }

  private handleGoAway(header: FrameHeader): void {
    if (header.length === GoAwayCode.Normal) {
      this.remoteGoAway = true;
      return;
    }
    this.log(`[ERR] yamux: received go away with code ${header.length}`);
    this.close(new RemoteProtocolError(header.length));
  }

  private keepAliveTick(): void {
    this.ping().catch((err: unknown) => {
      if (err instanceof TimeoutError) {
        this.log('[ERR] yamux: keepalive failed: i/o deadline reached');
        this.close(new KeepAliveTimeoutError());
      }
    });
  }
}
