import { appendFileSync } from 'node:fs';
import type { LogSink } from './stderr-log.js';

/** Packer's rule: PACKER_LOG set to anything but "" or "0" turns the log on. */
export function packerLogEnabled(env: Record<string, string | undefined>): boolean {
  const v = env['PACKER_LOG'];
  return v !== undefined && v !== '' && v !== '0';
}

/**
 * The PACKER_LOG sink: Go `log` lines (`2006/01/02 15:04:05 message`) to PACKER_LOG_PATH when
 * set, else to `stderr`; undefined when logging is off, so callers skip formatting altogether.
 */
export function packerLogSink(env: Record<string, string | undefined>, stderr: (s: string) => void): LogSink | undefined {
  if (!packerLogEnabled(env)) return undefined;
  const file = env['PACKER_LOG_PATH'];
  const write = file
    ? (s: string): void => {
        try {
          appendFileSync(file, s);
        } catch {
          stderr(s); // an unwritable log path must not break the build
        }
      }
    : stderr;
  return (message) => write(`${goLogTime(new Date())} ${message}\n`);
}

function goLogTime(d: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}/${p(d.getMonth() + 1)}/${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}
