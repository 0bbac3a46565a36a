import { createWriteStream } from 'node:fs';
import { mkdir, open } from 'node:fs/promises';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import type { Client } from 'ssh2';
import { isExcluded } from './exclude.js';
import { writeAll } from './reader.js';
import { checkStatus, scpSession } from './scp-session.js';

/** Go's strconv.Quote, enough for paths. */
const goQuote = (s: string): string => JSON.stringify(s);

/** scp -vf: one remote file into `output`. */
export function scpDownload(client: Client, path: string, output: Writable): Promise<void> {
  const command = path.includes(' ') ? `scp -vf ${goQuote(path)}` : `scp -vf ${path}`;
  return scpSession(client, command, async (w, r) => {
    await writeAll(w, '\x00');
    const fi = await r.readLine();
    switch (fi[0]) {
      case '\x01':
      case '\x02':
        throw new Error(fi.slice(1)); // with its newline, as packer reports it
      case 'C':
        break;
      case 'D':
        throw new Error('remote file is directory');
      default:
        throw new Error(`unexpected server response (${fi.charCodeAt(0).toString(16)})`);
    }
    const m = /^C(\S{1,5})\s+(-?\d+)\s/.exec(fi);
    if (!m) throw new Error(`can't parse server response (${fi})`);
    const size = Number(m[2]);
    if (size < 0) throw new Error('negative file size');
    await writeAll(w, '\x00');
    await r.copyN(output, size);
    await writeAll(w, '\x00');
    await checkStatus(r);
  });
}

/** scp -vrf src: the remote directory, created by its name inside the local `dst`. */
export function scpDownloadDir(client: Client, src: string, dst: string, exclude: string[]): Promise<void> {
  return scpSession(client, `scp -vrf ${src}`, async (w, r) => {
    const stack = [dst];
    const rels: string[] = [];
    const skipped: boolean[] = [];
    for (;;) {
      await writeAll(w, '\x00');
      const fi = await r.readLine();
      if (fi.length === 0) throw new Error('empty response from server');
      const kind = fi[0];
      if (kind === '\x01' || kind === '\x02') throw new Error(fi.slice(1));
      if (kind === 'E') {
        stack.pop();
        rels.pop();
        skipped.pop();
        if (stack.length === 0) {
          await writeAll(w, '\x00');
          return;
        }
        continue;
      }
      if (kind !== 'C' && kind !== 'D') throw new Error(`unexpected server response (${fi.charCodeAt(0).toString(16)})`);
      const m = /^[CD]([0-7]+) (\d+) (\S+)/.exec(fi);
      if (!m) throw new Error(`can't parse server response (${fi})`);
      const mode = parseInt(m[1]!, 8);
      const size = Number(m[2]);
      const name = m[3]!;
      const dir = join(...stack);
      // The top directory is the one asked for: excludes apply below it.
      const rel = [...rels.slice(1), name].join('/');
      const skip = skipped.includes(true) || (rels.length > 0 && isExcluded(rel, exclude));
      if (kind === 'D') {
        if (!skip) await mkdir(join(dir, name), { recursive: true, mode });
        stack.push(name);
        rels.push(name);
        skipped.push(skip);
        continue;
      }
      await writeAll(w, '\x00');
      if (skip) await r.copyN(devNull(), size);
      else {
        const f = await open(join(dir, name), 'w', mode);
        const out = f.createWriteStream();
        try {
          await r.copyN(out, size);
        } finally {
          await new Promise((res) => out.end(res));
        }
      }
      await checkStatus(r);
    }
  });
}

function devNull(): Writable {
  return createWriteStream('/dev/null');
}
