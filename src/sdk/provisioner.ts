import type { Communicator } from './communicator.js';
import type { RawConfig } from './raw-config.js';
import type { Ui } from './ui.js';

/** Generated data a provisioner receives: the builder's values by name (`ID`, `Host`, …). */
export type GeneratedData = Record<string, unknown>;

/**
 * Changes the machine during a build. Mirrors packer-plugin-sdk `packer.Provisioner`: `prepare`
 * as for builders (no side effects, errors name the key); `provision` runs against the builder's
 * communicator, which is undefined when the builder uses `communicator: none`.
 */
export interface Provisioner {
  prepare(...raws: RawConfig[]): Promise<void>;
  provision(signal: AbortSignal, ui: Ui, comm: Communicator | undefined, generatedData: GeneratedData): Promise<void>;
}
