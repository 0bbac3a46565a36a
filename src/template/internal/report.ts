import type { Diagnostic, SourceRange } from '../../sdk/index.js';
import type { LoadProblem, LoadResult } from '../load-options.js';
import { rangeAt } from './position.js';
import type { Problem } from './problem.js';

/**
 * Turns problems into what the loader returns: one diagnostic worded as Packer prints it
 * (`plain` for `Failed to parse template: …` and var-file errors, `hcl` with an empty summary
 * for the core's errors), pointing at the first problem, plus every problem with its own place.
 */
export class Reporter {
  constructor(
    private readonly file: string,
    private readonly bytes: Uint8Array,
  ) {}

  locate = (offset: number): SourceRange => rangeAt(this.file, this.bytes, offset);

  fail(format: Diagnostic['format'], text: string, ps: Problem[]): LoadResult {
    const problems = this.places(ps.length > 0 ? ps : [{ message: text, offset: 0 }]);
    const first = problems[0]!;
    const diag: Diagnostic =
      format === 'plain'
        ? { severity: 'error', format, summary: text, detail: '' }
        : { severity: 'error', format, summary: '', detail: text };
    if (first.range) diag.range = first.range;
    if (first.key !== undefined) diag.key = first.key;
    return { diagnostics: [diag], problems };
  }

  parseFail(text: string, ps: Problem[]): LoadResult {
    return this.fail('plain', `Failed to parse template: ${text}`, ps);
  }

  private places(ps: Problem[]): LoadProblem[] {
    return ps.map((p) => {
      const range = p.range ?? this.locate(p.offset ?? 0);
      return p.key !== undefined ? { message: p.message, range, key: p.key } : { message: p.message, range };
    });
  }
}
