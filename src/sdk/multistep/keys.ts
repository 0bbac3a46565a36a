import type { Communicator } from '../communicator.js';
import type { Hook } from '../hook.js';
import type { Ui } from '../ui.js';
import { StateKey } from './state-bag.js';

/** The well-known keys, with the names Packer's steps use. */
export const StateError = new StateKey<Error>('error');
export const StateCancelled = new StateKey<boolean>('cancelled');
export const StateHalted = new StateKey<boolean>('halted');
export const StateUi = new StateKey<Ui>('ui');
export const StateHook = new StateKey<Hook>('hook');
export const StateCommunicator = new StateKey<Communicator>('communicator');
export const StateGeneratedData = new StateKey<Record<string, unknown>>('generated_data');
