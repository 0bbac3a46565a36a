import type { PackerConfig, Ui } from '../../../sdk/index.js';
import { BasicRunner, type Step } from '../../../sdk/multistep/index.js';
import { abortStep, askStep } from './on-error.js';

/**
 * packer-plugin-sdk `commonsteps.NewRunner`: a BasicRunner whose steps follow `-on-error`, and
 * that, with `-debug`, asks before going on after each step (an Ask that fails, e.g. without a
 * terminal, just lets the build go on).
 */
export function newRunner(given: Step[], packer: PackerConfig, ui: Ui): BasicRunner {
  let steps = given;
  if (packer.onError === 'abort') steps = given.map((s) => abortStep(s, ui, false));
  else if (packer.onError === 'run-cleanup-provisioner') steps = given.map((s) => abortStep(s, ui, true));
  else if (packer.onError === 'ask') steps = given.map((s) => askStep(s, ui));
  if (!packer.debug) return new BasicRunner(steps);
  return new BasicRunner(steps, async (name) => {
    try {
      await ui.ask(`Pausing after run of step '${name}'. Press enter to continue.`);
    } catch {
      // Packer logs the error and continues.
    }
  });
}
