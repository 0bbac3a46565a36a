import type { Artifact, PostProcessor, PostProcessResult, RawConfig, Ui } from '../../../sdk/index.js';
import { decodeShellLocal, type ShellLocalConfig } from '../../common/shell-local/config.js';
import { runShellLocal } from '../../common/shell-local/run.js';

/** packer `post-processor/shell-local`: the shell-local provisioner, run on the build's artifact. */
export class ShellLocalPostProcessor implements PostProcessor {
  private config?: ShellLocalConfig;

  async configure(...raws: RawConfig[]): Promise<void> {
    const config = decodeShellLocal(raws);
    // Before the post-processor and provisioner were merged, execute_command was one string run by `sh -c`.
    if (config.executeCommand.length === 1) config.executeCommand = ['sh', '-c', config.executeCommand[0]!];
    this.config = config;
  }

  async postProcess(signal: AbortSignal, ui: Ui, artifact: Artifact): Promise<PostProcessResult> {
    if (!this.config) throw new Error('shell-local: postProcess called before configure');
    const generated = (artifact.state('generated_data') ?? {}) as Record<string, unknown>;
    await runShellLocal(signal, ui, this.config, generated);
    // The input passes through: deleting it would leave nothing to pass on.
    return { artifact, keep: true, forceOverride: true };
  }
}
