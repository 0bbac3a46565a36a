import type { SourceRange } from '../../sdk/index.js';

/** One error found in a template, before it is worded as Packer prints it. */
export interface Problem {
  /** The error as Packer words it inside its list (`builder 1: missing 'type'`). */
  message: string;
  /** Byte offset in the file it concerns. */
  offset?: number;
  /** Where it is, when already known (otherwise computed from `offset`). */
  range?: SourceRange;
  /** Path of the key it concerns (`builders[0].type`). */
  key?: string;
}

/** go-multierror's text for a list of problems. */
export function multiText(problems: Problem[]): string {
  if (problems.length === 1) return `1 error occurred:\n\t* ${problems[0]!.message}\n\n`;
  return `${problems.length} errors occurred:\n\t${problems.map((p) => `* ${p.message}`).join('\n\t')}\n\n`;
}
