/**
 * GITHUB_OUTPUT / GITHUB_STATE / GITHUB_ENV as the runner reads them after a step
 * (actions/runner SetEnvFileCommand / SetOutputFileCommand): `name=value` lines, or
 * `name<<DELIM` … `DELIM` heredocs; whichever of `=` and `<<` comes first decides. A later
 * entry overrides an earlier one. A heredoc without its closing delimiter fails the step.
 */
import { existsSync, readFileSync } from 'node:fs';

export class FileCommandError extends Error {}

export function parseFileCommands(text: string, file = 'file command'): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const eq = line.indexOf('=');
    const hd = line.indexOf('<<');
    if (eq >= 0 && (hd < 0 || eq < hd)) {
      if (eq === 0) throw new FileCommandError(`${file} line ${i + 1}: empty name in "${line}"`);
      out[line.slice(0, eq)] = line.slice(eq + 1);
      continue;
    }
    if (hd <= 0) throw new FileCommandError(`${file} line ${i + 1}: neither name=value nor name<<DELIM: "${line}"`);
    const name = line.slice(0, hd);
    const delim = line.slice(hd + 2);
    if (delim === '') throw new FileCommandError(`${file} line ${i + 1}: empty heredoc delimiter for ${name}`);
    const value: string[] = [];
    let closed = false;
    for (i++; i < lines.length; i++) {
      if (lines[i] === delim) {
        closed = true;
        break;
      }
      value.push(lines[i]!);
    }
    if (!closed) throw new FileCommandError(`${file}: heredoc for ${name} has no closing ${delim}`);
    out[name] = value.join('\n');
  }
  return out;
}

export function readFileCommands(path: string): Record<string, string> {
  return existsSync(path) ? parseFileCommands(readFileSync(path, 'utf8'), path) : {};
}
