// A plugin process seen by the core as an sdk component (SPEC.md §3.1–3.3, §3.9, §3.11).
export type { PluginConnection } from './connection.js';
export { remoteBuilder } from './builder.js';
export { remoteProvisioner } from './provisioner.js';
export { remotePostProcessor } from './post-processor.js';
export { PluginExitedError } from './errors.js';
