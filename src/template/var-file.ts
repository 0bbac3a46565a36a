import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { goPathError, type SourceRange } from '../sdk/index.js';
import { JsonSyntaxError, readFirstJsonValue } from './internal/json-reader.js';
import { rangeAt } from './internal/position.js';
import type { JsonNode } from './internal/json-node.js';

/**
 * `-var-file` for JSON templates: a flat JSON object of strings (Packer's `kvflag.FlagJSON`,
 * read with a Go json.Decoder). Errors keep Packer's wording: a file that cannot be opened is
 * `open f.json: no such file or directory`; bad content is
 * `Error reading variables in 'f.json': <json error>`.
 */

export class VarFileError extends Error {
  override readonly name = 'VarFileError';
  constructor(
    message: string,
    readonly file: string,
    /** Where in the var-file the problem is (line 1, column 1 when it is the file itself). */
    readonly range: SourceRange = { file, line: 1, column: 1 },
  ) {
    super(message);
  }
}

/** Parses var-file contents. `file` is the path as the user gave it (used in messages). */
export function parseVarFile(file: string, bytes: Uint8Array): Record<string, string> {
  const fail = (msg: string, node?: JsonNode): never => {
    throw new VarFileError(`Error reading variables in '${file}': ${msg}`, file, rangeAt(file, bytes, node?.offset ?? 0));
  };
  let root: JsonNode;
  try {
    root = readFirstJsonValue(bytes).root;
  } catch (err) {
    // Go's offset counts the bad byte; running out of input points just past the end.
    const eof = (err as Error).message.endsWith('EOF');
    const offset = !(err instanceof JsonSyntaxError) ? 0 : eof ? bytes.length : Math.max(err.offset - 1, 0);
    throw new VarFileError(`Error reading variables in '${file}': ${(err as Error).message}`, file, rangeAt(file, bytes, offset));
  }
  const out: Record<string, string> = {};
  if (root.kind === 'null') return out;
  if (root.kind !== 'object') return fail(`json: cannot unmarshal ${goJsonKind(root)} into Go value of type kvflag.FlagJSON`, root);
  for (const e of root.entries) {
    const v = e.value;
    if (v.kind === 'string') out[e.key] = v.value;
    else if (v.kind === 'null') out[e.key] = out[e.key] ?? '';
    else fail(`json: cannot unmarshal ${goJsonKind(v)} into Go value of type string`, v);
  }
  return out;
}

/** Reads and parses one var-file; relative paths are resolved against `cwd`. */
export async function readVarFile(file: string, cwd: string): Promise<Record<string, string>> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path.resolve(cwd, file));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') throw new VarFileError(`Error reading variables in '${file}': read ${file}: is a directory`, file);
    throw new VarFileError(goPathError('open', file, err).message, file);
  }
  return parseVarFile(file, bytes);
}

function goJsonKind(n: JsonNode): string {
  return n.kind === 'bool' ? 'bool' : n.kind === 'object' ? 'object' : n.kind;
}
