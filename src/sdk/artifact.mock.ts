import type { Artifact } from './artifact.js';

/** A recording Artifact double (packer-plugin-sdk `MockArtifact`). */
export class MockArtifact implements Artifact {
  destroyed = false;
  constructor(
    readonly idValue = 'mock-id',
    readonly builderIdValue = 'mock',
    readonly filesValue: string[] = [],
    readonly stateValues: Record<string, unknown> = {},
    private readonly destroyError?: Error,
  ) {}
  builderId(): string {
    return this.builderIdValue;
  }
  files(): string[] {
    return this.filesValue;
  }
  id(): string {
    return this.idValue;
  }
  string(): string {
    return `mock artifact ${this.idValue}`;
  }
  state(name: string): unknown {
    return this.stateValues[name];
  }
  async destroy(): Promise<void> {
    if (this.destroyError) throw this.destroyError;
    this.destroyed = true;
  }
}
