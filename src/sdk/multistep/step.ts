import type { StateBag } from './state-bag.js';

export enum StepAction {
  Continue = 'continue',
  Halt = 'halt',
}

/**
 * One step of a build (packer-plugin-sdk `multistep.Step`). `run` returns Halt after putting an
 * error in the bag (`StateError`); `cleanup` runs for every step whose `run` was entered, in
 * reverse order, whether the run succeeded, halted or was cancelled.
 */
export interface Step {
  /** Shown by the debug pause: `Pausing after run of step '<name>'`. */
  readonly name: string;
  run(signal: AbortSignal, state: StateBag): Promise<StepAction>;
  cleanup?(state: StateBag): Promise<void>;
}
