import { readJson } from '../internal/json-reader.js';
import { decodeRoot } from '../internal/parse-root.js';
import { buildTemplate } from '../internal/parse-template.js';
import { multiText } from '../internal/problem.js';
import { validateTemplate } from '../internal/validate.js';

const hint = '\n\nThis is usually caused by an error in the input template.\nPlease fix the error and try again.';

/**
 * `packer fix`'s check of its own output: template.Parse, then Template.Validate only (no
 * variables are read, so a required variable is no error here). Undefined when it passes.
 */
export function checkFixed(text: string): string | undefined {
  const json = readJson(new TextEncoder().encode(text));
  const root = decodeRoot(json.root);
  if ('text' in root) return `Error! Fixed template fails to parse: ${root.text}${hint}`;
  const built = buildTemplate(root.raw, (offset) => ({ file: '', line: 1, column: offset + 1 }));
  if ('text' in built) return `Error! Fixed template fails to parse: ${built.text}${hint}`;
  const problems = validateTemplate(built.parsed);
  if (problems.length > 0) return `Error! Fixed template failed to validate: ${multiText(problems)}${hint}`;
  return undefined;
}
