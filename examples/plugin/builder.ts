import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { LocalCommunicator } from '../../src/communicator/index.js';
import { CancelledError, HookProvision, MultiError, decodeConfig, defineSpec } from '../../src/sdk/index.js';
import type { Artifact, Builder, BuilderPrepareResult, Hook, RawConfig, Ui } from '../../src/sdk/index.js';
import { TsDemoArtifact } from './artifact.js';

const spec = defineSpec({
  output: { kind: 'string', default: '' },
  content: { kind: 'string', default: 'made by a TypeScript builder\n' },
  /** Time the "machine" stays up after provisioning (lets a test cancel mid-Run). */
  linger: { kind: 'duration', default: 0 },
});

/**
 * Writes `output`, then fires the provision hook with a local communicator, so that any
 * provisioner (ours or Packer's own shell, file, shell-local) runs on this machine. Cancelled,
 * it removes what it made: the cleanup a cloud builder does with its instance.
 */
export class TsDemoBuilder implements Builder {
  private config?: { output: string; content: string; linger: number };

  async prepare(...raws: RawConfig[]): Promise<BuilderPrepareResult> {
    const { config, errors } = decodeConfig(spec, raws);
    if (config.output === '') errors.push(new Error('output must be set to the file the builder writes'));
    MultiError.throwIfAny(errors);
    this.config = config;
    const warnings = config.content === '' ? ['content is empty: output will be an empty file'] : [];
    return { generatedVars: ['TsDemoOutput'], warnings };
  }

  async run(signal: AbortSignal, ui: Ui, hook: Hook): Promise<Artifact | undefined> {
    if (!this.config) throw new Error('tsdemo builder: run called before prepare');
    const { output, content, linger } = this.config;
    const data = { ID: 'tsdemo', PackerRunUUID: process.env['PACKER_RUN_UUID'] ?? '', TsDemoOutput: output };
    try {
      ui.say(`Writing ${output}`);
      await mkdir(dirname(output), { recursive: true });
      await writeFile(output, content);
      await hook.run(HookProvision, ui, new LocalCommunicator(), data, signal);
      if (linger > 0) {
        ui.say(`Lingering for ${linger} ms`);
        await sleep(linger, undefined, { signal });
      }
    } catch (err) {
      if (!signal.aborted) throw err;
      ui.say(`Cancelled: removing ${output}`);
      await rm(output, { force: true });
      throw new CancelledError();
    }
    return new TsDemoArtifact('tsdemo', 'tsdemo.builder', output, { generated_data: data });
  }
}
