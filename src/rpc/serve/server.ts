import type { Builder, PostProcessor, Provisioner } from '../../sdk/index.js';
import type { Provide, ServedComponent } from './component.js';
import { PluginServeError, serveComponent, type ServeOptions } from './serve.js';

/**
 * packer-plugin-sdk's legacy `plugin.Server()`: one component per binary, installed as
 * `packer-builder-NAME` / `packer-provisioner-NAME` / `packer-post-processor-NAME` and run with
 * no arguments by Packer ≤ 1.6, hence the 3-field handshake (IMAGE_BUILD_PLUGIN_PROTOCOL=5.0
 * forces the modern one).
 */
export class PluginServer {
  private served: ServedComponent | undefined;

  registerBuilder(builder: Provide<Builder>): this {
    return this.set({ kind: 'builder', component: builder });
  }
  registerProvisioner(provisioner: Provide<Provisioner>): this {
    return this.set({ kind: 'provisioner', component: provisioner });
  }
  registerPostProcessor(postProcessor: Provide<PostProcessor>): this {
    return this.set({ kind: 'post-processor', component: postProcessor });
  }

  /** Serves until the core is done, then exits the process (1 with Packer's message when started by hand). */
  async serve(options: Partial<ServeOptions> = {}): Promise<never> {
    try {
      if (!this.served) throw new PluginServeError('no component registered');
      await serveComponent(this.served, { protocol: '5', ...options });
      process.exit(0);
    } catch (err) {
      const text = err instanceof Error ? err.message : String(err);
      process.stderr.write(err instanceof PluginServeError ? `Error starting plugin server: ${text}\n` : `${text}\n`);
      process.exit(1);
    }
  }

  private set(served: ServedComponent): this {
    if (this.served) throw new Error('a legacy plugin binary serves exactly one component');
    this.served = served;
    return this;
  }
}
