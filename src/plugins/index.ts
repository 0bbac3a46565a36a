// Plugin discovery (Packer 1.6.6 rules): which external binaries serve which components.
export { discoverPlugins } from './discovery.js';
export type { ComponentKind, DiscoveryInput, DiscoveryResult, MultiPluginBinary, PluginBinary } from './discovery.js';

// Where discovery looks; exposed so the CLI can explain it.
export { configDir, configFilePath, searchDirs } from './plugin-dirs.js';

// The config file (`PACKER_CONFIG` or `~/.packerconfig`).
export { PackerConfigFileError, readPackerConfigFile } from './config-file.js';
export type { PackerConfigFile } from './config-file.js';
