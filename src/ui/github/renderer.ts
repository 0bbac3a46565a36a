import { formatHclDiagnostic, formatPlainDiagnostic } from '../diagnostics.js';
import { formatDuration } from '../durafmt.js';
import type { BuildResult, Diagnostic, EngineEvent } from '../events.js';
import type { Output } from '../output.js';
import { renderSummary } from '../summary.js';
import { Annotations } from './annotations.js';
import {
  buildEndLines, groupTitle, heartbeatLine, newBuildLog, silentLine, statusLines, uiLines, type BuildLog,
} from './build-log.js';
import { CommandGuard, workflowCommand } from './commands.js';

export interface GithubRendererOptions {
  /** The step's stdout (workflow commands included). */
  write(s: string): void;
  /** Default 30 000: each running build shows progress at least this often. */
  heartbeatMs?: number;
  /** Prefix each log line with its event time (ISO). */
  timestamps?: boolean;
  /** Default true. */
  annotations?: boolean;
  /** Default 10 (kinds: template error, failed build, warning). */
  maxAnnotationsPerKind?: number;
  /** GITHUB_WORKSPACE: annotation file paths are made relative to it. */
  workspace?: string;
}

/**
 * The engine's event stream as a GitHub step log: one `::group::` per build holding that build's
 * whole log, contiguous, while every running build still shows progress.
 *
 * Why this design: GitHub groups cannot nest, and while a group is open every line printed
 * belongs to it. So a line about build B (even a heartbeat) printed while A's group is open breaks
 * "A's group holds A's log"; and a group opened for a running build A while B runs would have to
 * stay open for all of A's life, leaving B silent in the log. Hence:
 * - a build streams live, inside its open group, only when it is the one build running and no
 *   other can start before it ends (a single build; the last of a parallel run; every build under
 *   `-parallel-builds=1`) — nothing else can then need the log while its group is open;
 * - any other build's lines are held back; its group is written whole, at once, when it ends (no
 *   group is open then: a live group exists only while its build runs alone);
 * - a held-back build shows progress outside every group: a `▶` line when it starts and a `⏳`
 *   line (time running, lines so far, the last one) whenever heartbeatMs passed without one;
 *   a live build silent for heartbeatMs gets a `⏳` line in its own group;
 * - after each group, one status line (`✔ web: finished after …`); at run-end, Packer's summary.
 * finish() (engine gone without run-end) closes the live group and writes every held-back log
 * whole, marked incomplete: nothing is lost. Text outside groups that arrives while a live group
 * is open (only in streams the core does not emit, e.g. a line for an unknown build) waits until
 * the group closes. Build output can never act as a workflow command (see CommandGuard).
 */
export class GithubRenderer {
  private readonly builds = new Map<string, BuildLog>();
  private readonly guard = new CommandGuard();
  private readonly annotations: Annotations;
  private readonly heartbeatMs: number;
  private live: BuildLog | undefined;
  /** The run's parallel limit: under 1, a build still to start cannot start while one runs. */
  private limit = Infinity;
  /** Text for outside any group, held while the live group is open. */
  private outside: string[] = [];
  private ended = false;

  constructor(private readonly o: GithubRendererOptions) {
    this.heartbeatMs = o.heartbeatMs ?? 30_000;
    this.annotations = new Annotations({
      enabled: o.annotations ?? true,
      max: o.maxAnnotationsPerKind ?? 10,
      ...(o.workspace !== undefined ? { workspace: o.workspace } : {}),
    });
  }

  onEvent(e: EngineEvent): void {
    switch (e.kind) {
      case 'run-start':
        return this.runStart(e.builds, e.parallelBuilds ?? Infinity);
      case 'build-start':
        return this.buildStart(e.build, e.type, e.time.getTime());
      case 'ui':
        return this.say(e.build, uiLines(e), e.time);
      case 'machine':
        return; // records of -machine-readable; Packer's human output drops them too
      case 'build-end':
        return this.buildEnd(e.result, e.time);
      case 'diagnostic':
        return this.diagnostic(e.diagnostic);
      case 'run-end':
        this.flushAll();
        renderSummary(this.textOutput(), e, (s) => s);
        return this.end();
    }
  }

  /** Prints the heartbeats that are due. */
  tick(now: Date): void {
    const t = now.getTime();
    for (const b of this.builds.values()) {
      if (b.state !== 'running' || t - b.lastShown < this.heartbeatMs) continue;
      b.lastShown = t;
      if (b === this.live) this.o.write(this.guard.lines([silentLine(b, t, this.stamp)]));
      else this.emit(this.guard.lines([heartbeatLine(b, t, this.stamp)]));
    }
  }

  /** Writes everything still held (the engine ended without run-end); idempotent. */
  finish(): void {
    this.flushAll();
    this.end();
  }

  private readonly stamp = (line: string, time: Date): string =>
    this.o.timestamps ? `${time.toISOString()} ${line}` : line;

  private runStart(names: string[], limit: number): void {
    this.limit = limit;
    for (const n of names) this.entry(n);
    if (names.length <= 1) return;
    this.emit(this.guard.lines(limit === 1 ? [
      `Running ${names.length} builds one at a time: ${names.join(', ')}. Each streams live in its own group.`,
    ] : [
      `Running ${names.length} builds: ${names.join(', ')}.`,
      `Each build's log is shown whole in its own group when it ends (the last one running streams live); until then a ⏳ line shows its progress at least every ${formatDuration(this.heartbeatMs)}.`,
    ]));
  }

  private buildStart(name: string, type: string, at: number): void {
    const b = this.entry(name);
    if (b.state !== 'pending') return;
    b.type = type;
    b.state = 'running';
    b.startedAt = b.lastShown = b.lastOutput = at;
    this.reconcile(at);
    if (b !== this.live) this.emit(this.guard.lines([`▶ ${groupTitle(b)}: started`]));
  }

  private say(name: string, lines: string[], time: Date): void {
    const b = this.entry(name);
    const stamped = lines.map((l) => this.stamp(l, time));
    b.lineCount += lines.length;
    b.lastLine = lines[lines.length - 1];
    b.lastOutput = time.getTime();
    if (b === this.live) {
      b.lastShown = time.getTime();
      this.o.write(this.guard.lines(stamped));
    } else if (b.shown) {
      this.emit(this.guard.lines(stamped)); // a line after its group was written: still not lost
    } else {
      b.lines.push(...stamped);
    }
  }

  private buildEnd(r: BuildResult, time: Date): void {
    const b = this.entry(r.name);
    if (b.type === '') b.type = r.type;
    this.say(r.name, buildEndLines(r), time);
    b.state = 'ended';
    b.result = r;
    this.close(b);
    this.emit(this.annotations.failedBuild(r).map((l) => `${l}\n`).join(''));
    this.reconcile(time.getTime());
  }

  private diagnostic(d: Diagnostic): void {
    const text = d.format === 'hcl' ? formatHclDiagnostic(d) : formatPlainDiagnostic(d);
    this.emit(this.guard.lines(text.split('\n')));
    this.emit(this.annotations.diagnostic(d).map((l) => `${l}\n`).join(''));
  }

  /** Ends a build's group: the live one closes, a held-back one is written whole. */
  private close(b: BuildLog): void {
    if (b === this.live) {
      this.live = undefined;
      this.o.write(`::endgroup::\n${this.guard.lines(statusLines(b))}`);
      this.flushOutside();
      return;
    }
    if (b.shown) return;
    b.shown = true;
    const text = `${workflowCommand('group', {}, groupTitle(b))}\n${this.guard.lines(b.lines)}::endgroup::\n`;
    b.lines = [];
    this.emit(text + this.guard.lines(statusLines(b)));
  }

  /**
   * Opens the live group when exactly one build runs and no other can start before it ends: none
   * is still to start, or the parallel limit is 1.
   */
  private reconcile(at: number): void {
    if (this.live) return;
    let running: BuildLog | undefined;
    for (const b of this.builds.values()) {
      if (b.state === 'pending' && this.limit > 1) return;
      if (b.state === 'running') {
        if (running) return;
        running = b;
      }
    }
    if (!running || running.shown) return;
    running.shown = true;
    running.lastShown = at;
    this.live = running;
    this.o.write(`${workflowCommand('group', {}, groupTitle(running))}\n${this.guard.lines(running.lines)}`);
    running.lines = [];
  }

  private flushAll(): void {
    // Builds still running will not end in this log: no more heartbeats, status "incomplete".
    for (const b of this.builds.values()) if (b.state === 'running') b.state = 'ended';
    if (this.live) this.close(this.live);
    for (const b of this.builds.values()) {
      if (b.shown) continue;
      if (b.state === 'pending' && b.lines.length === 0) {
        b.shown = true;
        this.emit(this.guard.lines(statusLines(b)));
      } else this.close(b);
    }
  }

  private end(): void {
    if (this.ended) return;
    this.ended = true;
    this.emit(this.guard.lines(this.annotations.overflow()));
  }

  private entry(name: string): BuildLog {
    let b = this.builds.get(name);
    if (!b) this.builds.set(name, (b = newBuildLog(name)));
    return b;
  }

  /** Text outside every group: now, or when the live group closes. */
  private emit(text: string): void {
    if (text === '') return;
    if (this.live) this.outside.push(text);
    else this.o.write(text);
  }

  private flushOutside(): void {
    const held = this.outside;
    this.outside = [];
    for (const t of held) this.o.write(t);
  }

  /** Packer's summary writer (src/ui/summary.ts) onto plain lines outside groups. */
  private textOutput(): Output {
    const line = (text: string): void => this.emit(this.guard.lines(text.split('\n')));
    return { say: line, message: line, error: line, machine: () => {} };
  }
}
