import type { BuildResult, Diagnostic, EngineEvent } from '../events.js';

/** What a run left behind, read from its event stream: the input of outputs and summary. */
export interface RunRecord {
  results: BuildResult[];
  cancelled: boolean;
  diagnostics: Diagnostic[];
  durationMs: number;
  /** false: no run-end seen (engine died or still running). */
  ended: boolean;
  /** From run-start. */
  builds: string[];
}

/**
 * A run's record from its events. Results come from build-end events, overridden by run-end's
 * (the same objects when both are there), ordered as run-start listed the builds; a stream cut
 * short still yields every build that ended. Without run-end the duration is the span of the
 * events seen.
 */
export function recordFromEvents(events: readonly EngineEvent[]): RunRecord {
  const byName = new Map<string, BuildResult>();
  const diagnostics: Diagnostic[] = [];
  let builds: string[] = [];
  let cancelled = false;
  let durationMs: number | undefined;
  for (const e of events) {
    if (e.kind === 'run-start') builds = [...e.builds];
    else if (e.kind === 'diagnostic') diagnostics.push(e.diagnostic);
    else if (e.kind === 'build-end') byName.set(e.result.name, e.result);
    else if (e.kind === 'run-end') {
      for (const r of e.results) byName.set(r.name, r);
      cancelled = e.cancelled;
      durationMs = e.durationMs;
    }
  }
  const first = events[0]?.time.getTime() ?? 0;
  const last = events[events.length - 1]?.time.getTime() ?? 0;
  return {
    results: inOrder(byName, builds),
    cancelled,
    diagnostics,
    durationMs: durationMs ?? Math.max(0, last - first),
    ended: durationMs !== undefined,
    builds,
  };
}

/**
 * The legs of a matrix as one run: every leg's builds and results in leg order (a build name in
 * two legs is kept twice — each leg built it), cancelled if any leg was, ended only if every leg
 * ended; legs run side by side, so the duration is the longest leg's.
 */
export function mergeRecords(records: readonly RunRecord[]): RunRecord {
  // Legs arrive in no particular order (artifact listing, uuids): builds in name order, as Packer
  // runs them, so merged outputs are the same on every run; a stable sort keeps same-named legs' order.
  const byName = <T>(items: T[], name: (x: T) => string): T[] => items.sort((a, b) => (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0));
  return {
    results: byName(records.flatMap((r) => r.results), (r) => r.name),
    cancelled: records.some((r) => r.cancelled),
    diagnostics: records.flatMap((r) => r.diagnostics),
    durationMs: Math.max(0, ...records.map((r) => r.durationMs)),
    ended: records.every((r) => r.ended),
    builds: byName(records.flatMap((r) => r.builds), (b) => b),
  };
}

/** Builds of the run that never ended (engine killed, or still running). */
export function incompleteBuilds(run: RunRecord): string[] {
  const done = new Set(run.results.map((r) => r.name));
  return run.builds.filter((b) => !done.has(b));
}

function inOrder(byName: Map<string, BuildResult>, builds: string[]): BuildResult[] {
  const out: BuildResult[] = [];
  for (const n of builds) {
    const r = byName.get(n);
    if (r) out.push(r);
    byName.delete(n);
  }
  return [...out, ...byName.values()];
}
