// packer-builder-slowclean: a "machine" that runs until cancelled, then takes `cleanup` to tear
// down (an EC2 terminate plus key pair and security group deletion) and writes `marker` when done.
// The cancellation acceptance test cancels the action while this builder holds its machine.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { PluginServer } from '../../../src/rpc/serve/index.js';
import { CancelledError, MultiError, decodeConfig, defineSpec } from '../../../src/sdk/index.js';
import type { Artifact, Builder, BuilderPrepareResult, Hook, RawConfig, Ui } from '../../../src/sdk/index.js';

const spec = defineSpec({
  marker: { kind: 'string', default: '' },
  /** Written once the machine is up: lets a test cancel at exactly this moment. */
  started: { kind: 'string', default: '' },
  cleanup: { kind: 'duration', default: 20_000 },
});

class SlowCleanBuilder implements Builder {
  private config?: { marker: string; started: string; cleanup: number };

  async prepare(...raws: RawConfig[]): Promise<BuilderPrepareResult> {
    const { config, errors } = decodeConfig(spec, raws);
    if (config.marker === '') errors.push(new Error('marker must be set to the file written when cleanup ends'));
    MultiError.throwIfAny(errors);
    this.config = config;
    return { generatedVars: [], warnings: [] };
  }

  async run(signal: AbortSignal, ui: Ui, _hook: Hook): Promise<Artifact | undefined> {
    if (!this.config) throw new Error('slowclean: run called before prepare');
    const { marker, started, cleanup } = this.config;
    ui.say('slowclean: machine is up, waiting to be cancelled');
    if (started !== '') await writeFile(started, `${process.pid}\n`);
    await new Promise<void>((resolve) => (signal.aborted ? resolve() : signal.addEventListener('abort', () => resolve(), { once: true })));
    ui.say(`slowclean: cleaning up for ${cleanup} ms`);
    const step = Math.min(1000, cleanup);
    for (let spent = 0; spent < cleanup; spent += step) {
      await sleep(step);
      ui.say(`slowclean: still cleaning up (${spent + step} ms)`);
    }
    await mkdir(dirname(marker), { recursive: true });
    await writeFile(marker, `cleaned up after ${cleanup} ms\n`);
    ui.say('slowclean: cleanup complete');
    throw new CancelledError();
  }
}

await new PluginServer().registerBuilder(() => new SlowCleanBuilder()).serve();
