import type { StateBag } from './state-bag.js';
import { StateCancelled, StateHalted } from './keys.js';
import { StepAction, type Step } from './step.js';

/** Called between steps in debug mode; resolves when the user lets the build go on. */
export type DebugPause = (stepName: string, state: StateBag) => Promise<void>;

/**
 * Runs steps in order and then every entered step's cleanup in reverse
 * (packer-plugin-sdk `multistep.BasicRunner`). A halted step or an aborted signal stops the
 * forward run; cleanups always run, and a failing cleanup does not stop the others.
 */
export class BasicRunner {
  constructor(
    private readonly steps: Step[],
    private readonly debugPause?: DebugPause,
  ) {}

  async run(signal: AbortSignal, state: StateBag): Promise<void> {
    const entered: Step[] = [];
    try {
      for (const step of this.steps) {
        if (signal.aborted) {
          state.put(StateCancelled, true);
          break;
        }
        entered.push(step);
        const action = await step.run(signal, state);
        if (signal.aborted) state.put(StateCancelled, true);
        if (action === StepAction.Halt) {
          state.put(StateHalted, true);
          break;
        }
        if (this.debugPause) await this.debugPause(step.name, state);
      }
    } finally {
      for (const step of entered.reverse()) {
        try {
          await step.cleanup?.(state);
        } catch {
          // A cleanup must not mask the build's outcome nor skip the cleanups before it.
        }
      }
    }
  }
}
