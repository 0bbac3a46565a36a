// The GitHub face's renderers: the step log (groups, heartbeats, annotations), the job summary,
// the step outputs, and the event stream file between the engine child and the action's steps.

// --- step log
export { GithubRenderer, type GithubRendererOptions } from './renderer.js';

// --- run record, outputs, summary
export { recordFromEvents, mergeRecords, type RunRecord } from './run-record.js';
export { actionOutputs, runResult, type RunResult } from './outputs.js';
export { jobSummary } from './job-summary.js';
export { skippedCleanup } from './skipped-cleanup.js';

// --- event stream file (JSON Lines)
export { encodeEvent, decodeEvents } from './event-stream.js';

// --- workflow-command escaping, for the action's own commands
export { escapeData, escapeProperty, workflowCommand } from './commands.js';
