/**
 * Test support: reads a step's stdout the way the runner does (actions/runner ActionCommand.cs
 * and ActionCommandManager.cs): lines end at `\n`, `\r\n` or `\r`; a line is a v2 command when,
 * after leading blanks, it is `::name props::data` with a known name, or a v1 command when it
 * holds `##[name props]data` anywhere; `::stop-commands::T` ignores commands until `::T::`.
 * Groups are checked as the log viewer needs them: never nested, always closed.
 */

const COMMANDS = new Set([
  'group', 'endgroup', 'error', 'warning', 'notice', 'debug', 'add-mask', 'set-output', 'save-state',
  'set-env', 'add-path', 'add-matcher', 'remove-matcher', 'echo', 'stop-commands',
]);

export interface Command {
  name: string;
  props: Record<string, string>;
  data: string;
}

export type Entry = { kind: 'line'; text: string; group: string | null } | ({ kind: 'command'; group: string | null } & Command);

export interface StepLog {
  entries: Entry[];
  groups: Array<{ title: string; lines: string[] }>;
  /** Plain lines printed outside every group. */
  outside: string[];
  commands: Command[];
}

export function parseStepLog(stdout: string): StepLog {
  const entries: Entry[] = [];
  const groups: StepLog['groups'] = [];
  const outside: string[] = [];
  let open: { title: string; lines: string[] } | null = null;
  let stopToken: string | null = null;
  const lines = stdout.split(/\r\n|\r|\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  for (const line of lines) {
    const cmd: Command | undefined = parseV2(line, stopToken) ?? parseV1(line);
    if (cmd && stopToken !== null) {
      if (cmd.name === stopToken) stopToken = null;
      else {
        entries.push({ kind: 'line', text: line, group: open?.title ?? null });
        (open ? open.lines : outside).push(line);
      }
      continue;
    }
    if (!cmd) {
      entries.push({ kind: 'line', text: line, group: open?.title ?? null });
      (open ? open.lines : outside).push(line);
      continue;
    }
    if (cmd.name === 'stop-commands') {
      stopToken = cmd.data;
      continue;
    }
    entries.push({ kind: 'command', group: open?.title ?? null, ...cmd });
    if (cmd.name === 'group') {
      if (open) throw new Error(`group "${cmd.data}" opened inside group "${open.title}"`);
      open = { title: cmd.data, lines: [] };
    } else if (cmd.name === 'endgroup') {
      if (!open) throw new Error('endgroup without a group');
      groups.push(open);
      open = null;
    }
  }
  if (open) throw new Error(`group "${open.title}" never closed`);
  if (stopToken !== null) throw new Error('commands still stopped at the end');
  const commands = entries.flatMap((e) => (e.kind === 'command' ? [{ name: e.name, props: e.props, data: e.data }] : []));
  return { entries, groups, outside, commands };
}

/** The commands the runner would obey in these lines, no group checks (to show an attack is real). */
export function rawCommands(stdout: string): Command[] {
  return stdout.split(/\r\n|\r|\n/).flatMap((l) => parseV2(l, null) ?? parseV1(l) ?? []);
}

function parseV2(raw: string, token: string | null): Command | undefined {
  const m = raw.trimStart();
  if (!m.startsWith('::')) return undefined;
  const end = m.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = m.slice(2, end);
  const sp = info.indexOf(' ');
  const name = sp < 0 ? info : info.slice(0, sp);
  if (!COMMANDS.has(name) && name !== token) return undefined;
  const props: Record<string, string> = {};
  if (sp > 0) {
    for (const p of info.slice(sp + 1).trim().split(',').filter((s) => s !== '')) {
      const eq = p.indexOf('=');
      if (eq > 0) props[p.slice(0, eq)] = unescape(p.slice(eq + 1), true);
    }
  }
  return { name, props, data: unescape(m.slice(end + 2), false) };
}

function parseV1(raw: string): Command | undefined {
  const at = raw.indexOf('##[');
  if (at < 0) return undefined;
  const rb = raw.indexOf(']', at);
  if (rb < 0) return undefined;
  const info = raw.slice(at + 3, rb);
  const name = info.split(' ')[0]!;
  return COMMANDS.has(name) ? { name, props: {}, data: raw.slice(rb + 1) } : undefined;
}

function unescape(s: string, property: boolean): string {
  let out = s.replaceAll('%0D', '\r').replaceAll('%0A', '\n');
  if (property) out = out.replaceAll('%3A', ':').replaceAll('%2C', ',');
  return out.replaceAll('%25', '%');
}
