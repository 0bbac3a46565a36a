/**
 * Post's output while it replays what main already rendered: silent, but it follows the log
 * groups, so that when it turns live inside a group main had opened (a build streaming when main
 * was killed) it opens that group again in post's own log, and its `::endgroup::` closes something.
 */
export class ReplayOutput {
  private muted = true;
  private openGroup: string | undefined;

  constructor(private readonly write_: (s: string) => void) {}

  write(s: string): void {
    if (!this.muted) return this.write_(s);
    for (const line of s.split('\n')) {
      if (line.startsWith('::group::')) this.openGroup = line;
      else if (line.startsWith('::endgroup::')) this.openGroup = undefined;
    }
  }

  live(): void {
    if (!this.muted) return;
    this.muted = false;
    if (this.openGroup !== undefined) this.write_(`${this.openGroup} (continued)\n`);
  }
}
