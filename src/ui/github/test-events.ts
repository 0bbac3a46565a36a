/** Test support: EngineEvent builders on a fake clock. */
import type { ArtifactRecord, BuildResult, Diagnostic, EngineEvent, UiLevel } from '../events.js';

export const T0 = Date.UTC(2026, 10, 24, 6, 0, 0);
export const at = (ms: number): Date => new Date(T0 + ms);

export const runStart = (ms: number, builds: string[], parallelBuilds?: number): EngineEvent =>
  ({ kind: 'run-start', time: at(ms), builds, ...(parallelBuilds !== undefined ? { parallelBuilds } : {}) });
export const start = (ms: number, build: string, type = 'null'): EngineEvent => ({ kind: 'build-start', time: at(ms), build, type });
export const say = (ms: number, build: string, text: string, level: UiLevel = 'say', target = build): EngineEvent =>
  ({ kind: 'ui', time: at(ms), build, target, level, text });
export const end = (ms: number, r: Partial<BuildResult> & { name: string }): EngineEvent =>
  ({ kind: 'build-end', time: at(ms), result: result(r) });
export const runEnd = (ms: number, results: BuildResult[], cancelled = false): EngineEvent =>
  ({ kind: 'run-end', time: at(ms), durationMs: ms, results, cancelled });
export const diag = (ms: number, d: Partial<Diagnostic>): EngineEvent =>
  ({ kind: 'diagnostic', time: at(ms), diagnostic: { severity: 'error', format: 'hcl', summary: 's', detail: '', ...d } });

export function result(r: Partial<BuildResult> & { name: string }): BuildResult {
  return { type: 'null', status: 'success', durationMs: 1000, artifacts: [], ...r };
}

export function artifact(id: string, more: Partial<ArtifactRecord> = {}): ArtifactRecord {
  return { builderId: 'mitchellh.amazonebs', id, string: `AMIs were created:\n${id}`, files: [], ...more };
}
