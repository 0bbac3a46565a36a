import type { Artifact } from './artifact.js';
import type { Hook } from './hook.js';
import type { RawConfig } from './raw-config.js';
import type { Ui } from './ui.js';

export interface BuilderPrepareResult {
  /** Names of the generated-data keys this builder will provide (for `{{ build `Name` }}`). */
  generatedVars: string[];
  /** Shown as `Warning when preparing build`; never fail the build. */
  warnings: string[];
}

/**
 * Makes a machine image. Mirrors packer-plugin-sdk `packer.Builder`.
 *
 * - `prepare` receives several raw configs; later ones win key by key (the template's config, then
 *   the core's `packer_*` settings, see packer-config.ts). It validates and interpolates, has no side
 *   effects, and rejects with a `MultiError` naming every bad key.
 * - `run` builds. It fires `packer_provision` through `hook` once the machine is reachable,
 *   honours `signal` (cleanup still runs), and resolves to the artifact, or undefined when the
 *   builder produces nothing.
 */
export interface Builder {
  prepare(...raws: RawConfig[]): Promise<BuilderPrepareResult>;
  run(signal: AbortSignal, ui: Ui, hook: Hook): Promise<Artifact | undefined>;
}
