import type { Diagnostic } from '../sdk/index.js';
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
}

export interface LoadResult {
  /** Undefined when a diagnostic of severity `error` stops the template from being usable. */
  template?: Template;
  diagnostics: Diagnostic[];
}
