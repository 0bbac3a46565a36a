import { promises as fs } from 'node:fs';
import type { EngineEvent } from '../ui/events.js';
import { decodeEvents } from '../ui/github/index.js';

/**
 * Follows the engine's events file. Only whole lines are consumed, cut at the last newline byte
 * (never inside a UTF-8 sequence), so `offset` always points at the start of an unread event and
 * the post step can resume exactly there.
 */
export class EventTail {
  constructor(
    readonly file: string,
    public offset = 0,
  ) {}

  /** Every complete event written since the last call. A missing file has no events yet. */
  async read(): Promise<EngineEvent[]> {
    return this.readUpTo(Number.MAX_SAFE_INTEGER);
  }

  /** The complete events that end by byte `limit` (main saves offsets at line ends). */
  async readUpTo(limit: number): Promise<EngineEvent[]> {
    let buf: Buffer;
    try {
      const fh = await fs.open(this.file, 'r');
      try {
        const { size } = await fh.stat();
        const end = Math.min(size, limit);
        if (end <= this.offset) return [];
        buf = Buffer.alloc(end - this.offset);
        const { bytesRead } = await fh.read(buf, 0, buf.length, this.offset);
        buf = buf.subarray(0, bytesRead);
      } finally {
        await fh.close();
      }
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw e;
    }
    const end = buf.lastIndexOf(0x0a);
    if (end < 0) return [];
    const { events } = decodeEvents(buf.subarray(0, end + 1).toString('utf8'));
    this.offset += end + 1;
    return events;
  }
}
