// Plugins: where external components come from, and the life of their processes.

// Discovery (Packer 1.6.6 legacy rules): which external binaries serve which components.
export { discoverPlugins } from './discovery.js';
export type { ComponentKind, DiscoveryInput, DiscoveryResult, MultiPluginBinary, PluginBinary } from './discovery.js';

// Where discovery looks; exposed so the CLI can explain it.
export { configDir, configFilePath, installedPluginDir, searchDirs } from './plugin-dirs.js';

// The config file (`PACKER_CONFIG` or `~/.packerconfig`).
export { PackerConfigFileError, readPackerConfigFile } from './config-file.js';
export type { PackerConfigFile } from './config-file.js';

// Installed plugins (Packer ≥ 1.11 versioned layout), describe, checksums.
export { findInstalledPlugins, type InstalledPlugin } from './installed.js';
export { describePlugin, decodeDescription, DEFAULT_COMPONENT_NAME, type PluginDescription } from './describe.js';
export { ChecksumMismatchError, verifyChecksum, sha256File, readChecksumFile } from './checksum.js';
export { parsePluginVersion, compareVersions, type PluginVersion } from './semver.js';

// Everything together, with precedence; the ComponentSet the core runs with.
export { resolvePlugins, type ComponentOrigin, type PluginComponent, type PluginComponents, type ResolvedPlugins } from './resolve.js';
export { pluginComponentSet, type ClosableComponentSet } from './component-set.js';
export { componentsForCommand, loadComponentSet, processDiscoveryInput, type LoadOptions } from './load.js';

// Process lifecycle: start, handshake, stderr log, kill, reaping.
export { startPlugin, DEFAULT_HANDSHAKE_TIMEOUT_MS, type PluginProcess, type StartOptions } from './process.js';
export { pluginName, pluginEnv, MAGIC_COOKIE_KEY, MAGIC_COOKIE_VALUE, type PluginCommand } from './plugin-command.js';
export { parseHandshake, HandshakeError, API_VERSION_MAJOR, API_VERSION_MINOR, type Handshake, type HandshakeNetwork } from './handshake.js';
export { PluginStartError, PluginShutdownError } from './plugin-errors.js';
export { livePluginPids } from './reaper.js';
export { packerLogSink, packerLogEnabled } from './packer-log.js';
export type { LogSink } from './stderr-log.js';
