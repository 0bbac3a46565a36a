import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/** The action's inputs, decoded and checked. Paths are absolute. */
export interface ActionInputs {
  mode: 'build' | 'merge';
  /** The template file (a directory input is resolved to its single `*.json`). */
  template: string;
  workingDirectory: string;
  only: string[];
  except: string[];
  /** `-var` pairs in the order given. */
  variables: Array<[string, string]>;
  varFiles: string[];
  /** 0 = unlimited. */
  parallelBuilds: number;
  onError: 'cleanup' | 'abort' | 'run-cleanup-provisioner';
  /** Absolute plugin directory, or undefined: Packer's discovery as on a laptop. */
  pluginPath?: string;
  cachePlugins: boolean;
  summary: boolean;
  annotations: boolean;
  cancelGraceSeconds: number;
  resultsName?: string;
  timestamps: boolean;
}

/** A bad input: the message names it, so the step log says what to fix. */
export class InputError extends Error {
  constructor(input: string, problem: string) {
    super(`input '${input}': ${problem}`);
    this.name = 'InputError';
  }
}

export type Env = Record<string, string | undefined>;

/** The runner's encoding (as @actions/core getInput): INPUT_<NAME>, spaces → `_`, trimmed. */
export function input(env: Env, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** A boolean input read where a bad value must not stop anything (post): the default then. */
export function flagInput(env: Env, name: string, dflt: boolean): boolean {
  try {
    return bool(name, input(env, name), dflt);
  } catch {
    return dflt;
  }
}

/** Inside the runner's 5-minute cancel window, with time left for post's own work. */
export const DEFAULT_CANCEL_GRACE_SECONDS = 240;

export async function readInputs(env: Env, cwd = process.cwd()): Promise<ActionInputs> {
  const get = (n: string): string => input(env, n);
  const workspace = env['GITHUB_WORKSPACE'] || cwd;
  const workingDirectory = path.resolve(workspace, get('working-directory') || '.');
  try {
    const st = await fs.stat(workingDirectory);
    if (!st.isDirectory()) throw new InputError('working-directory', `${workingDirectory} is not a directory`);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError('working-directory', `${workingDirectory} does not exist`);
  }
  const mode = oneOf('mode', get('mode') || 'build', ['build', 'merge'] as const);
  const onError = oneOf('on-error', get('on-error') || 'cleanup', ['cleanup', 'abort', 'run-cleanup-provisioner', 'ask'] as const);
  if (onError === 'ask') throw new InputError('on-error', "'ask' needs a terminal to answer and is refused in CI; use cleanup, abort or run-cleanup-provisioner");
  const resultsName = get('results-name');
  if (resultsName && !/^[A-Za-z0-9._-]+$/.test(resultsName)) throw new InputError('results-name', `'${resultsName}' may hold only letters, digits, '.', '_' and '-' (it names workflow artifacts)`);
  const pluginPath = get('plugin-path');
  const inputs: ActionInputs = {
    mode,
    template: mode === 'merge' ? '' : await templateFile(path.resolve(workingDirectory, get('template') || '.')),
    workingDirectory,
    only: list(get('only')),
    except: list(get('except')),
    variables: variables(get('variables')),
    varFiles: lines(get('var-files')).map((f) => path.resolve(workingDirectory, f)),
    parallelBuilds: integer('parallel-builds', get('parallel-builds'), 0),
    onError,
    ...(pluginPath ? { pluginPath: path.resolve(workingDirectory, pluginPath) } : {}),
    cachePlugins: bool('cache-plugins', get('cache-plugins'), true),
    summary: bool('summary', get('summary'), true),
    annotations: bool('annotations', get('annotations'), true),
    cancelGraceSeconds: integer('cancel-grace-seconds', get('cancel-grace-seconds'), DEFAULT_CANCEL_GRACE_SECONDS),
    ...(resultsName ? { resultsName } : {}),
    timestamps: bool('timestamps', get('timestamps'), false),
  };
  if (mode === 'merge' && !resultsName) throw new InputError('results-name', "is required with mode 'merge' (the prefix of every leg's results artifact)");
  return inputs;
}

/** A file is used as is; a directory must hold exactly one JSON template (HCL2 is not supported yet). */
async function templateFile(p: string): Promise<string> {
  let st;
  try {
    st = await fs.stat(p);
  } catch {
    throw new InputError('template', `${p} does not exist`);
  }
  if (!st.isDirectory()) return p;
  const names = (await fs.readdir(p)).filter((n) => n.endsWith('.json')).sort();
  if (names.length === 1) return path.join(p, names[0]!);
  const hcl = (await fs.readdir(p)).some((n) => n.endsWith('.pkr.hcl'));
  if (names.length === 0) {
    throw new InputError('template', `directory ${p} holds no *.json template${hcl ? ' (HCL2 *.pkr.hcl templates are not supported yet)' : ''}`);
  }
  throw new InputError('template', `directory ${p} holds several *.json files (${names.join(', ')}); name the template file`);
}

function lines(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
}

/** `only`/`except`: comma- or newline-separated, as Packer's -only=a,b. */
function list(text: string): string[] {
  return text.split(/[,\r\n]/).map((s) => s.trim()).filter((s) => s !== '');
}

/** Multiline `k=v`; the value keeps everything after the first `=` (it may hold `=`). */
function variables(text: string): Array<[string, string]> {
  return lines(text).map((l, i) => {
    const eq = l.indexOf('=');
    if (eq <= 0) throw new InputError('variables', `line ${i + 1} must be name=value, got '${l.slice(0, 40)}'`);
    return [l.slice(0, eq).trim(), l.slice(eq + 1)];
  });
}

/** YAML 1.2 core schema booleans, as @actions/core getBooleanInput. */
function bool(name: string, text: string, dflt: boolean): boolean {
  if (text === '') return dflt;
  if (['true', 'True', 'TRUE'].includes(text)) return true;
  if (['false', 'False', 'FALSE'].includes(text)) return false;
  throw new InputError(name, `must be true or false, got '${text}'`);
}

function integer(name: string, text: string, dflt: number): number {
  if (text === '') return dflt;
  if (!/^\d+$/.test(text)) throw new InputError(name, `must be a whole number ≥ 0, got '${text}'`);
  return Number(text);
}

function oneOf<T extends string>(name: string, text: string, allowed: readonly T[]): T {
  const found = allowed.find((a) => a === text);
  if (found === undefined) throw new InputError(name, `must be one of ${allowed.join(', ')}, got '${text}'`);
  return found;
}
