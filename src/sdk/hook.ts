import type { Communicator } from './communicator.js';
import type { Ui } from './ui.js';

/** Hook names a builder fires; the core attaches the provisioners to the first. */
export const HookProvision = 'packer_provision';
export const HookCleanupProvision = 'packer_cleanup_provision';

/**
 * Called by a builder at well-known points of its Run. Mirrors packer-plugin-sdk `packer.Hook`:
 * `data` is the builder's generated data (a record of names to values) for `packer_provision`.
 * Rejects with the provisioner's error; the builder then halts and cleans up.
 */
export interface Hook {
  run(name: string, ui: Ui, comm: Communicator | undefined, data: unknown, signal: AbortSignal): Promise<void>;
}
