export { StateBag, StateKey } from './state-bag.js';
export { StepAction, type Step } from './step.js';
export { BasicRunner, type DebugPause } from './basic-runner.js';
export * from './keys.js';
