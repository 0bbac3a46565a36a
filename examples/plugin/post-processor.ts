import { writeFile } from 'node:fs/promises';
import { decodeConfig, defineSpec, MultiError } from '../../src/sdk/index.js';
import type { Artifact, PostProcessor, PostProcessResult, RawConfig, Ui } from '../../src/sdk/index.js';
import { TsDemoArtifact } from './artifact.js';

const spec = defineSpec({ output: { kind: 'string', default: '' } });

/** Writes a JSON summary of its input artifact and returns it as a new artifact with state. */
export class TsDemoPostProcessor implements PostProcessor {
  private output = '';

  async configure(...raws: RawConfig[]): Promise<void> {
    const { config, errors } = decodeConfig(spec, raws);
    if (config.output === '') errors.push(new Error('output must be set'));
    MultiError.throwIfAny(errors);
    this.output = config.output;
  }

  async postProcess(_signal: AbortSignal, ui: Ui, input: Artifact): Promise<PostProcessResult> {
    const summary = { builder_id: input.builderId(), id: input.id(), files: input.files(), string: input.string() };
    ui.say(`Summarising ${summary.builder_id} artifact into ${this.output}`);
    await writeFile(this.output, `${JSON.stringify(summary)}\n`);
    const state = { generated_data: input.state('generated_data'), 'tsdemo.summary': summary };
    return { artifact: new TsDemoArtifact(`summary-of-${input.id()}`, 'tsdemo.post-processor', this.output, state), keep: true, forceOverride: false };
  }
}
