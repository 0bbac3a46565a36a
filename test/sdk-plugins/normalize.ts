import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * What differs between two runs of the same template by nature, not by core: the working
 * directory, durations, random temp-file suffixes, run UUIDs and timestamps.
 */
export function normalize(text: string, dir: string): string {
  return text
    .split(dir)
    .join('<dir>')
    .replace(/after \d+ [a-z]+( \d+ [a-z]+)*/g, 'after <D>')
    .replace(/(packer-shell|ansible-local|script_)\d+/g, '$1<N>')
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<uuid>')
    .replace(/"build_time": \d+/g, '"build_time": 0');
}

/**
 * Packer 1.6.6's Ui.Message prints `    <build>: …`; Packer ≥ 1.10 prints it like Say, `==> <build>: …`
 * (OBSERVED.md). To compare whole outputs, image-build's text is seen the modern way.
 */
export function messagesAsSay(text: string): string {
  return text.replace(/^ {4}([^\s:]+): /gm, '==> $1: ');
}

/** Every file under dir's subdirectories `under` (relative path → normalized text). */
export function tree(dir: string, under: string[]): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (path: string): void => {
    for (const name of readdirSync(path)) {
      const child = join(path, name);
      if (statSync(child).isDirectory()) walk(child);
      else files[normalize(relative(dir, child), dir)] = normalize(readFileSync(child, 'utf8'), dir);
    }
  };
  for (const sub of under) if (existsSync(join(dir, sub))) walk(join(dir, sub));
  return files;
}

/** `-machine-readable` lines of one kind (`artifact`, `artifact-count`) without their timestamps. */
export function machineLines(stdout: string, dir: string, ...types: string[]): string[] {
  return normalize(stdout, dir)
    .split('\n')
    .map((line) => line.replace(/^\d+,/, ''))
    .filter((line) => types.includes(line.split(',')[1] ?? ''));
}
