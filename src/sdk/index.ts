// The contracts every component implements (built in, remote plugin, served plugin).
// This layer imports nothing of ours.

// --- components
export type { Builder, BuilderPrepareResult } from './builder.js';
export type { Provisioner, GeneratedData } from './provisioner.js';
export type { PostProcessor, PostProcessResult } from './post-processor.js';
export type { Artifact } from './artifact.js';
export type { ComponentSet, ComponentFactories } from './component-set.js';
export type { RawConfig } from './raw-config.js';

// --- what components talk to
export type { Ui } from './ui.js';
export type { Communicator, RemoteCmd, FileInfo } from './communicator.js';
export { HookProvision, HookCleanupProvision, type Hook } from './hook.js';

// --- settings from the core
export {
  PackerConfigKeys,
  PackerCompatVersion,
  packerConfigRaw,
  type PackerConfig,
  type OnError,
} from './packer-config.js';

// --- outcomes
export type { Diagnostic, SourceRange } from './diagnostic.js';
export { MultiError, PackerMultiError, CancelledError, BuildHaltedError, formatMulti, throwIfCancelled } from './errors.js';
export { parseDuration, parseDurationNs, formatGoDuration, DurationError } from './duration.js';

// --- config decoding for components (packer-plugin-sdk template/config)
export { decodeConfig, defineSpec, ConfigDecodeError, type ConfigSpec, type ConfigOf, type Decoded, type DecodeOptions } from './config/index.js';
export { mkdirAll } from './mkdir-all.js';
export { goPathError } from './go-path-error.js';

// --- Go's strconv.Quote (%q), for messages worded as Packer's
export { quote as goQuote } from './interpolate/parse/quote.js';
