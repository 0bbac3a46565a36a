import type { ComponentSet, OnError } from '../sdk/index.js';
import type { BuildResult, EventSink } from '../ui/events.js';

export interface BuildOptions {
  /** `-only` patterns (globs) against build names; empty = all. */
  only: string[];
  /** `-except` patterns against build names and post-processor names. */
  except: string[];
  /** 0 = unlimited, 1 = sequential (in name order, as Packer). */
  parallelBuilds: number;
  onError: OnError;
  debug: boolean;
  force: boolean;
  /** Aborting cancels every build; cleanups still run before runBuilds resolves. */
  signal: AbortSignal;
  emit: EventSink;
  /** Reads one line from the user (debug pauses, -on-error=ask, breakpoint); absent = no TTY. */
  ask?: (question: string) => Promise<string>;
  components: ComponentSet;
  /** Fixed at process start: `{{timestamp}}`, `{{isotime}}` use it. */
  now?: Date;
}

export interface RunSummary {
  results: BuildResult[];
  /** True when any error diagnostic was reported (prepare/init failures). */
  hadErrors: boolean;
  cancelled: boolean;
  /** Packer's exit code for the run: 0 when every selected build succeeded and nothing erred. */
  exitCode: number;
}
