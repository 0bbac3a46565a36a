import { rm } from 'node:fs/promises';
import { goPathError, type Artifact } from '../../../sdk/index.js';

export const ChecksumBuilderId = 'packer.post-processor.checksum';

/** packer checksum Artifact: the input files plus the checksum files it created. */
export class ChecksumArtifact implements Artifact {
  constructor(private readonly paths: string[]) {}
  builderId(): string {
    return ChecksumBuilderId;
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
