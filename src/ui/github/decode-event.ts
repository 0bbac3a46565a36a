import type { ArtifactRecord, BuildResult, Diagnostic, EngineEvent } from '../events.js';

type SourceRange = NonNullable<Diagnostic['range']>;

/**
 * One EngineEvent from parsed JSON of unknown origin: every field checked, Dates revived, unknown
 * fields dropped. Errors name the field (`result.artifacts[0].files[1]: expected a string`).
 */
export function decodeEvent(v: unknown): EngineEvent {
  const o = obj(v, 'event');
  const time = date(o.time, 'time');
  const kind = o.kind;
  switch (kind) {
    case 'run-start': {
      const e: Extract<EngineEvent, { kind: 'run-start' }> = { kind, time, builds: strings(o.builds, 'builds') };
      if (o.parallelBuilds !== undefined) e.parallelBuilds = int(o.parallelBuilds, 'parallelBuilds');
      return e;
    }
    case 'ui': {
      const level = oneOf(o.level, 'level', ['say', 'message', 'error'] as const);
      return { kind, time, build: str(o.build, 'build'), target: str(o.target, 'target'), level, text: str(o.text, 'text') };
    }
    case 'machine':
      return { kind, time, build: str(o.build, 'build'), target: str(o.target, 'target'), type: str(o.type, 'type'), args: strings(o.args, 'args') };
    case 'diagnostic':
      return { kind, time, diagnostic: diagnostic(o.diagnostic, 'diagnostic') };
    case 'build-start':
      return { kind, time, build: str(o.build, 'build'), type: str(o.type, 'type') };
    case 'build-end':
      return { kind, time, result: result(o.result, 'result') };
    case 'run-end':
      return {
        kind, time,
        durationMs: num(o.durationMs, 'durationMs'),
        results: arr(o.results, 'results').map((r, i) => result(r, `results[${i}]`)),
        cancelled: bool(o.cancelled, 'cancelled'),
      };
    default:
      throw new Error(`kind: unknown event kind ${JSON.stringify(kind)}`);
  }
}

function result(v: unknown, at: string): BuildResult {
  const o = obj(v, at);
  const r: BuildResult = {
    name: str(o.name, `${at}.name`),
    type: str(o.type, `${at}.type`),
    status: oneOf(o.status, `${at}.status`, ['success', 'failed', 'cancelled'] as const),
    durationMs: num(o.durationMs, `${at}.durationMs`),
    artifacts: arr(o.artifacts, `${at}.artifacts`).map((a, i) => artifact(a, `${at}.artifacts[${i}]`)),
  };
  if (o.error !== undefined) r.error = str(o.error, `${at}.error`);
  return r;
}

function artifact(v: unknown, at: string): ArtifactRecord {
  const o = obj(v, at);
  const a: ArtifactRecord = {
    builderId: str(o.builderId, `${at}.builderId`),
    id: str(o.id, `${at}.id`),
    string: str(o.string, `${at}.string`),
    files: strings(o.files, `${at}.files`),
  };
  if (o.generatedData !== undefined) a.generatedData = obj(o.generatedData, `${at}.generatedData`);
  return a;
}

function diagnostic(v: unknown, at: string): Diagnostic {
  const o = obj(v, at);
  const d: Diagnostic = {
    severity: oneOf(o.severity, `${at}.severity`, ['error', 'warning'] as const),
    format: oneOf(o.format, `${at}.format`, ['hcl', 'plain'] as const),
    summary: str(o.summary, `${at}.summary`),
    detail: str(o.detail, `${at}.detail`),
  };
  if (o.range !== undefined) d.range = range(o.range, `${at}.range`);
  if (o.key !== undefined) d.key = str(o.key, `${at}.key`);
  if (o.build !== undefined) d.build = str(o.build, `${at}.build`);
  return d;
}

function range(v: unknown, at: string): SourceRange {
  const o = obj(v, at);
  return { file: str(o.file, `${at}.file`), line: int(o.line, `${at}.line`), column: int(o.column, `${at}.column`) };
}

function obj(v: unknown, at: string): Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new Error(`${at}: expected an object`);
  return v as Record<string, unknown>;
}

function arr(v: unknown, at: string): unknown[] {
  if (!Array.isArray(v)) throw new Error(`${at}: expected an array`);
  return v;
}

function str(v: unknown, at: string): string {
  if (typeof v !== 'string') throw new Error(`${at}: expected a string`);
  return v;
}

function strings(v: unknown, at: string): string[] {
  return arr(v, at).map((s, i) => str(s, `${at}[${i}]`));
}

function num(v: unknown, at: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new Error(`${at}: expected a number ≥ 0`);
  return v;
}

function int(v: unknown, at: string): number {
  if (!Number.isInteger(v) || (v as number) < 0) throw new Error(`${at}: expected an integer ≥ 0`);
  return v as number;
}

function bool(v: unknown, at: string): boolean {
  if (typeof v !== 'boolean') throw new Error(`${at}: expected true or false`);
  return v;
}

function date(v: unknown, at: string): Date {
  // ISO-8601 with date and time, as Date#toJSON writes it; Date.parse alone accepts far more.
  if (typeof v !== 'string' || !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(v)) {
    throw new Error(`${at}: expected an ISO-8601 time`);
  }
  const d = new Date(v);
  if (Number.isNaN(d.getTime())) throw new Error(`${at}: expected an ISO-8601 time`);
  return d;
}

function oneOf<T extends string>(v: unknown, at: string, values: readonly T[]): T {
  const found = values.find((x) => x === v);
  if (found === undefined) throw new Error(`${at}: expected one of ${values.join(', ')}`);
  return found;
}
