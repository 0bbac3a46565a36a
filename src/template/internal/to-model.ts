import * as path from 'node:path';
import type { LoadOptions } from '../load-options.js';
import type { Template } from '../model.js';
import type { ParsedTemplate } from './parse-template.js';

/** The neutral model from a parsed JSON template and its final user variables. */
export function toModel(opts: LoadOptions, t: ParsedTemplate, userVariables: Record<string, string>, bytes: Uint8Array): Template {
  const out: Template = {
    path: opts.path,
    dir: opts.path === '-' ? path.resolve(opts.cwd) : path.dirname(path.resolve(opts.cwd, opts.path)),
    variables: t.variables,
    userVariables,
    sensitiveVariables: t.sensitiveVariables,
    builders: lastOfEachName(t),
    provisioners: t.provisioners,
    postProcessors: t.postProcessors,
    comments: t.comments,
    rawContents: new TextDecoder().decode(bytes),
  };
  if (t.description !== undefined) out.description = t.description;
  if (t.minVersion !== undefined) out.minPackerVersion = t.minVersion;
  if (t.errorCleanupProvisioner) out.errorCleanupProvisioner = t.errorCleanupProvisioner;
  return out;
}

/** Packer keys builds by rendered name, so a later builder rendering to the same name wins. */
function lastOfEachName(t: ParsedTemplate): Template['builders'] {
  const last = new Map(t.builders.map((b) => [b.name, b]));
  return t.builders.filter((b) => last.get(b.name) === b);
}
