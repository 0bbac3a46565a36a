import { Writable } from 'node:stream';
import { decodeConfig, defineSpec, MultiError } from '../../src/sdk/index.js';
import type { Communicator, GeneratedData, Provisioner, RawConfig, Ui } from '../../src/sdk/index.js';

const spec = defineSpec({ command: { kind: 'string', default: '' } });

/** Each line written to it becomes one Ui call (remote command output, as Packer shows it). */
function lines(say: (line: string) => void): Writable {
  let rest = '';
  return new Writable({
    write(chunk: Buffer, _enc, done) {
      const parts = (rest + chunk.toString('utf8')).split('\n');
      rest = parts.pop() ?? '';
      parts.forEach(say);
      done();
    },
    final(done) {
      if (rest !== '') say(rest);
      done();
    },
  });
}

/** Runs `command` through the builder's communicator and reports the generated data it got. */
export class TsDemoProvisioner implements Provisioner {
  private command = '';

  async prepare(...raws: RawConfig[]): Promise<void> {
    const { config, errors } = decodeConfig(spec, raws);
    if (config.command === '') errors.push(new Error('command must be set'));
    MultiError.throwIfAny(errors);
    this.command = config.command;
  }

  async provision(signal: AbortSignal, ui: Ui, comm: Communicator | undefined, data: GeneratedData): Promise<void> {
    if (!comm) throw new Error('tsdemo provisioner needs a communicator');
    ui.say(`Generated data TsDemoOutput=${String(data['TsDemoOutput'])}`);
    ui.say(`Running ${this.command}`);
    const stdout = lines((l) => ui.message(l));
    const stderr = lines((l) => ui.error(l));
    const { exitStatus } = await comm.start({ command: this.command, stdout, stderr }, signal);
    stdout.end();
    stderr.end();
    if (exitStatus !== 0) throw new Error(`command exited with status ${exitStatus}`);
  }
}
