// packer-provisioner-tsdemo as Packer ≤ 1.6 knew plugins: one component per binary, no arguments.
import { PluginServer } from '../../src/rpc/serve/index.js';
import { TsDemoProvisioner } from './provisioner.js';

await new PluginServer().registerProvisioner(() => new TsDemoProvisioner()).serve();
