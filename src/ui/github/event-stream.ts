import type { EngineEvent } from '../events.js';
import { decodeEvent } from './decode-event.js';

/**
 * The event stream file between the engine child and the action's steps: JSON Lines, one
 * EngineEvent per line, `time` as ISO-8601 (JSON.stringify's Date form). JSON escapes every
 * `\n` and `\r` inside strings, so a line is always one event.
 */
export function encodeEvent(e: EngineEvent): string {
  return `${JSON.stringify(e)}\n`;
}

/**
 * Events of the complete lines of `text`; `rest` is an unfinished last line (the writer is still
 * writing it), to be prefixed to the next chunk read. Blank lines are skipped. The file is written
 * by another process, so every line is validated; a bad one throws an Error naming its line
 * number (counted from the start of `text`) and what is wrong.
 */
export function decodeEvents(text: string): { events: EngineEvent[]; rest: string } {
  const end = text.lastIndexOf('\n');
  const rest = text.slice(end + 1);
  const events: EngineEvent[] = [];
  if (end < 0) return { events, rest };
  const lines = text.slice(0, end).split('\n');
  lines.forEach((raw, i) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      throw new Error(`event stream line ${i + 1}: not JSON: ${(e as Error).message}`);
    }
    try {
      events.push(decodeEvent(value));
    } catch (e) {
      throw new Error(`event stream line ${i + 1}: ${(e as Error).message}`);
    }
  });
  return { events, rest };
}
