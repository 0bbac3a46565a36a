/** The plugin process went away while a call to it was in flight. */
export class PluginExitedError extends Error {
  override readonly name = 'PluginExitedError';
  constructor(readonly plugin: string, readonly reason: string, readonly method: string) {
    super(`plugin ${plugin} ${/^killed\b/.test(reason) ? `was ${reason}` : reason} during ${method}`);
  }
}
