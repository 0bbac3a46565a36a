// The built-in components: Packer 1.6.6's local builders, provisioners and post-processors.
import type { ComponentFactories, ComponentSet } from '../sdk/index.js';
import { FileBuilder } from './builder/file/builder.js';
import { NullBuilder } from './builder/null/builder.js';
import { ArtificePostProcessor } from './post-processor/artifice/post-processor.js';
import { ChecksumPostProcessor } from './post-processor/checksum/post-processor.js';
import { CompressPostProcessor } from './post-processor/compress/post-processor.js';
import { ManifestPostProcessor } from './post-processor/manifest/post-processor.js';
import { ShellLocalPostProcessor } from './post-processor/shell-local/post-processor.js';
import { BreakpointProvisioner } from './provisioner/breakpoint/provisioner.js';
import { FileProvisioner } from './provisioner/file/provisioner.js';
import { ShellProvisioner } from './provisioner/shell/provisioner.js';
import { ShellLocalProvisioner } from './provisioner/shell-local/provisioner.js';
import { SleepProvisioner } from './provisioner/sleep/provisioner.js';

// --- factories, by the type names templates use
export const builtinComponents: ComponentFactories = {
  builders: {
    file: () => new FileBuilder(),
    null: () => new NullBuilder(),
  },
  provisioners: {
    breakpoint: () => new BreakpointProvisioner(),
    file: () => new FileProvisioner(),
    shell: () => new ShellProvisioner(),
    'shell-local': () => new ShellLocalProvisioner(),
    sleep: () => new SleepProvisioner(),
  },
  postProcessors: {
    artifice: () => new ArtificePostProcessor(),
    checksum: () => new ChecksumPostProcessor(),
    compress: () => new CompressPostProcessor(),
    manifest: () => new ManifestPostProcessor(),
    'shell-local': () => new ShellLocalPostProcessor(),
  },
};

/** The built-in components as a ComponentSet (fresh instance per start; nothing to close). */
export function builtinComponentSet(factories: ComponentFactories = builtinComponents): ComponentSet {
  const start = <T>(kind: string, table: Record<string, () => T>, type: string): Promise<T> => {
    const make = Object.hasOwn(table, type) ? table[type] : undefined;
    if (!make) return Promise.reject(new Error(`Unknown ${kind} ${type}`));
    return Promise.resolve(make());
  };
  return {
    hasBuilder: (t) => Object.hasOwn(factories.builders, t),
    hasProvisioner: (t) => Object.hasOwn(factories.provisioners, t),
    hasPostProcessor: (t) => Object.hasOwn(factories.postProcessors, t),
    startBuilder: (t) => start('builder', factories.builders, t),
    startProvisioner: (t) => start('provisioner', factories.provisioners, t),
    startPostProcessor: (t) => start('post-processor', factories.postProcessors, t),
    close: async () => undefined,
  };
}

// --- classes, for tests and for serving them as plugins
export {
  FileBuilder,
  NullBuilder,
  BreakpointProvisioner,
  FileProvisioner,
  ShellProvisioner,
  ShellLocalProvisioner,
  SleepProvisioner,
  ArtificePostProcessor,
  ChecksumPostProcessor,
  CompressPostProcessor,
  ManifestPostProcessor,
  ShellLocalPostProcessor,
};
