/**
 * The engine's event stream. The core emits these and nothing else; every output (Packer's human
 * format, -machine-readable, GitHub log groups, step outputs, the manifest) renders this stream.
 * Values of sensitive variables are already masked when an event is emitted.
 */

import type { Diagnostic } from '../sdk/diagnostic.js';

export type { Diagnostic };

export interface ArtifactRecord {
  builderId: string;
  id: string;
  string: string;
  files: string[];
  /** `generated_data` state of the artifact, when it has one. */
  generatedData?: Record<string, unknown>;
}

export type BuildStatus = 'success' | 'failed' | 'cancelled';

export interface BuildResult {
  name: string;
  type: string;
  status: BuildStatus;
  durationMs: number;
  /** The error as Packer words it (`Build 'x' errored after …: <error>`). */
  error?: string;
  /** Final artifacts, in Packer's order (kept input first, then each chain's last). */
  artifacts: ArtifactRecord[];
}

export type UiLevel = 'say' | 'message' | 'error';

export type EngineEvent =
  /** Builds about to run, in the order colours are assigned (sorted by name, as Packer). */
  /** `parallelBuilds`: at most this many builds run at once (absent: no limit). */
  | { kind: 'run-start'; time: Date; builds: string[]; parallelBuilds?: number }
  /**
   * A line said by a component or by the core about one build. `target` is the prefix Packer
   * prints (`null`, or `null (manifest)` for a post-processor); `build` groups it.
   */
  | { kind: 'ui'; time: Date; build: string; target: string; level: UiLevel; text: string }
  /** A component's `ui.machine` record. */
  | { kind: 'machine'; time: Date; build: string; target: string; type: string; args: string[] }
  /** A template/prepare/init problem. */
  | { kind: 'diagnostic'; time: Date; diagnostic: Diagnostic }
  | { kind: 'build-start'; time: Date; build: string; type: string }
  | { kind: 'build-end'; time: Date; result: BuildResult }
  /** Every build has ended; `results` in template order. */
  | { kind: 'run-end'; time: Date; durationMs: number; results: BuildResult[]; cancelled: boolean };

export type EventSink = (event: EngineEvent) => void;
