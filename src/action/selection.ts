import { unmatchedPatterns as unmatched } from '../core/index.js';
import type { Diagnostic } from '../sdk/index.js';
import type { Template } from '../template/model.js';

/**
 * The action is stricter than Packer, which builds nothing and succeeds when `-only` names no
 * build: in CI that is a matrix typo that would pass green while building nothing. An `only`
 * pattern that selects no build is an error; an `except` pattern that names neither a build nor a
 * post-processor is a warning (it changes nothing).
 */
/** `file`: the template as the user named it (the step log's paths are relative to the working directory). */
export function selectionDiagnostics(template: Template, file: string, only: string[], except: string[]): Diagnostic[] {
  const builds = template.builders.map((b) => b.name);
  const postProcessors = template.postProcessors.flat().map((p) => p.name);
  const list = (ps: string[]): string => ps.map((p) => JSON.stringify(p)).join(', ');
  const known = `the builds of ${file}: ${builds.length > 0 ? builds.join(', ') : '(none)'}`;
  const out: Diagnostic[] = [];
  const badOnly = unmatched(builds, only);
  if (badOnly.length > 0) {
    out.push({ severity: 'error', format: 'plain', summary: `input 'only': ${list(badOnly)} ${badOnly.length === 1 ? 'matches' : 'match'} no build (${known})`, detail: '' });
  }
  const badExcept = unmatched([...builds, ...postProcessors], except);
  if (badExcept.length > 0) {
    out.push({ severity: 'warning', format: 'plain', summary: `input 'except': ${list(badExcept)} ${badExcept.length === 1 ? 'matches' : 'match'} no build or post-processor (${known})`, detail: '' });
  }
  return out;
}
