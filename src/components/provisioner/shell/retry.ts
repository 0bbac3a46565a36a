/**
 * packer-plugin-sdk `retry.Config{StartTimeout}.Run`: calls `fn` until it succeeds, waiting
 * `delayMs` (Packer: 2s) after each failure, and gives up with the last error once `startTimeoutMs`
 * has passed (0 = never) or `signal` aborts. Unlike Packer's, the wait itself is cut short by the
 * signal, so a provisioner `timeout` ends it on time.
 */
export async function retryRun(
  signal: AbortSignal,
  startTimeoutMs: number,
  fn: () => Promise<void>,
  delayMs = 2000,
): Promise<void> {
  const deadline = startTimeoutMs > 0 ? Date.now() + startTimeoutMs : Infinity;
  for (;;) {
    try {
      return await fn();
    } catch (err) {
      if (signal.aborted || Date.now() >= deadline) throw err;
      if (!(await wait(delayMs, signal))) throw err;
    }
  }
}

/** Resolves true after `ms`, false as soon as `signal` aborts. */
function wait(ms: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    const onAbort = (): void => {
      clearTimeout(t);
      resolve(false);
    };
    const t = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
