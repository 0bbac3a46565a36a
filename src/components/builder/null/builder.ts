import {
  CancelledError,
  type Artifact,
  type Builder,
  type BuilderPrepareResult,
  type Hook,
  type RawConfig,
  type Ui,
} from '../../../sdk/index.js';
import {
  StateBag,
  StateError,
  StateGeneratedData,
  StateHook,
  StateUi,
} from '../../../sdk/multistep/index.js';
import { StateInstanceId } from '../../common/steps/provision-hook-data.js';
import { newRunner } from '../../common/steps/runner.js';
import { StepProvision } from '../../common/steps/step-provision.js';
import { NullArtifact } from './artifact.js';
import { prepareNullConfig, type NullConfig } from './config.js';
import { StepConnect } from './step-connect.js';

/** packer `builder/null`: connects (or not) and runs the provisioners; makes nothing. */
export class NullBuilder implements Builder {
  private config?: NullConfig;

  async prepare(...raws: RawConfig[]): Promise<BuilderPrepareResult> {
    this.config = await prepareNullConfig(raws);
    return { generatedVars: [], warnings: [] };
  }

  async run(signal: AbortSignal, ui: Ui, hook: Hook): Promise<Artifact | undefined> {
    if (!this.config) throw new Error('null builder: run called before prepare');
    const state = new StateBag();
    state.put(StateHook, hook);
    state.put(StateUi, ui);
    state.put(StateInstanceId, 'Null');
    const steps = [new StepConnect(this.config.comm), new StepProvision()];
    await newRunner(steps, this.config.packer, ui).run(signal, state);
    const err = state.get(StateError);
    if (err) throw err;
    if (signal.aborted) throw new CancelledError();
    return new NullArtifact(state.get(StateGeneratedData) ?? {});
  }
}
