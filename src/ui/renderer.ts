import { formatHclBlock, formatPlainDiagnostic } from './diagnostics.js';
import { formatDuration } from './durafmt.js';
import type { BuildResult, Diagnostic, EngineEvent, UiLevel } from './events.js';
import type { Masker } from './mask.js';
import type { Output } from './output.js';
import { errorOf, renderSummary } from './summary.js';
import { prefixLines, rfc3339 } from './targeted.js';

/** A renderer of the event stream, plus the command's own Ui (Packer's `c.Ui`). */
export interface Renderer {
  onEvent(e: EngineEvent): void;
  /** Untargeted lines and records, for what commands print themselves (usage, inspect, …). */
  say(text: string): void;
  error(text: string): void;
  machine(type: string, ...args: string[]): void;
  /** Writes diagnostics still held to be joined (Packer prints one writeDiags call at once). */
  flush(): void;
}

export interface RendererOptions {
  /** `-color` (default true): per-build colours and the `output will be in this color.` banner. */
  color: boolean;
  /** PACKER_NO_COLOR: keep the banner, drop the escape sequences (Packer's ColoredUi does so). */
  stripEscapes: boolean;
  /** `-timestamp-ui`: RFC 3339 time before each build's line (summary lines stay bare). */
  timestampUi: boolean;
  /** `-debug`: Packer says so once, before the colour banner. */
  debug?: boolean;
  /** Applied to every text before it is decorated; the core masks already, this is a backstop. */
  mask?: Masker;
}

// Packer's build colours in run order, then red for errors (packer/ui.go UiColor*).
const BUILD_COLORS = [32, 36, 35, 33, 34];
const RED = 31;

export function createRenderer(out: Output, o: RendererOptions): Renderer {
  const mask: Masker = o.mask ?? ((s) => s);
  const colors = new Map<string, number>();
  let pending: Diagnostic[] = [];
  let pendingTime = new Date();

  const colorOf = (build: string): number => {
    let c = colors.get(build);
    if (c === undefined) colors.set(build, (c = BUILD_COLORS[colors.size % BUILD_COLORS.length]!));
    return c;
  };
  const colorize = (text: string, code: number, bold: boolean): string =>
    o.stripEscapes ? text : `\x1b[${bold ? 1 : 0};${code}m${text}\x1b[0m`;

  /** A line through the build's Ui stack: TimestampedUi, then ColoredUi, then the output. */
  const buildLine = (build: string, level: UiLevel, text: string, time: Date): void => {
    let s = o.timestampUi ? `${rfc3339(time)}: ${text}` : text;
    if (o.color) s = level === 'error' ? colorize(s, RED, true) : colorize(s, colorOf(build), level === 'say');
    out[level](s, time);
  };

  const flush = (): void => {
    if (pending.length === 0) return;
    const block = formatHclBlock(pending);
    pending = [];
    (block.isError ? out.error : out.say)(mask(block.text), pendingTime);
  };

  const diagnostic = (d: Diagnostic, time: Date): void => {
    if (d.format === 'plain') {
      flush();
      (d.severity === 'error' ? out.error : out.say)(mask(formatPlainDiagnostic(d)), time);
      return;
    }
    if (pending.length === 0) pendingTime = time;
    pending.push(d);
  };

  const runStart = (builds: string[], time: Date): void => {
    if (o.debug) out.say('Debug mode enabled. Builds will not be parallelized.', time);
    builds.forEach((name, i) => {
      colors.set(name, BUILD_COLORS[i % BUILD_COLORS.length]!);
      if (!o.color) return;
      out.say(colorize(`${mask(name)}: output will be in this color.`, colorOf(name), true), time);
      if (i + 1 === builds.length) out.say('', time);
    });
  };

  const buildEnd = (r: BuildResult, time: Date): void => {
    const d = formatDuration(r.durationMs);
    if (r.status === 'success') buildLine(r.name, 'say', mask(`Build '${r.name}' finished after ${d}.`), time);
    else buildLine(r.name, 'error', mask(`Build '${r.name}' errored after ${d}: ${errorOf(r)}`), time);
  };

  return {
    onEvent(e) {
      if (e.kind === 'diagnostic') return diagnostic(e.diagnostic, e.time);
      flush();
      switch (e.kind) {
        case 'run-start':
          return runStart(e.builds, e.time);
        case 'ui':
          return buildLine(e.build, e.level, mask(prefixLines(e.level !== 'message', e.target, e.text)), e.time);
        case 'machine':
          return out.machine(e.time, e.target, e.type, e.args.map(mask));
        case 'build-start':
          return;
        case 'build-end':
          return buildEnd(e.result, e.time);
        case 'run-end':
          return renderSummary(out, e, mask);
      }
    },
    say(text) {
      flush();
      out.say(mask(text), new Date());
    },
    error(text) {
      flush();
      out.error(mask(text), new Date());
    },
    machine(type, ...args) {
      flush();
      out.machine(new Date(), '', type, args.map(mask));
    },
    flush,
  };
}
