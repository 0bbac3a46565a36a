import { NoneCommunicator } from '../../../communicator/index.js';
import { StateCommunicator, StateError, StepAction, type StateBag, type Step } from '../../../sdk/multistep/index.js';
import type { CommunicatorConfig } from '../../common/communicator-config.js';

/**
 * Connects to the machine (packer `communicator.StepConnect`). `none` connects to nothing and
 * gives provisioners the none communicator; the others are not built in yet, and say so instead
 * of pretending to connect.
 */
export class StepConnect implements Step {
  readonly name = 'StepConnect';

  constructor(private readonly comm: CommunicatorConfig) {}

  async run(_signal: AbortSignal, state: StateBag): Promise<StepAction> {
    const type = this.comm.communicator ?? 'ssh';
    if (type === 'none') {
      state.put(StateCommunicator, new NoneCommunicator());
      return StepAction.Continue;
    }
    state.put(
      StateError,
      new Error(`communicator "${type}" is not supported yet by the built-in null builder; use "communicator": "none"`),
    );
    return StepAction.Halt;
  }
}
