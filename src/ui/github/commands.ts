import { randomUUID } from 'node:crypto';

/**
 * Workflow commands on the step's stdout, escaped exactly as @actions/core does
 * (actions/toolkit packages/core/src/command.ts, `escapeData` / `escapeProperty`): the runner
 * unescapes `%25`, `%0D`, `%0A` in data and also `%3A`, `%2C` in properties
 * (actions/runner src/Runner.Common/ActionCommand.cs). `%` goes first, or `%0A` in a value would
 * come back as a newline.
 */
export function escapeData(s: string): string {
  return s.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/** `::name k=v,k=v::message`; empty properties are left out, as toolkit's Command does. */
export function workflowCommand(name: string, props: Record<string, string | number | undefined>, message: string): string {
  const list = Object.entries(props)
    .filter((p): p is [string, string | number] => p[1] !== undefined && p[1] !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
  return `::${name}${list.length > 0 ? ` ${list.join(',')}` : ''}::${escapeData(message)}`;
}

/**
 * Build output must never act as a workflow command. The runner reads its stdout line by line,
 * where `\r` also ends a line (.NET ReadLine), and takes a line as a command when, after leading
 * blanks, it starts with `::` (v2) or holds `##[` anywhere (the v1 syntax it still parses). Our
 * `==> web: ` prefixes defeat the first but not the second, and a diagnostic or error text has no
 * prefix at all. Escaping would change what the user reads, so such a line is printed between
 * `::stop-commands::<token>` and `::<token>::` — GitHub's own answer — with a token no build can
 * know (random per renderer). Clean lines, the vast majority, are printed as they are.
 */
export class CommandGuard {
  private readonly token = `image-build-${randomUUID().replaceAll('-', '')}`;

  /** The text to write for these plain lines (each ends in `\n`). */
  lines(lines: readonly string[]): string {
    let out = '';
    let stopped = false;
    for (const l of lines) {
      const risky = isRisky(l);
      if (risky && !stopped) out += `::stop-commands::${this.token}\n`;
      if (!risky && stopped) out += `::${this.token}::\n`;
      stopped = risky;
      out += `${l}\n`;
    }
    if (stopped) out += `::${this.token}::\n`;
    return out;
  }
}

function isRisky(line: string): boolean {
  if (line.includes('##[')) return true;
  return line.split('\r').some((part) => part.trimStart().startsWith('::'));
}
