// What a rendering may see: the SDK's interpolate.Context, plus what Go reads
// from the process (environment, working directory, start time) made explicit.

export interface InterpolateContext {
  /** The dot: {{.Name}} reads a key of this record (nested records too). */
  data?: unknown;
  userVariables?: Record<string, string>;
  /** Names; masking is the core's job, kept here for parity with the SDK. */
  sensitiveVariables?: string[];
  /** {{env}} (and consul_key/vault/aws_secretsmanager) only when true: the variables section. */
  enableEnv?: boolean;
  /** Defaults to process.env. */
  env?: Record<string, string | undefined>;
  buildName?: string;
  buildType?: string;
  /** The template file; template_dir is its absolute directory. */
  templatePath?: string;
  /** pwd; defaults to process.cwd(). */
  cwd?: string;
  /** The one instant of timestamp/isotime/strftime; defaults to process start. */
  now?: Date;
  /** packer_version; default '1.6.6'. */
  coreVersion?: string;
  /** Extra or overriding functions, called as func(...interface{}) (interface{}, error). */
  funcs?: Record<string, (...args: unknown[]) => unknown>;
}
