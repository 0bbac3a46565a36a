import { formatDuration } from '../durafmt.js';
import type { BuildResult, EngineEvent } from '../events.js';
import { errorOf } from '../summary.js';
import { prefixLines } from '../targeted.js';

/** One build's log as the GitHub renderer holds it between its events and the step log. */
export interface BuildLog {
  name: string;
  /** Builder type, '' until build-start. */
  type: string;
  state: 'pending' | 'running' | 'ended';
  /** Rendered lines not yet written to the step log. */
  lines: string[];
  lineCount: number;
  /** The last line it said (without timestamp), for heartbeats. */
  lastLine?: string;
  startedAt?: number;
  /** When this build's progress was last visible in the step log (ms since epoch). */
  lastShown: number;
  /** When it last said anything (ms since epoch). */
  lastOutput: number;
  result?: BuildResult;
  /** Its group was opened (live) or written whole: later lines cannot join it. */
  shown: boolean;
}

export function newBuildLog(name: string): BuildLog {
  return { name, type: '', state: 'pending', lines: [], lineCount: 0, lastShown: 0, lastOutput: 0, shown: false };
}

/** The group's title: `web (amazon-ebs)`, as Packer names a build in its `-only` help. */
export function groupTitle(b: BuildLog): string {
  return b.type === '' ? b.name : `${b.name} (${b.type})`;
}

type Stamp = (line: string, time: Date) => string;

/** A Ui line exactly as Packer's human output prints it (TargetedUI prefixes), one per entry. */
export function uiLines(e: Extract<EngineEvent, { kind: 'ui' }>): string[] {
  return prefixLines(e.level !== 'message', e.target, e.text).split('\n');
}

/** Packer's own last line of a build (printed bare, without `==>`), as the human renderer does. */
export function buildEndLines(r: BuildResult): string[] {
  const d = formatDuration(r.durationMs);
  const text = r.status === 'success' ? `Build '${r.name}' finished after ${d}.` : `Build '${r.name}' errored after ${d}: ${errorOf(r)}`;
  return text.split('\n');
}

/** The line after a build's group: what became of it, readable with the group collapsed. */
export function statusLines(b: BuildLog): string[] {
  const r = b.result;
  if (!r) return [b.state === 'pending' ? `⚠ ${b.name}: never started` : `⚠ ${b.name}: incomplete — the engine stopped before this build ended`];
  const d = formatDuration(r.durationMs);
  if (r.status === 'success') return [`✔ ${r.name}: finished after ${d}`];
  if (r.status === 'cancelled') return [`✖ ${r.name}: cancelled after ${d}`];
  const [first, ...rest] = errorOf(r).split('\n');
  return [`✖ ${r.name}: errored after ${d}: ${first ?? ''}`, ...rest.map((l) => `    ${l}`)];
}

const LAST_LINE_MAX = 300;

/** Progress of a build whose lines are held back: how long, how much, and what it said last. */
export function heartbeatLine(b: BuildLog, now: number, stamp: Stamp): string {
  const running = formatDuration(now - (b.startedAt ?? now));
  let last = b.lastLine ?? '';
  if (last.length > LAST_LINE_MAX) last = `${last.slice(0, LAST_LINE_MAX)}…`;
  const said = b.lineCount === 0 ? 'no output yet' : `${b.lineCount} line${b.lineCount === 1 ? '' : 's'}, last: ${last}`;
  return stamp(`⏳ ${groupTitle(b)}: running for ${running} — ${said}`, new Date(now));
}

/** Progress of the build streaming live that has been silent for a while. */
export function silentLine(b: BuildLog, now: number, stamp: Stamp): string {
  const running = formatDuration(now - (b.startedAt ?? now));
  return stamp(`⏳ ${b.name}: still running after ${running}, no output for ${formatDuration(now - b.lastOutput)}`, new Date(now));
}
