// Renderers of the engine's event stream: Packer's human format and its -machine-readable format.

// --- events
export type {
  ArtifactRecord,
  BuildResult,
  BuildStatus,
  Diagnostic,
  EngineEvent,
  EventSink,
  UiLevel,
} from './events.js';

// --- renderers
export type { Renderer, RendererOptions } from './renderer.js';
export { createHumanRenderer, type HumanRendererOptions } from './human.js';
export { createMachineRenderer, type MachineRendererOptions } from './machine.js';

// --- helpers shared with other faces (GitHub renderer, Action outputs)
export { createMasker, templateSecrets, SENSITIVE, type Masker } from './mask.js';
export { formatDuration } from './durafmt.js';
export { formatHclDiagnostic, formatPlainDiagnostic } from './diagnostics.js';
export { prefixLines } from './targeted.js';
export { escapeField } from './output.js';
