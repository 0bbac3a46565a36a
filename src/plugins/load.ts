import { realpathSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ComponentSet } from '../sdk/index.js';
import { parseDuration } from '../sdk/duration.js';
import { pluginComponentSet, type ClosableComponentSet } from './component-set.js';
import type { DiscoveryInput } from './plugin-dirs.js';
import { packerLogSink } from './packer-log.js';
import { resolvePlugins } from './resolve.js';
import type { LogSink } from './stderr-log.js';

export interface LoadOptions {
  /** PACKER_LOG's sink: discovery notes, warnings and plugin stderr go there. */
  log?: LogSink;
  handshakeTimeoutMs?: number;
  /** Aborting gives up plugin starts still waiting for their handshake. */
  signal?: AbortSignal;
}

/**
 * What a command needs: discover every plugin (resolvePlugins), log what Packer would log, and
 * return the built-ins overridden by plugins. Throws PackerConfigFileError on a broken config file.
 */
export async function loadComponentSet(input: DiscoveryInput, builtins: ComponentSet, options: LoadOptions = {}): Promise<ClosableComponentSet> {
  const resolved = await resolvePlugins(input);
  for (const n of resolved.notes) options.log?.(`[INFO] ${n}`);
  for (const w of resolved.warnings) options.log?.(`[WARN] ${w}`);
  return pluginComponentSet(resolved.components, builtins, {
    env: input.env,
    cwd: input.cwd,
    ...(options.log ? { log: options.log } : {}),
    ...(options.handshakeTimeoutMs !== undefined ? { handshakeTimeoutMs: options.handshakeTimeoutMs } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  }, resolved.refused);
}

/**
 * The DiscoveryInput of this process: the executable's directory is the one of the script that
 * was run (bin/image-build.js), as Packer uses its own binary's; home is $HOME as Go's.
 */
export function processDiscoveryInput(env: Record<string, string | undefined>, cwd: string): DiscoveryInput {
  const script = process.argv[1];
  let executableDir = path.dirname(process.execPath);
  if (script) {
    try {
      executableDir = path.dirname(realpathSync(script));
    } catch {
      executableDir = path.dirname(path.resolve(cwd, script));
    }
  }
  return { executableDir, homeDir: env['HOME'] || os.homedir(), cwd, env };
}

/**
 * The CLI's one call: this process's discovery input, PACKER_LOG's sink on `stderr`, the
 * built-ins overridden by plugins. The caller must `await close()` on every path.
 */
export function componentsForCommand(
  io: { env: Record<string, string | undefined>; cwd: string; stderr(s: string): void },
  builtins: ComponentSet,
  signal?: AbortSignal,
): Promise<ClosableComponentSet> {
  const log = packerLogSink(io.env, (s) => io.stderr(s));
  const timeout = startTimeout(io.env);
  return loadComponentSet(processDiscoveryInput(io.env, io.cwd), builtins, {
    ...(log ? { log } : {}),
    ...(signal ? { signal } : {}),
    ...(timeout !== undefined ? { handshakeTimeoutMs: timeout } : {}),
  });
}

/**
 * IMAGE_BUILD_PLUGIN_START_TIMEOUT (a Go duration, e.g. `10s`): how long a plugin may take to
 * print its handshake. Packer has no such setting (its StartTimeout is a fixed minute, our default).
 */
export const START_TIMEOUT_ENV = 'IMAGE_BUILD_PLUGIN_START_TIMEOUT';

function startTimeout(env: Record<string, string | undefined>): number | undefined {
  const text = env[START_TIMEOUT_ENV];
  if (text === undefined || text === '') return undefined;
  let ms: number;
  try {
    ms = parseDuration(text);
  } catch (e) {
    throw new Error(`${START_TIMEOUT_ENV}=${text}: ${(e as Error).message}`);
  }
  if (ms <= 0) throw new Error(`${START_TIMEOUT_ENV}=${text}: must be more than 0`);
  return ms;
}
