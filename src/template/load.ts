import * as path from 'node:path';
import { PackerCompatVersion } from '../sdk/index.js';
import type { LoadOptions, LoadResult } from './load-options.js';
import { sdkRender, type RenderFn } from './internal/engine.js';
import { entry, type JsonNode } from './internal/json-node.js';
import { JsonSyntaxError, readJson } from './internal/json-reader.js';
import { decodeRoot } from './internal/parse-root.js';
import { buildTemplate } from './internal/parse-template.js';
import { packerSyntaxMessage } from './internal/position.js';
import { multiText } from './internal/problem.js';
import { readSource } from './internal/read-source.js';
import { renderVariables } from './internal/render-vars.js';
import { Reporter } from './internal/report.js';
import { toModel } from './internal/to-model.js';
import { checkMinVersion, checkRequired, validateTemplate } from './internal/validate.js';
import { readVarFile, VarFileError } from './var-file.js';

/**
 * Reads a JSON template the way Packer 1.6.6's `build`/`validate` do, in the same order (so the
 * same error wins): read the file, parse (`Failed to parse template: …`), read the var-files,
 * validate the template, check `min_packer_version` and required variables, render the variables,
 * interpolate the builder names. Nothing is executed; the only files read are the template and
 * the var-files. `render` is the `{{ }}` engine (the sdk's unless given).
 */
export async function loadTemplate(opts: LoadOptions, render?: RenderFn): Promise<LoadResult> {
  const source = await readSource(opts);
  if ('fail' in source) return source.fail;
  const bytes = source.bytes;
  const report = new Reporter(opts.path, bytes);

  // --- template.ParseFile
  let json;
  try {
    json = readJson(bytes);
  } catch (err) {
    if (!(err instanceof JsonSyntaxError)) throw err;
    const at = err.offset >= bytes.length && err.message.startsWith('unexpected end') ? bytes.length : err.offset - 1;
    return report.parseFail(packerSyntaxMessage(bytes, err.message, err.offset), [{ message: err.message, offset: Math.max(at, 0) }]);
  }
  if (json.duplicate) {
    const { key, offset } = json.duplicate;
    const text = `template has duplicate field: ${key}`;
    return report.parseFail(text, [{ message: text, offset, key }]);
  }
  const root = decodeRoot(json.root);
  if ('text' in root) return report.parseFail(root.text, root.problems);
  const built = buildTemplate(root.raw, report.locate);
  if ('text' in built) return report.parseFail(built.text, built.problems);
  const t = built.parsed;

  // --- variables from the command line: var-files in order, then -var whatever its position
  const given: Record<string, string> = {};
  for (const vf of opts.varFiles) {
    try {
      Object.assign(given, await readVarFile(vf, opts.cwd));
    } catch (err) {
      if (!(err instanceof VarFileError)) throw err;
      return report.fail('plain', err.message, [{ message: err.message, range: err.range, key: `-var-file=${vf}` }]);
    }
  }
  for (const [k, v] of opts.vars) given[k] = v;
  if (opts.syntaxOnly) {
    const unrendered = Object.fromEntries(t.variables.map((v) => [v.name, v.default ?? '']));
    return { template: toModel(opts, t, { ...unrendered, ...given }, bytes), diagnostics: [], problems: [] };
  }

  // --- Core.validate
  const at = (key: string): number => keyOffset(json.root, key);
  const invalid = validateTemplate(t).map((p) => (p.range ? p : { ...p, offset: at('builders') }));
  if (invalid.length > 0) return report.fail('hcl', multiText(invalid), invalid);
  const tooOld = checkMinVersion(t.minVersion, opts.packerVersion ?? PackerCompatVersion);
  if (tooOld) return report.fail('hcl', tooOld, [{ message: tooOld, key: 'min_packer_version', offset: at('min_packer_version') }]);
  const missing = checkRequired(t, given);
  if (missing.length > 0) return report.fail('hcl', multiText(missing), missing);

  // --- Core.init: render the variables, then the builder names (user variables only)
  const engine = render ?? sdkRender();
  const base = { templatePath: path.resolve(opts.cwd, opts.path), cwd: opts.cwd, env: opts.env, now: opts.now ?? new Date() };
  let userVariables: Record<string, string>;
  try {
    userVariables = renderVariables(t.variables, given, engine, base);
  } catch (err) {
    const message = (err as Error).message;
    return report.fail('hcl', message, [{ message, key: 'variables', offset: at('variables') }]);
  }
  for (const [i, b] of t.builders.entries()) {
    try {
      b.name = engine(b.rawName, { userVariables, templatePath: base.templatePath, cwd: opts.cwd, now: base.now });
    } catch (err) {
      const message = `Error interpolating builder '${b.rawName}': ${(err as Error).message}`;
      return report.fail('hcl', message, [{ message, key: `builders[${i}].name`, ...(b.pos ? { range: b.pos } : {}) }]);
    }
  }
  return { template: toModel(opts, t, userVariables, bytes), diagnostics: [], problems: [] };
}

/** Where a root key is written (0 when absent: the diagnostic then points at the file start). */
function keyOffset(root: JsonNode, key: string): number {
  return entry(root, key)?.keyOffset ?? 0;
}
