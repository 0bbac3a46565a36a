/** The plugin process went away while a call to it was in flight. */
export class PluginExitedError extends Error {
  override readonly name = 'PluginExitedError';
  constructor(readonly plugin: string, readonly reason: string, readonly method: string) {
    super(`plugin ${plugin} ${/^killed\b/.test(reason) ? `was ${reason}` : reason} during ${method}`);
  }
}

/**
 * A post-processor answered without error and without an artifact: Packer halts the chain
 * ("Nil artifact, halting post-processor chain.") and keeps the input. The sdk's
 * PostProcessResult cannot say "no artifact", so the adapter throws this instead.
 */
export class NoArtifactError extends Error {
  override readonly name = 'NoArtifactError';
  constructor(readonly plugin: string) {
    super(`post-processor plugin ${plugin} returned no artifact`);
  }
}
