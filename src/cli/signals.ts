import { setMaxListeners } from 'node:events';
import type { Renderer } from '../ui/index.js';
import type { CliIo } from './io.js';

/**
 * Packer's handleTermInterrupt: the first SIGINT/SIGTERM cancels the run (cleanups still run and
 * the process waits for them). Packer ignores later signals silently; we say that we are still
 * cleaning up, so an impatient user knows the second Ctrl-C was heard.
 */
export function handleInterrupts(io: CliIo, ui: Renderer): { signal: AbortSignal; stop(): void } {
  const controller = new AbortController();
  // Every running step of every build listens on this one signal; dozens are expected.
  setMaxListeners(0, controller.signal);
  const stop = io.onSignal((name) => {
    if (!controller.signal.aborted) {
      ui.error(`Cancelling build after receiving ${name}`);
      controller.abort();
      return;
    }
    ui.error(`Received ${name} again: still cleaning up, waiting for the builds to stop.`);
  });
  return { signal: controller.signal, stop };
}
