/**
 * The result of a build or a post-processor. Mirrors packer-plugin-sdk `packer.Artifact`; methods
 * rather than fields so that a remote (RPC) artifact can implement it by calling its plugin.
 */
export interface Artifact {
  /** Unique ID of the builder that made it, e.g. `packer.file`, `fnoeding.null`. Post-processors use their own. */
  builderId(): string;
  /** Local files that make up the artifact, if any. */
  files(): string[];
  /** Machine identifier (an AMI ID, an image name); `Null` or similar when there is none. */
  id(): string;
  /** Human description, shown in the final `--> build: …` line. */
  string(): string;
  /** Builder-specific state, e.g. `generated_data` or `atlas.artifact.metadata`; undefined when unknown. */
  state(name: string): unknown;
  /** Delete the artifact's resources. Called when a post-processor does not keep its input. */
  destroy(): Promise<void>;
}
