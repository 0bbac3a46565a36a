import * as core from '@actions/core';
import { signalGroup } from './engine-process.js';

/**
 * The main step's SIGINT/SIGTERM, forwarded to the engine's process group: the first as SIGINT
 * (cancel: every cleanup runs), later ones as SIGTERM (the engine keeps cleaning up). A signal
 * that comes before the engine has its handlers installed is held until it has (its pid file
 * exists): Node's default action would kill it on the spot, cleanups and all.
 */
export class CancelForwarder {
  private received = 0;
  private sent = 0;
  private pid = 0;
  private ready: () => boolean = () => false;

  readonly onSignal = (name: NodeJS.Signals): void => {
    this.received += 1;
    if (this.received === 1) core.info(`Cancelling the builds after receiving ${name}: every cleanup runs before the step ends.`);
    else core.info(`Received ${name} again: the builds are still cleaning up; if this step is killed, the post step waits for them.`);
    this.flush();
  };

  get requested(): boolean {
    return this.received > 0;
  }

  /** The engine is started; `ready` says when it handles signals. */
  engine(pid: number, ready: () => boolean): void {
    this.pid = pid;
    this.ready = ready;
    this.flush();
  }

  /** Sends what is held once the engine is ready; called again on every poll. */
  flush(): void {
    if (this.pid <= 0 || this.sent >= this.received || !this.ready()) return;
    while (this.sent < this.received) {
      signalGroup(this.pid, this.sent === 0 ? 'SIGINT' : 'SIGTERM');
      this.sent += 1;
    }
  }
}
