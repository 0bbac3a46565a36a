import type { Communicator, GeneratedData, Hook, Provisioner, Ui } from '../sdk/index.js';
import { HookCleanupProvision, HookProvision } from '../sdk/index.js';

/**
 * The hook the core gives a builder (Packer's DispatchHook + ProvisionHook): `packer_provision`
 * runs the build's provisioners in order, `packer_cleanup_provision` the error-cleanup
 * provisioner. The first failing provisioner's error fails the hook.
 */
export class ProvisionHook implements Hook {
  constructor(
    private readonly provisioners: Provisioner[],
    private readonly cleanupProvisioner?: Provisioner,
  ) {}

  async run(name: string, ui: Ui, comm: Communicator | undefined, data: unknown, signal: AbortSignal): Promise<void> {
    const list =
      name === HookProvision
        ? this.provisioners
        : name === HookCleanupProvision && this.cleanupProvisioner
          ? [this.cleanupProvisioner]
          : [];
    if (list.length === 0) return;
    if (!comm) {
      throw new Error(
        'No communicator found for provisioners! This is usually because the\n' +
          '`communicator` config was set to "none". If you have any provisioners\n' +
          'then a communicator is required. Please fix this to continue.',
      );
    }
    const generated = toGeneratedData(data);
    for (const p of list) await p.provision(signal, ui, comm, generated);
  }
}

function toGeneratedData(data: unknown): GeneratedData {
  if (data !== null && typeof data === 'object' && !Array.isArray(data)) return { ...(data as Record<string, unknown>) };
  return {};
}
