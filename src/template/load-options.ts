import type { Diagnostic, SourceRange } from '../sdk/index.js';
import type { Template } from './model.js';

export interface LoadOptions {
  /** Template path as given on the command line; `-` reads `stdin`. */
  path: string;
  /** Contents of standard input, when `path` is `-`. */
  stdin?: string;
  /** `-var k=v` flags in order. */
  vars: Array<[string, string]>;
  /** `-var-file` paths in order. */
  varFiles: string[];
  /** Environment for `{{env}}` (the core never reads process.env itself). */
  env: Record<string, string | undefined>;
  /** Directory relative paths are resolved against. */
  cwd: string;
  /** Process start, for `{{timestamp}}`/`{{isotime}}` in variable defaults. Defaults to now. */
  now?: Date;
  /** The Packer version `min_packer_version` is checked against. Defaults to PackerCompatVersion. */
  packerVersion?: string;
  /**
   * `validate -syntax-only`: parse and read the var-files, nothing more (no validation, no
   * rendering). The template's builder names are then raw and its user variables unrendered.
   */
  syntaxOnly?: boolean;
}

/** One error with the place it concerns (a template may have several inside one diagnostic). */
export interface LoadProblem {
  /** The error as Packer words it inside its list (`builder 1: missing 'type'`). */
  message: string;
  range?: SourceRange;
  /** `builders[0].type`, `variables.foo`, … */
  key?: string;
}

export interface LoadResult {
  /** Undefined when a diagnostic of severity `error` stops the template from being usable. */
  template?: Template;
  /** What Packer prints, one entry per message (its range/key are those of the first problem). */
  diagnostics: Diagnostic[];
  /** Every individual problem behind the diagnostics, each with its own place (for annotations). */
  problems?: LoadProblem[];
}
