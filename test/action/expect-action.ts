/** Checks shared by the action tests: what a user sees and what later steps receive. */
import type { JobResult } from './job.js';
import type { StepResult } from './runner.js';

/** The JSON outputs decoded; a malformed one fails with its name. */
export function jsonOutput<T>(s: StepResult, name: string): T {
  const raw = s.outputs[name];
  if (raw === undefined) throw new Error(`output '${name}' was not set; outputs: ${JSON.stringify(s.outputs)}`);
  try {
    return JSON.parse(raw) as T;
  } catch {
    throw new Error(`output '${name}' is not JSON: ${raw}`);
  }
}

/** The merge of legs `one` (built) and `two` (failed): a partial run, its outputs set though the step fails. */
export function expectMergedOneOfTwo(m: StepResult): void {
  expect(m.exitCode).toBe(1);
  expect(m.outputs.result).toBe('partial');
  expect(jsonOutput(m, 'artifact-ids')).toEqual({ one: 'File' });
  expect(jsonOutput(m, 'failed-builds')).toEqual(['two']);
  const builds = jsonOutput<Array<{ name: string; status: string }>>(m, 'builds');
  expect(builds.map((b) => [b.name, b.status]).sort()).toEqual([['one', 'success'], ['two', 'failed']]);
}

/**
 * The secret reaches the runner's mask before any line that holds it, and no output, summary,
 * annotation, env file entry or state (post's env) carries it.
 */
export function secretProblems(r: JobResult, secret: string): string[] {
  const problems: string[] = [];
  for (const s of [r.main, r.post]) {
    const mask = s.log.masks.find((m) => m.value === secret || m.value.split(/\r?\n/).includes(secret));
    const first = s.log.entries.findIndex((e) => !(e.kind === 'command' && e.name === 'add-mask') && e.raw.includes(secret));
    if (first >= 0 && (!mask || mask.at > first)) problems.push(`${s.entry}: line ${first + 1} holds the secret before ::add-mask:: (${mask ? `line ${mask.at + 1}` : 'never registered'})`);
    if (s.stderr.includes(secret)) problems.push(`${s.entry}: stderr holds the secret`);
    for (const [k, v] of Object.entries(s.outputs)) if (v.includes(secret)) problems.push(`${s.entry}: output ${k} holds the secret`);
    for (const [k, v] of Object.entries(s.state)) if (v.includes(secret)) problems.push(`${s.entry}: state ${k} holds the secret`);
    for (const [k, v] of Object.entries(s.env)) if (v.includes(secret)) problems.push(`${s.entry}: GITHUB_ENV ${k} holds the secret`);
    if (s.summary.includes(secret)) problems.push(`${s.entry}: the job summary holds the secret`);
    for (const a of s.log.annotations) {
      if (a.message.includes(secret) || Object.values(a.properties).some((v) => v.includes(secret))) problems.push(`${s.entry}: an annotation holds the secret`);
    }
  }
  return problems;
}

/** Raw annotations of a kind, as (message, properties) from both steps. */
export const annotations = (s: StepResult, kind: 'error' | 'warning' | 'notice') => s.log.annotations.filter((a) => a.kind === kind);
