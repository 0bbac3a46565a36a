import type { RunRecord } from './run-record.js';

/**
 * With `on-error: abort` (or `run-cleanup-provisioner`, which aborts after its provisioner) a
 * failed build skips its cleanup on purpose, so cloud resources it made outlive the run. The step
 * log and the summary say so, naming the builds: nobody reads the input again after a red run.
 */
export function skippedCleanup(run: RunRecord, onError: string | undefined): string | undefined {
  if (onError !== 'abort' && onError !== 'run-cleanup-provisioner') return undefined;
  const failed = run.results.filter((r) => r.status === 'failed').map((r) => r.name);
  if (failed.length === 0) return undefined;
  const builds = failed.length === 1 ? `build ${failed[0]} skipped its cleanup` : `builds ${failed.join(', ')} skipped their cleanup`;
  return `on-error is '${onError}': the failed ${builds}; what ${failed.length === 1 ? 'it' : 'they'} created (instances, volumes, keys, temporary files) may still exist. Remove it by hand, or run with on-error: cleanup.`;
}
