import type { ComponentFactories } from '../../sdk/index.js';
import { PluginSet } from './set.js';

/**
 * A whole ComponentFactories table (e.g. our built-in components, `builtinComponents` of
 * src/components) as one multi-component plugin, so that a Go Packer core can run them:
 * `packer-plugin-imagebuild start builder file`. The table is passed in: rpc does not depend on
 * the components layer.
 */
export function pluginSetOf(version: string, factories: ComponentFactories): PluginSet {
  const set = new PluginSet().setVersion(version);
  for (const [name, make] of Object.entries(factories.builders)) set.registerBuilder(name, make);
  for (const [name, make] of Object.entries(factories.provisioners)) set.registerProvisioner(name, make);
  for (const [name, make] of Object.entries(factories.postProcessors)) set.registerPostProcessor(name, make);
  return set;
}
