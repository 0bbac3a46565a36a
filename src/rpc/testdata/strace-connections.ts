import { readFileSync } from 'node:fs';

/**
 * Rebuilds the byte streams of every unix-socket connection in an
 * `strace -f -yy -xx` capture (see /work/shared/protocol/TRACES.md): one entry per
 * direction, keyed `writerInode->readerInode`, bytes in write order.
 */
export function straceConnections(path: string): Map<string, Buffer> {
  const WRITE = /^(\d+) +\S+ write\(\d+<UNIX-STREAM:\[(\d+)->(\d+)[^>]*>, "((?:\\x[0-9a-f]{2})*)", \d+(.*)$/;
  const RESUMED = /^(\d+) +\S+ <\.\.\. write resumed>\) = (-?\d+)/;
  const parts = new Map<string, Array<{ data: Buffer; written: number }>>();
  const pending = new Map<string, { data: Buffer; written: number }>();
  for (const line of readFileSync(path, 'latin1').split('\n')) {
    const resumed = RESUMED.exec(line);
    if (resumed) {
      const slot = pending.get(resumed[1] as string);
      pending.delete(resumed[1] as string);
      if (slot) slot.written = Number(resumed[2]);
      continue;
    }
    const m = WRITE.exec(line);
    if (!m) continue;
    const [, pid, from, to, hex, rest] = m as unknown as [string, string, string, string, string, string];
    const data = Buffer.from(hex.replace(/\\x/g, ''), 'hex');
    const slot = { data, written: 0 };
    const key = `${from}->${to}`;
    if (!parts.has(key)) parts.set(key, []);
    parts.get(key)?.push(slot);
    const ret = /\) = (-?\d+)/.exec(rest);
    if (ret) slot.written = Number(ret[1]);
    else if (rest.includes('<unfinished ...>')) pending.set(pid, slot);
  }
  const out = new Map<string, Buffer>();
  for (const [key, slots] of parts) {
    out.set(key, Buffer.concat(slots.filter((s) => s.written > 0).map((s) => s.data.subarray(0, s.written))));
  }
  return out;
}
