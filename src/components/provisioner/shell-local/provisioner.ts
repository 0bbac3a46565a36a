import type { Communicator, GeneratedData, Provisioner, RawConfig, Ui } from '../../../sdk/index.js';
import { decodeShellLocal, type ShellLocalConfig } from '../../common/shell-local/config.js';
import { runShellLocal } from '../../common/shell-local/run.js';

/** packer `provisioner/shell-local`: runs scripts on the machine running the build. */
export class ShellLocalProvisioner implements Provisioner {
  private config?: ShellLocalConfig;

  async prepare(...raws: RawConfig[]): Promise<void> {
    this.config = decodeShellLocal(raws);
  }

  async provision(signal: AbortSignal, ui: Ui, _comm: Communicator | undefined, data: GeneratedData): Promise<void> {
    if (!this.config) throw new Error('shell-local: provision called before prepare');
    await runShellLocal(signal, ui, this.config, data);
  }
}
