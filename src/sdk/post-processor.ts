import type { Artifact } from './artifact.js';
import type { RawConfig } from './raw-config.js';
import type { Ui } from './ui.js';

export interface PostProcessResult {
  /**
   * Undefined: no artifact (a Go plugin's nil). Packer then halts this chain without keeping or
   * destroying the input ("Nil artifact, halting post-processor chain.").
   */
  artifact: Artifact | undefined;
  /** Whether the input artifact should be kept (the user's `keep_input_artifact` may override). */
  keep: boolean;
  /** When true, `keep` wins over the user's `keep_input_artifact`. */
  forceOverride: boolean;
}

/** Turns one artifact into another. Mirrors packer-plugin-sdk `packer.PostProcessor`. */
export interface PostProcessor {
  configure(...raws: RawConfig[]): Promise<void>;
  postProcess(signal: AbortSignal, ui: Ui, artifact: Artifact): Promise<PostProcessResult>;
}
