/**
 * Splits a command's output into the lines Packer shows: packer-plugin-sdk RemoteCmd.RunWithUi
 * reads up to each '\n' and cleans the line (trailing whitespace trimmed, and only the text after
 * the last '\r' kept, since a terminal would have overwritten the rest). Works chunk by chunk, so
 * output is shown as it comes and never held whole in memory.
 */
export class OutputLines {
  private pending = '';

  constructor(private readonly emit: (line: string) => void) {}

  write(chunk: string): void {
    let start = 0;
    let nl = chunk.indexOf('\n');
    if (nl === -1) {
      this.pending += chunk;
      return;
    }
    this.emit(cleanOutputLine(this.pending + chunk.slice(0, nl)));
    this.pending = '';
    start = nl + 1;
    while ((nl = chunk.indexOf('\n', start)) !== -1) {
      this.emit(cleanOutputLine(chunk.slice(start, nl)));
      start = nl + 1;
    }
    this.pending = chunk.slice(start);
  }

  /** The last line, when the output did not end with a newline. */
  end(): void {
    if (this.pending !== '') this.emit(cleanOutputLine(this.pending));
    this.pending = '';
  }
}

export function cleanOutputLine(line: string): string {
  const trimmed = line.trimEnd();
  const cr = trimmed.lastIndexOf('\r');
  return cr === -1 ? trimmed : trimmed.slice(cr + 1);
}
