import { StringDecoder } from 'node:string_decoder';

/** Receives one log message (no timestamp, no newline); see packer-log.ts. */
export type LogSink = (message: string) => void;

/** Bytes of stderr kept for error messages, however much the plugin writes. */
const TAIL_BYTES = 8 * 1024;
/** A line longer than this is logged in pieces: a plugin without newlines cannot grow our memory. */
const MAX_LINE = 64 * 1024;
const TAIL_LINES = 10;

/**
 * Packer's logStderr: every stderr line re-logged as `<name> plugin: <line>`, right-trimmed.
 * Only a bounded tail is kept, for "exited before we could connect" and crash reports.
 */
export class StderrLog {
  private readonly decoder = new StringDecoder('utf8');
  private pending = '';
  private tailText = '';
  private truncated = false;

  constructor(
    private readonly name: string,
    private readonly sink: LogSink | undefined,
  ) {}

  write(chunk: Buffer): void {
    const text = this.decoder.write(chunk);
    this.keepTail(text);
    if (!this.sink) return;
    this.pending += text;
    let nl: number;
    while ((nl = this.pending.indexOf('\n')) >= 0) {
      this.emit(this.pending.slice(0, nl));
      this.pending = this.pending.slice(nl + 1);
    }
    while (this.pending.length > MAX_LINE) {
      this.emit(this.pending.slice(0, MAX_LINE));
      this.pending = this.pending.slice(MAX_LINE);
    }
  }

  end(): void {
    const rest = this.decoder.end();
    this.keepTail(rest);
    if (!this.sink) return;
    this.pending += rest;
    if (this.pending !== '') this.emit(this.pending);
    this.pending = '';
  }

  /** The last few non-empty lines, right-trimmed (a first line cut by the bound is dropped). */
  tail(): string[] {
    const lines = this.tailText.split('\n');
    if (this.truncated) lines.shift();
    return lines.map((l) => l.trimEnd()).filter((l) => l !== '').slice(-TAIL_LINES);
  }

  private emit(line: string): void {
    // Go logs every line read, empty ones too (ReadString returns "\n").
    this.sink?.(`${this.name} plugin: ${line.trimEnd()}`);
  }

  private keepTail(text: string): void {
    if (text === '') return;
    this.tailText += text;
    if (this.tailText.length > TAIL_BYTES) {
      this.tailText = this.tailText.slice(-TAIL_BYTES);
      this.truncated = true;
    }
  }
}
