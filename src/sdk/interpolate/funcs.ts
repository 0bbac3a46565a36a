// Packer's template functions (template/interpolate/funcs.go of Packer 1.6.6,
// the same list as packer-plugin-sdk before aws_secretsmanager_raw), with the
// SDK's signatures and error texts.
import * as path from 'node:path';
import { goFunc, type GoFunc } from './exec/signature.js';
import { GoStruct, isRecord, mapGet } from './exec/values.js';
import { formatGoTime, RFC3339 } from './time/layout.js';
import { strftime } from './time/strftime.js';
import { timeOrderedUUID } from './uuid.js';
import type { InterpolateContext } from './context.js';

/** packerbuilderdata.PlaceholderMsg: generated data not known yet at prepare time. */
export const PlaceholderMsg = 'To set this dynamically in the Packer template, you must use the `build` function';

export const ErrVariableNotSetString = 'Error: variable not set:';

/** When Packer started: every timestamp of one run is this instant. */
export const initTime = new Date();

/** strings.Split, including the empty separator (split into characters). */
function goSplit(s: string, sep: string): string[] {
  if (sep === '') return [...s];
  return s.split(sep);
}

/** strings.Replace(s, old, new, n): n < 0 means every occurrence. */
export function goReplace(s: string, oldS: string, newS: string, n: number): string {
  if (oldS === newS || n === 0) return s;
  const m = oldS === '' ? [...s].length + 1 : s.split(oldS).length - 1;
  if (m === 0) return s;
  if (n < 0 || m < n) n = m;
  if (oldS === '') {
    const chars = [...s];
    let out = newS;
    for (let i = 0; i < n - 1; i++) out += chars[i] + newS;
    return out + chars.slice(Math.max(n - 1, 0)).join('');
  }
  let out = '';
  let start = 0;
  for (let i = 0; i < n; i++) {
    const j = s.indexOf(oldS, start);
    out += s.slice(start, j) + newS;
    start = j + oldS.length;
  }
  return out + s.slice(start);
}

function buildValue(data: unknown, key: string): string {
  const fields = data instanceof GoStruct ? null : isRecord(data) || data instanceof Map ? data : null;
  if (!fields) throw new Error(`Error validating build variable: the given variable ${key} will not be passed into your plugin.`);
  const r = mapGet(fields, key);
  if (r.found && typeof r.value === 'string') {
    // First pass of Packer's two-pass rendering: keep the reference for later.
    if (r.value.includes(PlaceholderMsg)) return `{{.${key}}}`;
    return r.value;
  }
  throw new Error(`loaded data, but couldnt find ${key} in it.`);
}

const unreachable = (what: string): never => {
  throw new Error(`${what} is not reachable from image-build (no network access to the service)`);
};

/** The function map for one context (Funcs(ctx) of the SDK). */
export function packerFuncs(ctx: InterpolateContext): Record<string, GoFunc> {
  const now = ctx.now ?? initTime;
  return {
    build_name: goFunc([], () => {
      if (!ctx.buildName) throw new Error('build_name not available');
      return ctx.buildName;
    }),
    build_type: goFunc([], () => {
      if (!ctx.buildType) throw new Error('build_type not available');
      return ctx.buildType;
    }),
    env: goFunc(['string'], (k: string) => {
      if (!ctx.enableEnv) throw new Error('env vars are not allowed here');
      return (ctx.env ?? process.env)[k] ?? '';
    }),
    isotime: goFunc([], (...format: string[]) => {
      if (format.length === 0) return formatGoTime(now, RFC3339);
      if (format.length > 1) throw new Error(`too many values, 1 needed: [${format.join(' ')}]`);
      return formatGoTime(now, format[0]!);
    }, 'string'),
    strftime: goFunc(['string'], (format: string) => strftime(format, now)),
    pwd: goFunc([], () => ctx.cwd ?? process.cwd()),
    split: goFunc(['string', 'string', 'int'], (k: string, s: string, i: number) => {
      const parts = goSplit(k, s);
      if (parts.length <= i) {
        throw new Error(`the substring ${i} was unavailable using the separator value, ${s}, only ${parts.length} values were found`);
      }
      if (i < 0) throw new Error(`runtime error: index out of range [${i}]`);
      return parts[i]!;
    }),
    template_dir: goFunc([], () => {
      if (!ctx.templatePath) throw new Error('template path not available');
      return path.resolve(ctx.cwd ?? process.cwd(), path.dirname(ctx.templatePath));
    }),
    timestamp: goFunc([], () => String(Math.floor(now.getTime() / 1000))),
    uuid: goFunc([], () => timeOrderedUUID()),
    user: goFunc(['string'], (k: string) => {
      if (!ctx.userVariables) throw new Error('test'); // sic: the SDK's text
      const found = Object.prototype.hasOwnProperty.call(ctx.userVariables, k);
      // While variables are rendered (enableEnv) a missing one is an error the
      // loader retries on; elsewhere it is the empty string.
      if (ctx.enableEnv && !found) throw new Error(`${ErrVariableNotSetString} ${k}`);
      return found ? ctx.userVariables[k]! : '';
    }),
    packer_version: goFunc([], () => {
      const v = ctx.coreVersion ?? '1.6.6';
      if (v === '') throw new Error('packer_version not available');
      return v;
    }),
    consul_key: goFunc(['string'], () => {
      if (!ctx.enableEnv) throw new Error('consul_key is not allowed here');
      return unreachable('Consul');
    }),
    vault: goFunc(['string', 'string'], () => {
      if (!ctx.enableEnv) throw new Error('Vault vars are only allowed in the variables section');
      return unreachable('Vault');
    }),
    aws_secretsmanager: goFunc([], (...secret: string[]) => {
      if (!ctx.enableEnv) throw new Error('AWS Secrets Manager is only allowed in the variables section');
      if (secret.length === 0) throw new Error('secret name must be provided');
      if (secret.length > 2) throw new Error('only secret name and optional secret key can be provided.');
      return unreachable('AWS Secrets Manager');
    }, 'string'),
    sed: goFunc(['string', 'string'], () => {
      throw new Error('template function `sed` is deprecated use `replace` or `replace_all` instead.Documentation: https://www.packer.io/docs/templates/engine');
    }),
    build: goFunc(['string'], (key: string) => buildValue(ctx.data, key)),
    replace: goFunc(['string', 'string', 'int', 'string'], (o: string, n: string, c: number, src: string) => goReplace(src, o, n, c)),
    replace_all: goFunc(['string', 'string', 'string'], (o: string, n: string, src: string) => goReplace(src, o, n, -1)),
    upper: goFunc(['string'], (s: string) => s.toUpperCase()),
    lower: goFunc(['string'], (s: string) => s.toLowerCase()),
  };
}
