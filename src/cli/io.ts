import { createInterface, type Interface } from 'node:readline';

/** Signal names as Go prints them (`Cancelling build after receiving interrupt`). */
export type SignalName = 'interrupt' | 'terminated';

/** Everything the CLI touches outside itself; tests pass their own. */
export interface CliIo {
  stdout(s: string): void;
  stderr(s: string): void;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Reads all of standard input (a template given as `-`). */
  readStdin(): Promise<string>;
  /** Reads one line from the terminal; absent when standard input is not a TTY. */
  ask?: (question: string) => Promise<string>;
  /** Calls `handler` on each SIGINT/SIGTERM until the returned function is called. */
  onSignal(handler: (name: SignalName) => void): () => void;
  /** Writes whatever is still held. */
  flush(): Promise<void>;
}

/**
 * The process's io. Output is gathered for one turn of the event loop and written at once:
 * prompt for a reader, yet 20,000 lines do not become 20,000 write calls.
 */
export function processIo(): CliIo & { close(): void } {
  // A closed pipe (`| head`) must not crash a run that is still cleaning up: drop the output.
  let closed = false;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    closed = true;
  });
  const out = coalesced((s) => {
    if (!closed) process.stdout.write(s);
  });
  let rl: Interface | undefined;
  const lines: string[] = [];
  const waiting: Array<(line: string) => void> = [];
  const ask = async (): Promise<string> => {
    out.now();
    if (!rl) {
      rl = createInterface({ input: process.stdin, terminal: false });
      rl.on('line', (l) => (waiting.shift() ?? ((x: string) => lines.push(x)))(l));
      rl.on('close', () => waiting.splice(0).forEach((w) => w('')));
    }
    const ready = lines.shift();
    return ready ?? new Promise((res) => waiting.push(res));
  };
  return {
    stdout: out.write,
    stderr: (s) => {
      out.now();
      process.stderr.write(s);
    },
    env: process.env,
    cwd: process.cwd(),
    readStdin,
    ...(process.stdin.isTTY ? { ask } : {}),
    onSignal(handler) {
      const onInt = (): void => handler('interrupt');
      const onTerm = (): void => handler('terminated');
      process.on('SIGINT', onInt);
      process.on('SIGTERM', onTerm);
      return () => {
        process.off('SIGINT', onInt);
        process.off('SIGTERM', onTerm);
      };
    },
    flush: async () => {
      out.now();
      if (!closed) await new Promise<void>((res) => process.stdout.write('', () => res()));
    },
    close: () => rl?.close(),
  };
}

function coalesced(write: (s: string) => void): { write: (s: string) => void; now: () => void } {
  let chunks: string[] = [];
  let scheduled = false;
  const now = (): void => {
    scheduled = false;
    if (chunks.length === 0) return;
    const s = chunks.join('');
    chunks = [];
    write(s);
  };
  return {
    write(s) {
      chunks.push(s);
      if (!scheduled) {
        scheduled = true;
        setImmediate(now);
      }
    },
    now,
  };
}

async function readStdin(): Promise<string> {
  const parts: Buffer[] = [];
  for await (const chunk of process.stdin) parts.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(parts).toString('utf8');
}
