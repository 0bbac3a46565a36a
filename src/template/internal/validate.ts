import type { SourceRange } from '../../sdk/index.js';
import type { ParsedTemplate } from './parse-template.js';
import type { Problem } from './problem.js';
import { compareGoVersion, goVersionString, parseGoVersion } from './version.js';

/**
 * Packer's `Template.Validate` (builders present, only/except/override name real builders —
 * compared with the *raw* names) and the checks `Core.validate` adds. Each returns the problems
 * Packer lists in one go-multierror, or undefined.
 */

type Where = { range?: SourceRange };
const where = (pos: SourceRange | undefined): Where => (pos ? { range: pos } : {});

export function validateTemplate(t: ParsedTemplate): Problem[] {
  const problems: Problem[] = [];
  const names = new Set(t.builders.map((b) => b.rawName));
  if (t.builders.length === 0) problems.push({ message: 'at least one builder must be defined', key: 'builders' });

  const onlyExcept = (label: string, key: string, at: Where, only: string[], except: string[]): void => {
    if (only.length > 0 && except.length > 0) {
      problems.push({ message: `${label}: only one of 'only' or 'except' may be specified`, key, ...at });
      return;
    }
    for (const n of only) {
      if (!names.has(n)) problems.push({ message: `${label}: 'only' specified builder '${n}' not found`, key: `${key}.only`, ...at });
    }
    for (const n of except) {
      if (!names.has(n)) problems.push({ message: `${label}: 'except' specified builder '${n}' not found`, key: `${key}.except`, ...at });
    }
  };

  for (const [i, p] of t.provisioners.entries()) {
    const label = `provisioner ${i + 1}`;
    onlyExcept(label, `provisioners[${i}]`, where(p.pos), p.only, p.except);
    for (const name of Object.keys(p.override)) {
      if (!names.has(name)) problems.push({ message: `${label}: override '${name}' doesn't exist`, key: `provisioners[${i}].override.${name}`, ...where(p.pos) });
    }
  }
  for (const [i, chain] of t.postProcessors.entries()) {
    for (const [j, pp] of chain.entries()) {
      onlyExcept(`post-processor ${i + 1}.${j + 1}`, `post-processors[${i}][${j}]`, where(pp.pos), pp.only, pp.except);
    }
  }
  return problems;
}

/** `min_packer_version` against the version we claim to be; undefined when satisfied. */
export function checkMinVersion(min: string | undefined, actual: string): string | undefined {
  if (min === undefined || min === '') return undefined;
  let want;
  try {
    want = parseGoVersion(min);
  } catch (err) {
    return `min_version is invalid: ${(err as Error).message}`;
  }
  const have = parseGoVersion(actual);
  if (compareGoVersion(have, want) < 0) {
    return `This template requires Packer version ${goVersionString(want)} or higher; using ${goVersionString(have)}`;
  }
  return undefined;
}

/** Required variables must come from `-var` or a var-file (a default cannot exist for them). */
export function checkRequired(t: ParsedTemplate, given: Record<string, string>): Problem[] {
  return t.variables
    .filter((v) => v.required && !Object.hasOwn(given, v.name))
    .map((v) => ({ message: `required variable not set: ${v.name}`, key: `variables.${v.name}`, ...where(v.pos) }))
    .sort((a, b) => (a.message < b.message ? -1 : 1));
}
