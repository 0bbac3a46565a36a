import { promises as fs } from 'node:fs';

/** The plugin maps of `~/.packerconfig`; Packer 1.6.6 decodes them as `map[string]string`. */
export interface PackerConfigFile {
  builders: Record<string, string>;
  provisioners: Record<string, string>;
  'post-processors': Record<string, string>;
}

const mapKeys = ['builders', 'provisioners', 'post-processors'] as const;

/** A config file that exists but cannot be decoded; Packer refuses to start in that case too. */
export class PackerConfigFileError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`Error loading configuration file ${file}: ${detail}`);
    this.name = 'PackerConfigFileError';
  }
}

/** Reads the config file; `undefined` when it does not exist (a missing file is fine). */
export async function readPackerConfigFile(file: string): Promise<PackerConfigFile | undefined> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new PackerConfigFileError(file, (e as Error).message);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const { line, column } = placeOf(text, (e as Error).message);
    throw new PackerConfigFileError(file, `${line}:${column}: ${(e as Error).message}`);
  }
  return decode(file, raw);
}

function decode(file: string, raw: unknown): PackerConfigFile {
  if (!isObject(raw)) throw new PackerConfigFileError(file, 'the top level must be a JSON object');
  const out: PackerConfigFile = { builders: {}, provisioners: {}, 'post-processors': {} };
  for (const key of mapKeys) {
    const section = raw[key];
    if (section === undefined || section === null) continue;
    if (!isObject(section)) throw new PackerConfigFileError(file, `"${key}" must be an object of name to path`);
    for (const [name, value] of Object.entries(section)) {
      if (typeof value !== 'string') {
        throw new PackerConfigFileError(file, `"${key}.${name}" must be a string path, got ${jsonType(value)}`);
      }
      out[key][name] = value;
    }
  }
  return out;
}

/** 1-based line and column of the offset V8 names in a JSON.parse message (end of input otherwise). */
function placeOf(text: string, message: string): { line: number; column: number } {
  const m = /position (\d+)/.exec(message);
  const offset = m ? Number(m[1]) : text.length;
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}
