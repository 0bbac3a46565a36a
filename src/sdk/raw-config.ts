/** A component's configuration as decoded from a template: JSON values, not yet validated. */
export type RawConfig = Record<string, unknown>;
