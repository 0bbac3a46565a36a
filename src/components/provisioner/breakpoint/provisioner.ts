import { decodeConfig, defineSpec } from '../../../sdk/config/index.js';
import type { Communicator, GeneratedData, Provisioner, RawConfig, Ui } from '../../../sdk/index.js';

const spec = defineSpec({
  disable: { kind: 'bool', default: false },
  note: { kind: 'string', default: '' },
});

/**
 * packer `provisioner/breakpoint`: pauses the build until the user presses Enter. Without a
 * terminal Packer's Ask fails and so does the build (`Error asking for input: no available tty`);
 * ui.ask rejecting is that case here, its message carried over.
 */
export class BreakpointProvisioner implements Provisioner {
  private disable = false;
  private note = '';

  async prepare(...raws: RawConfig[]): Promise<void> {
    const { config } = decodeConfig(spec, raws);
    this.disable = config.disable;
    this.note = config.note;
  }

  async provision(_signal: AbortSignal, ui: Ui, _comm: Communicator | undefined, _data: GeneratedData): Promise<void> {
    if (this.disable) {
      if (this.note !== '') ui.say(`Breakpoint provisioner with note "${this.note}" disabled; continuing...`);
      else ui.say('Breakpoint provisioner disabled; continuing...');
      return;
    }
    if (this.note !== '') ui.say(`Pausing at breakpoint provisioner with note "${this.note}".`);
    else ui.say('Pausing at breakpoint provisioner.');
    try {
      await ui.ask('Press enter to continue.');
    } catch (e) {
      throw new Error(`Error asking for input: ${(e as Error).message}`);
    }
  }
}
