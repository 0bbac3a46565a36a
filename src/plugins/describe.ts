import { execFile } from 'node:child_process';
import { MAGIC_COOKIE_KEY } from './plugin-command.js';
import { reapOnExit } from './reaper.js';

/** The JSON `packer-plugin-NAME describe` prints (SDK `plugin.SetDescription`). */
export interface PluginDescription {
  version: string;
  sdkVersion: string;
  /** `x5.0`; empty for Packer 1.6.6-era multi-component plugins, which did not send it. */
  apiVersion: string;
  builders: string[];
  postProcessors: string[];
  provisioners: string[];
  datasources: string[];
  /** `v2` when the plugin understands `--protobuf`. */
  protocolVersion: string;
}

/** The unnamed component: exposed under the bare plugin name (`amazon`, not `amazon-…`). */
export const DEFAULT_COMPONENT_NAME = '-packer-default-plugin-name-';

const DESCRIBE_TIMEOUT_MS = 60_000;

/**
 * Runs `<binary> describe` and decodes what it prints. Errors are worded as Packer ≥ 1.7's:
 * `failed to get plugin description from executable "<path>": …`.
 */
export async function describePlugin(binary: string, env: Record<string, string | undefined>): Promise<PluginDescription> {
  const fail = (detail: string): Error => new Error(`failed to get plugin description from executable ${JSON.stringify(binary)}: ${detail}`);
  const childEnv: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined && k !== MAGIC_COOKIE_KEY) childEnv[k] = v;
  const stdout = await new Promise<string>((resolve, reject) => {
    const child = execFile(binary, ['describe'], { env: childEnv, timeout: DESCRIBE_TIMEOUT_MS, killSignal: 'SIGKILL', maxBuffer: 1024 * 1024 }, (err, out, errOut) => {
      if (!err) return resolve(out);
      const e = err as NodeJS.ErrnoException & { killed?: boolean; signal?: string | null; code?: number | string | null };
      const why = e.killed ? `no answer within ${DESCRIBE_TIMEOUT_MS / 1000}s` : typeof e.code === 'number' ? `exit status ${e.code}` : e.message;
      const tail = String(errOut).trim().split('\n').slice(-5).join('\n');
      reject(fail(tail ? `${why}\n${tail}` : why));
    });
    reapOnExit(child); // a core that dies while a plugin describes itself takes it along
  });
  let raw: unknown;
  try {
    raw = JSON.parse(stdout);
  } catch (e) {
    throw fail(`its output is not JSON: ${(e as Error).message}`);
  }
  try {
    return decodeDescription(raw);
  } catch (e) {
    throw fail((e as Error).message);
  }
}

/** Validates the untrusted JSON; absent fields are empty, as Go's decoder leaves them. */
export function decodeDescription(raw: unknown): PluginDescription {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error('the description must be a JSON object');
  const o = raw as Record<string, unknown>;
  const str = (key: string): string => {
    const v = o[key];
    if (v === undefined || v === null) return '';
    if (typeof v !== 'string') throw new Error(`"${key}" must be a string`);
    return v;
  };
  const list = (key: string): string[] => {
    const v = o[key];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v) || !v.every((x): x is string => typeof x === 'string' && x !== '')) {
      throw new Error(`"${key}" must be an array of component names`);
    }
    return v;
  };
  return {
    version: str('version'),
    sdkVersion: str('sdk_version'),
    apiVersion: str('api_version'),
    builders: list('builders'),
    postProcessors: list('post_processors'),
    provisioners: list('provisioners'),
    datasources: list('datasources'),
    protocolVersion: str('protocol_version'),
  };
}
