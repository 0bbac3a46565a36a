/**
 * What a component may say to the person running the build. Mirrors packer-plugin-sdk `packer.Ui`.
 * Implementations are supplied by the core (one per build/post-processor target) and by the RPC
 * layer; components never write to stdout themselves.
 */
export interface Ui {
  /** Ask a question and wait for one line of input. Rejects when no input is available. */
  ask(query: string): Promise<string>;
  /** A step line: rendered `==> <build>: <text>`. */
  say(message: string): void;
  /** Detail/command output: rendered `    <build>: <text>`. */
  message(message: string): void;
  /** An error line (red `==>` line in Packer's human format). */
  error(message: string): void;
  /** A machine-readable record (`<ts>,<target>,<type>,<args…>`); ignored by human renderers. */
  machine(type: string, ...args: string[]): void;
}
