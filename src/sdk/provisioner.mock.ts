import type { Communicator } from './communicator.js';
import type { GeneratedData, Provisioner } from './provisioner.js';
import type { RawConfig } from './raw-config.js';
import type { Ui } from './ui.js';

/** A Provisioner double: records calls, fails the first `failTimes` provisions, optionally waits. */
export class MockProvisioner implements Provisioner {
  prepared: RawConfig[][] = [];
  provisioned: GeneratedData[] = [];
  constructor(
    private failTimes = 0,
    private readonly delayMs = 0,
  ) {}
  async prepare(...raws: RawConfig[]): Promise<void> {
    this.prepared.push(raws);
  }
  async provision(signal: AbortSignal, _ui: Ui, _comm: Communicator | undefined, data: GeneratedData): Promise<void> {
    this.provisioned.push(data);
    if (this.delayMs > 0) {
      await new Promise<void>((resolve, reject) => {
        const t = setTimeout(resolve, this.delayMs);
        signal.addEventListener('abort', () => {
          clearTimeout(t);
          reject(new Error('provision aborted'));
        });
      });
    }
    if (this.failTimes > 0) {
      this.failTimes--;
      throw new Error(`mock failure ${this.provisioned.length}`);
    }
  }
}
