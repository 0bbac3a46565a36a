import type { Ui } from '../../../sdk/index.js';
import {
  StateCancelled,
  StateError,
  StateHalted,
  StateKey,
  StepAction,
  type StateBag,
  type Step,
} from '../../../sdk/multistep/index.js';

const StateAborted = new StateKey<boolean>('aborted');
const StateAbortLogged = new StateKey<boolean>('abort_step_logged');

/**
 * packer-plugin-sdk `handleAbortsAndInterupts`: on a halted or cancelled build, logs the error
 * once and says the cleanup is skipped. Returns whether the step's cleanup should still run.
 */
function handleAborts(state: StateBag, ui: Ui, stepName: string): boolean {
  const logged = state.get(StateAbortLogged) === true;
  const err = state.get(StateError);
  if (err && !logged) {
    ui.error(err.message);
    state.put(StateAbortLogged, true);
  }
  const reason = state.has(StateCancelled) ? 'Interrupted, aborting...' : state.has(StateHalted) ? `Step "${stepName}" failed, aborting...` : undefined;
  if (reason === undefined) return true;
  if (!logged) {
    ui.error(reason);
    state.put(StateAbortLogged, true);
  } else {
    ui.error(`aborted: skipping cleanup of step "${stepName}"`);
  }
  return false;
}

/** `-on-error=abort` / `run-cleanup-provisioner`: keep what failed, for inspection. */
export function abortStep(step: Step, ui: Ui, cleanupProvisioner: boolean): Step {
  return {
    name: step.name,
    run: (signal, state) => step.run(signal, state),
    async cleanup(state) {
      if (step.name === 'StepProvision' && cleanupProvisioner) return step.cleanup?.(state);
      if (!handleAborts(state, ui, step.name)) return;
      await step.cleanup?.(state);
    },
  };
}

const askQuestion =
  '[c] Clean up and exit, [a] abort without cleanup, or [r] retry step (build may fail even if retry succeeds)?';

/** `-on-error=ask`: after a failed step, ask whether to clean up, abort or retry it. */
export function askStep(step: Step, ui: Ui): Step {
  return {
    name: step.name,
    async run(signal, state) {
      for (;;) {
        const action = await step.run(signal, state);
        if (action !== StepAction.Halt) return action;
        const err = state.get(StateError);
        if (err) ui.error(err.message);
        ui.say(`Step "${step.name}" failed`);
        const answer = signal.aborted ? 'c' : await askPrompt(ui);
        if (answer === 'a') state.put(StateAborted, true);
        if (answer !== 'r') return action;
      }
    },
    async cleanup(state) {
      if (state.has(StateAborted) && !handleAborts(state, ui, step.name)) return;
      await step.cleanup?.(state);
    },
  };
}

async function askPrompt(ui: Ui): Promise<'c' | 'a' | 'r'> {
  for (;;) {
    // An Ask that fails (no terminal) reads as an empty line, which means clean up.
    const line = await ui.ask(askQuestion).catch(() => '');
    const c = (line.toLowerCase() + 'c')[0];
    if (c === 'c' || c === 'a' || c === 'r') return c;
    ui.say(`Incorrect input: ${JSON.stringify(line)}`);
  }
}
