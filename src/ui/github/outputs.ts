import type { BuildResult } from '../events.js';
import { incompleteBuilds, type RunRecord } from './run-record.js';

export type RunResult = 'success' | 'partial' | 'failure' | 'cancelled';

/**
 * `cancelled` when the run was; `success` when every build succeeded and no template error was
 * reported; `partial` when some build succeeded; else `failure` (a run that never got to run a
 * build, e.g. a template error or an engine that died first, too).
 */
export function runResult(run: RunRecord): RunResult {
  if (run.cancelled) return 'cancelled';
  const ok = run.results.filter((r) => r.status === 'success').length;
  const total = run.results.length + incompleteBuilds(run).length;
  const templateErrors = run.diagnostics.some((d) => d.severity === 'error');
  if (ok === total && !templateErrors && (run.ended || total > 0)) return 'success';
  return ok > 0 ? 'partial' : 'failure';
}

/**
 * The step's outputs (keys as in action.yml). `artifact-id` is there only when the run made
 * exactly one artifact; `failed-builds` lists every build that did not succeed (failed,
 * cancelled, or never ended — status `incomplete` in `builds`).
 */
export function actionOutputs(
  run: RunRecord,
  o: { runUuid: string; manifest?: string; pluginsCacheHit?: boolean },
): Record<string, string> {
  const artifacts = run.results.flatMap((r) => r.artifacts.map((a) => ({ r, a })));
  const ids: Record<string, string> = {};
  for (const { r, a } of artifacts) ids[r.name] = a.id; // several: the build's last (its final chain's)
  const builds = [
    ...run.results.map((r) => buildEntry(r)),
    ...incompleteBuilds(run).map((name) => ({ name, status: 'incomplete', durationMs: 0 })),
  ];
  const out: Record<string, string> = {
    result: runResult(run),
    'artifact-ids': JSON.stringify(ids),
    artifacts: JSON.stringify(artifacts.map(({ r, a }) => ({
      build: r.name,
      type: r.type,
      builderId: a.builderId,
      id: a.id,
      string: a.string,
      files: a.files,
      generatedData: withoutCredentials(a.generatedData ?? {}),
    }))),
    builds: JSON.stringify(builds),
    'failed-builds': JSON.stringify(builds.filter((b) => b.status !== 'success').map((b) => b.name)),
    manifest: o.manifest ?? '',
    'plugins-cache-hit': o.pluginsCacheHit ? 'true' : 'false',
    'run-uuid': o.runUuid,
  };
  if (artifacts.length === 1) out['artifact-id'] = artifacts[0]!.a.id;
  return out;
}

function buildEntry(r: BuildResult): { name: string; status: string; durationMs: number; error?: string } {
  const e = { name: r.name, status: r.status, durationMs: Math.round(r.durationMs) };
  return r.error !== undefined ? { ...e, error: r.error } : e;
}

/**
 * Generated data minus credentials: sensitive variables are masked by the engine already, but
 * builders also generate secrets of their own (`Password`, `SSHPrivateKey`, `WinRMPassword`) that
 * no later step should receive through an output, which every job of the workflow can read.
 */
const CREDENTIAL = /pass(word|wd)|secret|private_?key|token|credential/i;

export function withoutCredentials(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) {
    if (CREDENTIAL.test(k)) continue;
    out[k] = v !== null && typeof v === 'object' && !Array.isArray(v) ? withoutCredentials(v as Record<string, unknown>) : v;
  }
  return out;
}
