import type { Builder } from './builder.js';
import type { PostProcessor } from './post-processor.js';
import type { Provisioner } from './provisioner.js';

/**
 * Where components come from, as the core sees it (Packer's BuilderStore/ProvisionerStore/…):
 * built-in TypeScript components and plugin processes both appear as a ComponentSet. `start*`
 * returns a fresh instance per use (one per build), or undefined when the type is unknown.
 * `close` releases whatever the instances hold (plugin processes); it is idempotent.
 */
export interface ComponentSet {
  hasBuilder(type: string): boolean;
  hasProvisioner(type: string): boolean;
  hasPostProcessor(type: string): boolean;
  startBuilder(type: string): Promise<Builder>;
  startProvisioner(type: string): Promise<Provisioner>;
  startPostProcessor(type: string): Promise<PostProcessor>;
  close?(): Promise<void>;
  /**
   * Why `type` is unknown when something that would have served it was found but not used (an
   * installed plugin refused for its checksum); undefined when nothing was found.
   */
  whyUnknown?(kind: 'builder' | 'provisioner' | 'post-processor', type: string): string | undefined;
}

/** A plain in-process set of factories, used for the built-in components. */
export interface ComponentFactories {
  builders: Record<string, () => Builder>;
  provisioners: Record<string, () => Provisioner>;
  postProcessors: Record<string, () => PostProcessor>;
}
