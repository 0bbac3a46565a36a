import { Writable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import type { Communicator, Ui } from '../../../sdk/index.js';
import { OutputLines } from '../../common/output-lines.js';

/** Go's context.Canceled text, which Packer reports when a command is cut short. */
export const contextCanceled = 'context canceled';

/**
 * packer-plugin-sdk `RemoteCmd.RunWithUi`: runs `command` and shows each stdout line as a message
 * and each stderr line as an error, as they come. Resolves with the exit status; rejects with the
 * communicator's start error, or `context canceled` as soon as `signal` aborts.
 */
export async function runWithUi(comm: Communicator, command: string, ui: Ui, signal: AbortSignal): Promise<number> {
  if (signal.aborted) throw new Error(contextCanceled);
  const out = new OutputLines((l) => ui.message(l));
  const err = new OutputLines((l) => ui.error(l));
  const stdout = lineSink(out);
  const stderr = lineSink(err);
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_resolve, reject) => {
    onAbort = () => reject(new Error(contextCanceled));
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    const { exitStatus } = await Promise.race([comm.start({ command, stdout, stderr }, signal), aborted]);
    out.end();
    err.end();
    return exitStatus;
  } finally {
    signal.removeEventListener('abort', onAbort!);
  }
}

function lineSink(lines: OutputLines): Writable {
  const decoder = new StringDecoder('utf8');
  return new Writable({
    write(chunk: Buffer | string, _enc, cb) {
      lines.write(typeof chunk === 'string' ? chunk : decoder.write(chunk));
      cb();
    },
  });
}
