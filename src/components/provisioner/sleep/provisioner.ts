import { setTimeout as sleep } from 'node:timers/promises';
import { decodeConfig, defineSpec } from '../../../sdk/config/index.js';
import type { Communicator, GeneratedData, Provisioner, RawConfig, Ui } from '../../../sdk/index.js';

// Packer's field is an untagged `Duration time.Duration`, which mapstructure names `Duration`.
const spec = defineSpec({ duration: { kind: 'duration', default: 0, goField: 'Duration' } });

/** packer `provisioner/sleep`: waits `duration`, silently; its config is not interpolated, as in Packer. */
export class SleepProvisioner implements Provisioner {
  private ms = 0;

  async prepare(...raws: RawConfig[]): Promise<void> {
    this.ms = decodeConfig(spec, raws, { interpolate: false }).config.duration;
  }

  async provision(signal: AbortSignal, _ui: Ui, _comm: Communicator | undefined, _data: GeneratedData): Promise<void> {
    try {
      await sleep(Math.max(this.ms, 0), undefined, { signal });
    } catch {
      // Go's ctx.Err() for a cancelled context.
      throw new Error('context canceled');
    }
  }
}
