// packer-plugin-tsdemo: a TypeScript builder, provisioner and post-processor as one plugin.
// Each is registered twice: unnamed (type `tsdemo` in Packer ≥ 1.7) and as `demo` (type
// `tsdemo-demo`), because Packer 1.6.6 does not know the unnamed component.
import { DEFAULT_NAME, PluginSet } from '../../src/rpc/serve/index.js';
import { TsDemoBuilder } from './builder.js';
import { TsDemoPostProcessor } from './post-processor.js';
import { TsDemoProvisioner } from './provisioner.js';

const set = new PluginSet().setVersion('0.1.0');
for (const name of [DEFAULT_NAME, 'demo']) {
  set.registerBuilder(name, () => new TsDemoBuilder());
  set.registerProvisioner(name, () => new TsDemoProvisioner());
  set.registerPostProcessor(name, () => new TsDemoPostProcessor());
}
await set.run();
