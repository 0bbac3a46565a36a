import { readFile, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { goPathError, type SourceRange } from '../../sdk/index.js';
import type { LoadOptions, LoadResult } from '../load-options.js';

export type SourceOutcome = { bytes: Uint8Array } | { fail: LoadResult };

/**
 * The template's bytes: standard input for `-`, else the file. Packer 1.6.6 stats the path
 * first, so a missing file reads `"f.json": stat f.json: no such file or directory`, and a
 * folder is taken for an HCL2 directory without config files.
 */
export async function readSource(opts: LoadOptions): Promise<SourceOutcome> {
  if (opts.path === '-') return { bytes: new TextEncoder().encode(opts.stdin ?? '') };
  const abs = path.resolve(opts.cwd, opts.path);
  const range: SourceRange = { file: opts.path, line: 1, column: 1 };
  const failWith = (format: 'plain' | 'hcl', summary: string, detail = ''): SourceOutcome => ({
    // No position in the message: the file itself is the problem. Annotations still name it.
    fail: { diagnostics: [{ severity: 'error', format, summary, detail }], problems: [{ message: summary, range }] },
  });
  try {
    const st = await stat(abs);
    if (st.isDirectory()) {
      const detail = 'A config file must be suffixed with `.pkr.hcl` or `.pkr.json`. A folder can be referenced.';
      return failWith('hcl', `Could not find any config file in ${opts.path}`, detail);
    }
    return { bytes: await readFile(abs) };
  } catch (err) {
    return failWith('plain', `"${opts.path}": ${goPathError('stat', opts.path, err).message}`);
  }
}
