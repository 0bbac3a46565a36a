import type { RawConfig } from '../sdk/index.js';
export type { SourceRange as Position } from '../sdk/index.js';

/**
 * The neutral model every template format (JSON now, HCL2 later) produces. No execution happens
 * here: configs are raw (uninterpolated in JSON mode: components interpolate while preparing, as
 * in Packer), names are resolved, filters are lists of raw builder names.
 */

import type { SourceRange as Position } from '../sdk/index.js';

export interface VariableDef {
  name: string;
  /** Declared default; undefined for a required (`null`) variable. */
  default?: string;
  required: boolean;
  sensitive: boolean;
  pos?: Position;
}

export interface BuilderDef {
  /** Interpolated name (what Packer shows and what artifacts are keyed by). */
  name: string;
  /** Name as written (before `{{ }}`); `only`/`except` compare against this. */
  rawName: string;
  type: string;
  /** The builder's config minus `name` and `type`. */
  config: RawConfig;
  pos?: Position;
}

export interface ProvisionerDef {
  type: string;
  /** Config minus the common keys (type, only, except, override, pause_before, max_retries, timeout). */
  config: RawConfig;
  only: string[];
  except: string[];
  /** builder raw name → partial config merged over `config` for that build. */
  override: Record<string, RawConfig>;
  pauseBeforeMs: number;
  /** Raw `max_retries` (int or a template string rendered by the core). 0 when absent. */
  maxRetries: number | string;
  /** 0 when absent. */
  timeoutMs: number;
  pos?: Position;
}

export interface PostProcessorDef {
  type: string;
  /** Defaults to `type`. Matched by `-except`. */
  name: string;
  config: RawConfig;
  /** undefined when the template does not set `keep_input_artifact`. */
  keepInputArtifact?: boolean;
  only: string[];
  except: string[];
  pos?: Position;
}

export interface Template {
  /** Path as given (`-` for stdin). */
  path: string;
  /** Absolute directory of the template (the working directory for stdin). */
  dir: string;
  description?: string;
  minPackerVersion?: string;
  variables: VariableDef[];
  /** Final user variable values: defaults < var-files (in order) < -var, rendered until stable. */
  userVariables: Record<string, string>;
  /** Names from `sensitive-variables`. */
  sensitiveVariables: string[];
  builders: BuilderDef[];
  provisioners: ProvisionerDef[];
  errorCleanupProvisioner?: ProvisionerDef;
  /** Each entry is one chain (a single post-processor is a chain of one). */
  postProcessors: PostProcessorDef[][];
  /** Root keys starting with `_` (and the legacy `comments` list): free text, never used. */
  comments?: Record<string, string>;
  /** The template file's contents, as read (for `fix`, `hcl2_upgrade`, `console`). */
  rawContents?: string;
}
