import type { Template } from '../template/model.js';
import {
  createHumanRenderer,
  createMachineRenderer,
  createMasker,
  templateSecrets,
  type Masker,
  type Renderer,
} from '../ui/index.js';
import type { FlagSet } from './flags.js';
import type { CliIo } from './io.js';

/** What every template command runs with (Packer's Meta + its global -machine-readable). */
export interface CommandContext {
  /** Arguments after the command name, the global `-machine-readable` taken out. */
  args: string[];
  machineReadable: boolean;
  io: CliIo;
}

/** Packer's MetaArgs: the flags build, validate and inspect share. */
export interface MetaArgs {
  only: string[];
  except: string[];
  vars: Array<[string, string]>;
  varFiles: string[];
  configType?: 'hcl2' | 'json';
}

export function newMetaArgs(): MetaArgs {
  return { only: [], except: [], vars: [], varFiles: [] };
}

export function addMetaFlags(fs: FlagSet, m: MetaArgs): FlagSet {
  return fs
    .value('only', (v) => m.only.push(...v.split(',')))
    .value('except', (v) => m.except.push(...v.split(',')))
    .value('var', (v) => {
      const i = v.indexOf('=');
      if (i < 0) throw new Error(`No '=' value in arg: ${v}`);
      m.vars.push([v.slice(0, i), v.slice(i + 1)]);
    })
    .value('var-file', (v) => m.varFiles.push(v))
    .value('config-type', (v) => {
      if (v !== 'hcl2' && v !== 'json') throw new Error(`${v} does not belong to configType values`);
      m.configType = v;
    });
}

export interface UiOptions {
  color?: boolean;
  timestampUi?: boolean;
  debug?: boolean;
}

/** The command's renderer, with a mask that learns the secrets once the template is loaded. */
export interface CommandUi extends Renderer {
  learnSecrets(t: Template): void;
}

export function createCommandUi(ctx: CommandContext, o: UiOptions = {}): CommandUi {
  let current: Masker = (s) => s;
  const mask: Masker = (s) => current(s);
  const write = ctx.io.stdout;
  const r = ctx.machineReadable
    ? createMachineRenderer({ write, timestampUi: o.timestampUi ?? false, debug: o.debug ?? false, mask })
    : createHumanRenderer({
        write,
        color: o.color ?? true,
        // Packer only asks whether the variable is set at all.
        stripEscapes: (ctx.io.env['PACKER_NO_COLOR'] ?? '') !== '',
        timestampUi: o.timestampUi ?? false,
        debug: o.debug ?? false,
        mask,
      });
  return Object.assign(r, {
    learnSecrets(t: Template): void {
      current = createMasker(templateSecrets(t));
    },
  });
}

/** Go flag's failure output as Packer shows it: the usage, then Go's message as an error. */
export function usageError(ui: Renderer, help: string, message?: string): number {
  ui.say(help);
  if (message !== undefined) ui.error(message);
  return 1;
}
