/** 1-based position in a template or var-file. `file` is the path as the user gave it. */
export interface SourceRange {
  file: string;
  line: number;
  column: number;
}

/**
 * A problem found before or while setting up builds. Packer prints two shapes, and users' scripts
 * grep both, so we keep them apart:
 * - `hcl`: `Error: <summary>\n\n<detail>` (wrapped at 80 columns), e.g. `Failed to prepare build: "x"`;
 * - `plain`: `summary` printed as is, e.g. `Failed to parse template: 1 error occurred: …`.
 */
export interface Diagnostic {
  severity: 'error' | 'warning';
  format: 'hcl' | 'plain';
  summary: string;
  detail: string;
  range?: SourceRange;
  /** The key the problem is about (`builders[0].bogus_key`), when known. */
  key?: string;
  /** Set when the problem concerns one build only (the others still run, as in Packer). */
  build?: string;
}
