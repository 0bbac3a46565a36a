import type { Diagnostic } from '../sdk/index.js';
import type { Template } from '../template/model.js';
import type { BuildResult, EngineEvent } from '../ui/events.js';
import { toArtifactRecord } from './artifact-record.js';
import { BuildUi } from './build-ui.js';
import { runCoreBuild } from './core-build.js';
import { createMasker, templateSecrets } from '../ui/mask.js';
import type { BuildOptions, RunSummary } from './options.js';
import { prepareBuilds } from './prepare-builds.js';
import type { PreparedBuild } from './prepared-build.js';
import { messageOf } from './provisioner-wrappers.js';

/**
 * Prepares every selected build, reports every problem at once, then runs the good builds in
 * parallel (at most `parallelBuilds`, name order as Packer; one at a time under -debug). A
 * failing build never stops the others. Resolves only when every build, and so every cleanup,
 * has finished — also after the signal was aborted.
 */
export async function runBuilds(template: Template, opts: BuildOptions): Promise<RunSummary> {
  const started = performance.now();
  const mask = secretMasker(template);
  const emit = (e: EngineEvent): void => opts.emit(e);

  const { builds, diagnostics } = await prepareBuilds(template, opts);
  for (const d of diagnostics) emit({ kind: 'diagnostic', time: new Date(), diagnostic: maskDiagnostic(d, mask) });
  const limit = opts.debug ? 1 : opts.parallelBuilds > 0 ? opts.parallelBuilds : Infinity;
  emit({
    kind: 'run-start', time: new Date(), builds: builds.map((b) => b.name),
    ...(Number.isFinite(limit) ? { parallelBuilds: limit } : {}),
  });
  const results = await runLimited(builds, limit, (b) => runOne(b, opts, mask));

  const cancelled = opts.signal.aborted;
  const hadErrors = diagnostics.some((d) => d.severity === 'error');
  emit({ kind: 'run-end', time: new Date(), durationMs: performance.now() - started, results, cancelled });
  const failed = hadErrors || cancelled || results.some((r) => r.status !== 'success');
  return { results, hadErrors, cancelled, exitCode: failed ? 1 : 0 };
}

/** Prepares every selected build without running anything (`validate`). */
export async function validateBuilds(template: Template, opts: BuildOptions): Promise<Diagnostic[]> {
  const mask = secretMasker(template);
  const { diagnostics } = await prepareBuilds(template, opts);
  return diagnostics.map((d) => maskDiagnostic(d, mask));
}

async function runOne(build: PreparedBuild, opts: BuildOptions, mask: (s: string) => string): Promise<BuildResult> {
  const t0 = performance.now();
  opts.emit({ kind: 'build-start', time: new Date(), build: build.name, type: build.type });
  const ui = new BuildUi({ emit: opts.emit, build: build.name, target: build.name, mask, ask: opts.ask });
  const result: BuildResult = { name: build.name, type: build.type, status: 'success', durationMs: 0, artifacts: [] };
  try {
    const artifacts = await runCoreBuild(build, ui, opts.signal);
    result.artifacts = artifacts.map((a) => toArtifactRecord(a, mask));
  } catch (e) {
    result.status = opts.signal.aborted ? 'cancelled' : 'failed';
    result.error = mask(messageOf(e));
  }
  result.durationMs = performance.now() - t0;
  opts.emit({ kind: 'build-end', time: new Date(), result });
  return result;
}

/** Runs `fn` over items with at most `limit` in flight, starting them in order; results in order. */
async function runLimited<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function secretMasker(t: Template): (s: string) => string {
  return createMasker(templateSecrets(t));
}

function maskDiagnostic(d: Diagnostic, mask: (s: string) => string): Diagnostic {
  return { ...d, summary: mask(d.summary), detail: mask(d.detail) };
}
