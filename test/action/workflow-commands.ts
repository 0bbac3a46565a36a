/**
 * The runner's reading of a step's stdout: each line is either a workflow command
 * (`::name k=v,k=v::data`, actions/runner ActionCommand.TryParseV2) or a log line. Groups,
 * annotations, masks and `::stop-commands::` are resolved here, the way the runner shows them.
 */

export interface Annotation {
  kind: 'error' | 'warning' | 'notice';
  message: string;
  properties: Record<string, string>;
  /** Index in `entries` of the command line. */
  at: number;
}

export interface Group {
  name: string;
  /** Log lines inside it, in order (masked as the runner shows them). */
  lines: string[];
  /** Index in `entries` of its `::group::`; groups are in log order. */
  at: number;
  closed: boolean;
}

export type Entry =
  | { kind: 'line'; text: string; raw: string; group?: number }
  | { kind: 'command'; name: string; properties: Record<string, string>; data: string; raw: string };

export interface StepLog {
  entries: Entry[];
  groups: Group[];
  annotations: Annotation[];
  /** Values registered with `::add-mask::`, with the entry index each took effect at. */
  masks: Array<{ value: string; at: number }>;
  /** What the runner refuses: a `::group::` while one is open (groups do not nest). */
  problems: string[];
  /** Every line shown in the step log, masked: what a user reads. */
  shown: string[];
}

const unescapeData = (s: string): string => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string): string =>
  s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');

export function parseCommand(line: string): { name: string; properties: Record<string, string>; data: string } | undefined {
  const message = line.trim();
  if (!message.startsWith('::')) return undefined;
  const end = message.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = message.slice(2, end);
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  if (name === '') return undefined;
  const properties: Record<string, string> = {};
  if (space >= 0) {
    for (const pair of info.slice(space + 1).split(',')) {
      const eq = pair.indexOf('=');
      if (eq > 0) properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
  }
  return { name, properties, data: unescapeData(message.slice(end + 2)) };
}

/** The runner masks every registered value and each line of a multi-line one. */
function masker(): { add(v: string): void; apply(s: string): string; values: string[] } {
  const values: string[] = [];
  return {
    values,
    add(v) {
      for (const part of [v, ...v.split(/\r?\n/)]) if (part.trim() !== '' && !values.includes(part)) values.push(part);
      values.sort((a, b) => b.length - a.length);
    },
    apply(s) {
      return values.reduce((acc, v) => acc.split(v).join('***'), s);
    },
  };
}

export function parseStepLog(stdout: string): StepLog {
  const log: StepLog = { entries: [], groups: [], annotations: [], masks: [], problems: [], shown: [] };
  const mask = masker();
  let open: number | undefined;
  let stopToken: string | undefined;
  const lines = stdout.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  for (const raw of lines.map((l) => l.replace(/\r$/, ''))) {
    const cmd = parseCommand(raw);
    if (stopToken !== undefined && cmd?.name === stopToken) {
      stopToken = undefined;
      continue;
    }
    if (stopToken !== undefined || !cmd || !isKnown(cmd.name)) {
      const text = mask.apply(raw);
      log.entries.push({ kind: 'line', text, raw, ...(open === undefined ? {} : { group: open }) });
      log.shown.push(text);
      if (open !== undefined) log.groups[open]!.lines.push(text);
      continue;
    }
    const at = log.entries.length;
    log.entries.push({ kind: 'command', ...cmd, raw });
    switch (cmd.name) {
      case 'group':
        if (open !== undefined) log.problems.push(`line ${at + 1}: ::group::${cmd.data} while "${log.groups[open]!.name}" is open`);
        log.groups.push({ name: mask.apply(cmd.data), lines: [], at, closed: false });
        open = log.groups.length - 1;
        log.shown.push(`▶ ${mask.apply(cmd.data)}`);
        break;
      case 'endgroup':
        if (open === undefined) log.problems.push(`line ${at + 1}: ::endgroup:: with no open group`);
        else log.groups[open]!.closed = true;
        open = undefined;
        break;
      case 'error':
      case 'warning':
      case 'notice':
        log.annotations.push({ kind: cmd.name, message: mask.apply(cmd.data), properties: maskAll(cmd.properties, mask.apply), at });
        log.shown.push(`${cmd.name === 'error' ? 'Error' : cmd.name === 'warning' ? 'Warning' : 'Notice'}: ${mask.apply(cmd.data)}`);
        break;
      case 'add-mask':
        mask.add(cmd.data);
        log.masks.push({ value: cmd.data, at });
        break;
      case 'stop-commands':
        stopToken = cmd.data;
        break;
      default:
        break; // debug, echo, set-output (deprecated): not shown or not used
    }
  }
  return log;
}

const KNOWN = new Set(['group', 'endgroup', 'error', 'warning', 'notice', 'add-mask', 'stop-commands', 'debug', 'echo', 'set-output', 'save-state', 'add-path', 'set-env', 'add-matcher', 'remove-matcher']);
const isKnown = (name: string): boolean => KNOWN.has(name);

function maskAll(p: Record<string, string>, apply: (s: string) => string): Record<string, string> {
  return Object.fromEntries(Object.entries(p).map(([k, v]) => [k, apply(v)]));
}
