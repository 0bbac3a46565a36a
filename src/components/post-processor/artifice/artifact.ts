import { rm } from 'node:fs/promises';
import { goPathError, type Artifact } from '../../../sdk/index.js';

export const ArtificeBuilderId = 'packer.post-processor.artifice';

/** packer artifice Artifact: the files named in the config. */
export class ArtificeArtifact implements Artifact {
  constructor(private readonly paths: string[]) {}
  builderId(): string {
    return ArtificeBuilderId;
  }
  files(): string[] {
    return [...this.paths];
  }
  id(): string {
    return '';
  }
  string(): string {
    return `Created artifact from files: ${this.paths.join(', ')}`;
  }
  state(_name: string): unknown {
    return undefined;
  }
  async destroy(): Promise<void> {
    for (const f of this.paths) {
      await rm(f, { recursive: true, force: true }).catch((e: unknown) => {
        throw goPathError('unlinkat', f, e);
      });
    }
  }
}
