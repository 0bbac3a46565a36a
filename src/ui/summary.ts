import { formatDuration } from './durafmt.js';
import type { BuildResult, EngineEvent } from './events.js';
import type { Masker } from './mask.js';
import type { Output } from './output.js';

type RunEnd = Extract<EngineEvent, { kind: 'run-end' }>;

/**
 * command/build.go after wg.Wait(): the summary goes to the bare command Ui (no build colour, no
 * timestamp). Packer walks Go maps here (random order); we keep the template order.
 */
export function renderSummary(out: Output, e: RunEnd, mask: Masker): void {
  const { time, results } = e;
  out.say(`\n==> Wait completed after ${formatDuration(e.durationMs)}`, time);
  if (e.cancelled) {
    out.say('Cleanly cancelled builds after being interrupted.', time);
    return;
  }
  const failed = results.filter((r) => r.status !== 'success');
  if (failed.length > 0) {
    out.machine(time, '', 'error-count', [String(failed.length)]);
    out.error("\n==> Some builds didn't complete successfully and had errors:", time);
    for (const r of failed) {
      out.machine(time, r.name, 'error', [mask(errorOf(r))]);
      out.error(mask(`--> ${r.name}: ${errorOf(r)}`), time);
    }
  }
  // A successful build always has an artifact list in Packer (maybe empty), so it is listed.
  const done = results.filter((r) => r.status === 'success');
  if (done.length === 0) {
    out.say('\n==> Builds finished but no artifacts were created.', time);
    return;
  }
  out.say('\n==> Builds finished. The artifacts of successful builds are:', time);
  for (const r of done) {
    out.machine(time, r.name, 'artifact-count', [String(r.artifacts.length)]);
    r.artifacts.forEach((a, i) => {
      const n = String(i);
      out.machine(time, r.name, 'artifact', [n, 'builder-id', mask(a.builderId)]);
      out.machine(time, r.name, 'artifact', [n, 'id', mask(a.id)]);
      out.machine(time, r.name, 'artifact', [n, 'string', mask(a.string)]);
      out.machine(time, r.name, 'artifact', [n, 'files-count', String(a.files.length)]);
      a.files.forEach((f, j) => out.machine(time, r.name, 'artifact', [n, 'file', String(j), mask(f)]));
      out.machine(time, r.name, 'artifact', [n, 'end']);
      out.say(mask(`--> ${r.name}: ${a.string}`), time);
    });
  }
}

/** The error a build ended with, as Packer words it. */
export function errorOf(r: BuildResult): string {
  return r.error ?? (r.status === 'cancelled' ? 'Build was cancelled.' : 'unknown error');
}
