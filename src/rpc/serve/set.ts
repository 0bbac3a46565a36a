import type { Writable } from 'node:stream';
import type { Builder, PostProcessor, Provisioner } from '../../sdk/index.js';
import { COMPONENT_KINDS, type ComponentKind, type Provide, type ServedComponent } from './component.js';
import { API_VERSION, SDK_VERSION, describeJson } from './describe.js';
import type { HandshakeProtocol } from './handshake.js';
import type { ServeLog } from './log.js';
import { PluginServeError, serveComponent } from './serve.js';

/** The unnamed component: Packer shows it under the bare plugin name (`tsdemo`, not `tsdemo-x`). */
export const DEFAULT_NAME = '-packer-default-plugin-name-';

export interface RunIo {
  env?: NodeJS.ProcessEnv;
  stdout?: Writable;
  stderr?: Writable;
  log?: ServeLog;
  socketDir?: string;
  ignoreInterrupts?: boolean;
}

/**
 * packer-plugin-sdk `plugin.Set`: the components of one multi-component binary
 * (`packer-plugin-NAME`). Commands, as `Set.RunCommand` takes them:
 *
 * - `describe` — prints the SetDescription JSON;
 * - `start <kind> [--protobuf] <name>` — serves one component with the 4-field handshake of
 *   Packer ≥ 1.7 (`5|0|unix|…`); Packer 1.6.6 also starts multi-component plugins this way but
 *   only reads 3 fields: set IMAGE_BUILD_PLUGIN_PROTOCOL=5 for it;
 * - `legacy <kind> <name>` (ours) — serves one component as a Packer ≤ 1.6 single-component
 *   binary (3 fields), for shims installed as `packer-builder-NAME` & co. that exec this set.
 */
export class PluginSet {
  private version = '0.0.0';
  private readonly components: Record<ComponentKind, Map<string, ServedComponent>> = {
    builder: new Map(),
    provisioner: new Map(),
    'post-processor': new Map(),
  };

  setVersion(version: string): this {
    this.version = version.replace(/^v/, '');
    return this;
  }
  registerBuilder(name: string, builder: Provide<Builder>): this {
    return this.add(name, { kind: 'builder', component: builder });
  }
  registerProvisioner(name: string, provisioner: Provide<Provisioner>): this {
    return this.add(name, { kind: 'provisioner', component: provisioner });
  }
  registerPostProcessor(name: string, postProcessor: Provide<PostProcessor>): this {
    return this.add(name, { kind: 'post-processor', component: postProcessor });
  }

  describe(): string {
    const names = (k: ComponentKind): string[] => [...this.components[k].keys()];
    return describeJson({
      version: this.version,
      sdk_version: SDK_VERSION,
      api_version: API_VERSION,
      builders: names('builder'),
      post_processors: names('post-processor'),
      provisioners: names('provisioner'),
      datasources: [],
    });
  }

  /** Runs `process.argv` and exits the process with the outcome (Go's `Set.Run` in `main`). */
  async run(): Promise<never> {
    const code = await this.runCommand(process.argv.slice(2));
    process.exit(code);
  }

  /** Runs one command; resolves with the exit status once the command (or the served session) is over. */
  async runCommand(argv: string[], io: RunIo = {}): Promise<number> {
    const stderr = io.stderr ?? process.stderr;
    try {
      await this.command(argv, io);
      return 0;
    } catch (err) {
      const text = err instanceof Error ? err.message : String(err);
      stderr.write(err instanceof PluginServeError ? `Error starting plugin server: ${text}\n` : `${text}\n`);
      return 1;
    }
  }

  private async command(argv: string[], io: RunIo): Promise<void> {
    const [command, ...rest] = argv;
    if (command === undefined) throw new Error('needs at least one argument');
    if (command === 'describe') {
      (io.stdout ?? process.stdout).write(this.describe());
      return;
    }
    if (command !== 'start' && command !== 'legacy') throw new Error(`Unknown command: "${command}"`);
    if (rest.includes('--protobuf')) {
      throw new Error('--protobuf is not supported: this TypeScript plugin serves gob ConfigSpecs only (its describe has no protocol_version "v2")');
    }
    if (rest.length !== 2) {
      throw new Error(`${command} takes two arguments, for example '${command} builder example-builder'. Found: [${rest.join(' ')}]`);
    }
    const served = this.find(rest[0]!, rest[1]!);
    const protocol: HandshakeProtocol = command === 'start' ? '5.0' : '5';
    await serveComponent(served, { protocol, env: io.env, stdout: io.stdout, log: io.log, socketDir: io.socketDir, ignoreInterrupts: io.ignoreInterrupts });
  }

  private find(kind: string, name: string): ServedComponent {
    if (!(COMPONENT_KINDS as readonly string[]).includes(kind)) {
      throw new Error(`Unknown plugin type: ${kind} (this plugin serves ${COMPONENT_KINDS.join(', ')})`);
    }
    const served = this.components[kind as ComponentKind].get(name);
    if (!served) throw new Error(`Unknown ${kind} "${name}" (known: ${[...this.components[kind as ComponentKind].keys()].join(', ') || 'none'})`);
    return served;
  }

  private add(name: string, served: ServedComponent): this {
    if (name === '' || /[\s|]/.test(name)) throw new Error(`invalid ${served.kind} name "${name}"`);
    const table = this.components[served.kind];
    if (table.has(name)) throw new Error(`a ${served.kind} named "${name}" is already registered`);
    table.set(name, served);
    return this;
  }
}
