import { CancelledError, HookCleanupProvision, HookProvision } from '../../../sdk/index.js';
import {
  StateCommunicator,
  StateError,
  StateGeneratedData,
  StateHook,
  StateUi,
  StepAction,
  type StateBag,
  type Step,
} from '../../../sdk/multistep/index.js';
import { populateProvisionHookData } from './provision-hook-data.js';

/**
 * packer-plugin-sdk `commonsteps.StepProvision`: fires `packer_provision` with the generated
 * data; when the build had an error, its cleanup fires `packer_cleanup_provision`.
 */
export class StepProvision implements Step {
  readonly name = 'StepProvision';

  async run(signal: AbortSignal, state: StateBag): Promise<StepAction> {
    return this.runWithHook(signal, state, HookProvision);
  }

  async cleanup(state: StateBag): Promise<void> {
    if (!state.has(StateError)) return;
    await this.runWithHook(new AbortController().signal, state, HookCleanupProvision);
  }

  private async runWithHook(signal: AbortSignal, state: StateBag, hookType: string): Promise<StepAction> {
    const hook = state.require(StateHook);
    const ui = state.require(StateUi);
    const data = populateProvisionHookData(state);
    // Post-processors see the complete data too.
    state.put(StateGeneratedData, data);
    if (hookType === HookCleanupProvision) {
      ui.say('Provisioning step had errors: Running the cleanup provisioner, if present...');
    }
    try {
      await hook.run(hookType, ui, state.get(StateCommunicator), data, signal);
      return StepAction.Continue;
    } catch (e) {
      const err = e instanceof Error ? e : new Error(String(e));
      if (hookType === HookProvision) state.put(StateError, signal.aborted ? new CancelledError() : err);
      else {
        const orig = state.get(StateError);
        state.put(StateError, new Error(`Cleanup failed: ${err.message}. Original Provisioning error: ${orig?.message}`));
      }
      return StepAction.Halt;
    }
  }
}
