import type { Artifact } from '../../../sdk/index.js';

export const NullBuilderId = 'fnoeding.null';

/** packer `builder/null` NullArtifact: nothing was made. */
export class NullArtifact implements Artifact {
  constructor(private readonly generatedData: Record<string, unknown> = {}) {}
  builderId(): string {
    return NullBuilderId;
  }
  files(): string[] {
    return [];
  }
  id(): string {
    return 'Null';
  }
  string(): string {
    return 'Did not export anything. This is the null builder';
  }
  state(name: string): unknown {
    return name === 'generated_data' ? this.generatedData : undefined;
  }
  async destroy(): Promise<void> {}
}
