// The engine: turns a template model into running builds and an event stream.
export { runBuilds, validateBuilds } from './run-builds.js';
export { unmatchedPatterns } from './internal/name-filter.js';
export { prepareBuilds, type PrepareResult, type PrepareOptions } from './prepare-builds.js';
export type { BuildOptions, RunSummary } from './options.js';
export { BuildUi } from './build-ui.js';
