import { setTimeout as delay } from 'node:timers/promises';
import { NoneCommunicator } from '../../../communicator/index.js';
import type { SshCommunicator } from '../../../communicator/ssh/index.js';
import { CancelledError, formatGoDuration } from '../../../sdk/index.js';
import {
  StateCommunicator,
  StateError,
  StateGeneratedData,
  StateUi,
  StepAction,
  type StateBag,
  type Step,
} from '../../../sdk/multistep/index.js';
import { commHost, type CommunicatorConfig } from '../../common/communicator-config.js';
import { sshGeneratedData, sshOptions } from './ssh-options.js';

/** Waits `ms`; true when `signal` aborted the wait. */
const pause = (ms: number, signal: AbortSignal): Promise<boolean> => delay(ms, undefined, { signal }).then(() => false, () => true);

/**
 * Connects to the machine (packer `communicator.StepConnect` with StepConnectSSH): `none` gives
 * provisioners the none communicator; `ssh` waits for the machine with packer's messages and
 * retries, and puts the communicator config in the generated data. The connection is closed at
 * cleanup. winrm and docker are not built in.
 */
export class StepConnect implements Step {
  readonly name = 'StepConnect';
  private comm?: SshCommunicator;

  constructor(private readonly config: CommunicatorConfig) {}

  async run(signal: AbortSignal, state: StateBag): Promise<StepAction> {
    const type = this.config.communicator ?? 'ssh';
    if (type === 'none') {
      state.put(StateCommunicator, new NoneCommunicator());
      return StepAction.Continue;
    }
    if (type !== 'ssh') {
      state.put(StateError, new Error(`communicator "${type}" is not supported yet by the built-in null builder; use "ssh" or "none"`));
      return StepAction.Halt;
    }
    const ui = state.require(StateUi);
    ui.say(`Using ssh communicator to connect: ${commHost(this.config)}`);
    if ((await this.connectSsh(signal, state)) === StepAction.Halt) return StepAction.Halt;
    const wait = this.config.pause_before_connecting ?? 0;
    if (wait > 0) {
      ui.say(`Pausing ${formatGoDuration(wait)} before connecting...`);
      if (await pause(wait, signal)) return StepAction.Halt;
      // Connect again, to be sure the machine is still there after the pause (as packer).
      await this.comm?.close();
      if ((await this.connectSsh(signal, state)) === StepAction.Halt) return StepAction.Halt;
    }
    // packer's "communicator_config" in state, as PopulateProvisionHookData reads it.
    state.put(StateGeneratedData, { ...(state.get(StateGeneratedData) ?? {}), ...sshGeneratedData(this.config) });
    return StepAction.Continue;
  }

  /** StepConnectSSH.Run: the wait, its timeout, its errors; a cancel halts without an error. */
  private async connectSsh(signal: AbortSignal, state: StateBag): Promise<StepAction> {
    const ui = state.require(StateUi);
    let opts;
    try {
      opts = sshOptions(this.config);
    } catch (e) {
      ui.error((e as Error).message);
      state.put(StateError, e as Error);
      return StepAction.Halt;
    }
    ui.say('Waiting for SSH to become available...');
    const { SshTimeoutError, waitForSsh } = await import('../../../communicator/ssh/index.js');
    try {
      this.comm = await waitForSsh(
        opts,
        { timeoutMs: this.config.ssh_timeout ?? 300_000, handshakeAttempts: this.config.ssh_handshake_attempts ?? 10 },
        signal,
      );
    } catch (e) {
      if (e instanceof CancelledError) return StepAction.Halt;
      const err = e as Error;
      ui.error(e instanceof SshTimeoutError ? err.message : `Error waiting for SSH: ${err.message}`);
      state.put(StateError, err);
      return StepAction.Halt;
    }
    ui.say('Connected to SSH!');
    state.put(StateCommunicator, this.comm);
    return StepAction.Continue;
  }

  async cleanup(): Promise<void> {
    await this.comm?.close();
  }
}
