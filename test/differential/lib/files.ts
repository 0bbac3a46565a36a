// The files a run created or changed (the harness's `.files` listing), described so that two
// tools can be compared: exact size and hash, except where the bytes are volatile by nature —
// archives are compared by decoded content, text files by their text with timestamps, UUIDs
// and the scratch path replaced as in run-golden.sh (manifests, `{{timestamp}}` output).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeArchive } from './archive.js';
import { readText, type Mode, type RunLocation } from './harness.js';

/** The harness's normalize(), for file contents, which the harness only lists by hash. */
export function normaliseText(s: string, workDirPattern: RegExp): string {
  return s
    .replace(workDirPattern, '<WORKDIR>')
    .replace(/^[0-9]{10},/gm, '<UNIX>,')
    .replace(/after [0-9]+ [a-z]+( [0-9]+ [a-z]+)?/g, 'after <DURATION>')
    .replace(/\/tmp\/packer-shell[0-9]+/g, '/tmp/packer-shell<N>')
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<UUID>')
    .replace(/[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})/g, '<RFC3339>')
    .replace(/\b1[6-9][0-9]{8}\b/g, '<UNIX>')
    .replace(/\b20[0-9]{2}-[0-9]{2}-[0-9]{2}\b/g, '<DATE>');
}

/** One line per file: `path mode content`, in the harness's (sorted) order. */
export function describeFiles(loc: RunLocation, mode: Mode, caseName: string, id: string): string[] {
  const listing = readText(join(loc.resultDir, `${mode}.files`));
  const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const workDirPattern = new RegExp(`(/[^\\s"'/]+)+/${esc(caseName)}/${esc(id)}/${mode}`, 'g');
  const out: string[] = [];
  for (const row of listing.split('\n')) {
    if (row === '') continue;
    const [path = '', size = '', fmode = '', hash = ''] = row.split('\t');
    if (path === 'DELETED') { out.push(row); continue; }
    const data = contentOf(loc, mode, path);
    if (data === undefined) { out.push(`${path}\tmode=${fmode}\tsize=${size}\tsha=${hash}`); continue; }
    const archive = safeArchive(data);
    if (archive !== undefined) { out.push(`${path}\tmode=${fmode}\t${archive}`); continue; }
    // Text is shown whole (readable diffs); bytes equal ⇔ texts equal, except the placeholders.
    const text = data.toString('utf8');
    if (!text.includes('\uFFFD') && !text.includes('\0')) out.push(`${path}\tmode=${fmode}\ttext:\n${normaliseText(text, workDirPattern)}`);
    else out.push(`${path}\tmode=${fmode}\tsize=${size}\tsha=${hash}`);
  }
  return out;
}

/** The harness's copy of a file (it keeps files < 64 KiB); larger ones are compared by hash. */
function contentOf(loc: RunLocation, mode: Mode, path: string): Buffer | undefined {
  const copy = join(loc.resultDir, `files-${mode}`, path);
  return existsSync(copy) ? readFileSync(copy) : undefined;
}

function safeArchive(data: Buffer): string | undefined {
  try {
    return describeArchive(data);
  } catch (e) {
    return `<undecodable archive: ${(e as Error).message}>`;
  }
}
