import type { CliIo, SignalName } from './io.js';

/** An in-memory CliIo for tests: captures output, feeds stdin, raises signals on demand. */
export interface TestIo extends CliIo {
  out: string;
  err: string;
  raise(name: SignalName): void;
}

export function testIo(o: { env?: Record<string, string>; cwd?: string; stdin?: string } = {}): TestIo {
  const handlers = new Set<(name: SignalName) => void>();
  const io: TestIo = {
    out: '',
    err: '',
    stdout: (s) => void (io.out += s),
    stderr: (s) => void (io.err += s),
    env: o.env ?? {},
    cwd: o.cwd ?? process.cwd(),
    readStdin: async () => o.stdin ?? '',
    onSignal(h) {
      handlers.add(h);
      return () => handlers.delete(h);
    },
    raise: (name) => handlers.forEach((h) => h(name)),
    flush: async () => {},
  };
  return io;
}
