// What is compared for one scenario: per mode, the exit code, canonical stdout and stderr, and
// the described files — each side with its intended-difference rewrites applied first.
import { join } from 'node:path';
import { applyAlternatives, applyRewrites, type Difference } from '../differences.js';
import { canonicalStdout, errorTextsOf } from './canonical.js';
import { describeFiles } from './files.js';
import { readText, type Mode, type RunLocation } from './harness.js';
import type { Scenario } from './scenarios.js';

export interface ModeOutcome { rc: string; stdout: string[]; stderr: string[]; files: string[] }
export type Outcome = Record<Mode, ModeOutcome>;

const MODES: readonly Mode[] = ['normal', 'mr'];

/**
 * Lines Packer 1.6.6 prints in some runs and not in others (a goroutine races the build's end):
 * when Packer's output lacks one, image-build's copy of it is not held against it.
 */
const OPTIONAL_LINES: readonly RegExp[] = [/^(?:<UNIX>,,ui,error,)?(?:\x1b\[1;31m)?==> [^\n]*: Cancelling provisioner after a timeout\.\.\.(?:\x1b\[0m)?$/];

function dropOptional(packer: string, ours: string): string {
  const lines = ours.split('\n');
  return lines.filter((l) => !OPTIONAL_LINES.some((re) => re.test(l) && !packer.split('\n').includes(l))).join('\n');
}

/** Both sides of a scenario, ready for `expect(ours).toEqual(packer)`. */
export function outcomes(packerLoc: RunLocation, oursLoc: RunLocation, s: Scenario, recordedOracle: boolean): { packer: Outcome; ours: Outcome } {
  const read = (loc: RunLocation, side: Difference['side'], mode: Mode, stream: Difference['stream']): string =>
    applyRewrites(s.caseName, s.id, mode, stream, side, readText(join(loc.resultDir, `${mode}.${stream}.norm`)), recordedOracle);
  const side = (loc: RunLocation, who: Difference['side'], mode: Mode): { rc: string; out: string; err: string; files: string[] } => ({
    rc: readText(join(loc.resultDir, `${mode}.rc`)).trim(),
    // the human UI does not say which `==>` lines are errors; the same run's ui,error records do
    out: canonicalStdout(read(loc, who, mode, 'stdout'), mode, errorTextsOf(read(loc, who, 'mr', 'stdout'))),
    err: read(loc, who, mode, 'stderr'),
    files: describeFiles(loc, mode, s.caseName, s.id),
  });
  const packer = {} as Outcome;
  const ours = {} as Outcome;
  for (const mode of MODES) {
    const p = side(packerLoc, 'packer', mode);
    const o = side(oursLoc, 'image-build', mode);
    const out = applyAlternatives(s.caseName, s.id, mode, 'stdout', p.out, dropOptional(p.out, o.out), recordedOracle);
    const err = applyAlternatives(s.caseName, s.id, mode, 'stderr', p.err, o.err, recordedOracle);
    packer[mode] = { rc: p.rc, stdout: p.out.split('\n'), stderr: p.err.split('\n'), files: p.files };
    ours[mode] = { rc: o.rc, stdout: out.split('\n'), stderr: err.split('\n'), files: o.files };
  }
  return { packer, ours };
}
