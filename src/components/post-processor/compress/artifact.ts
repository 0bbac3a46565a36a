import { rm } from 'node:fs/promises';
import { goPathError, type Artifact } from '../../../sdk/index.js';

export const CompressBuilderId = 'packer.post-processor.compress';

/** packer compress Artifact: the archive written. */
export class CompressArtifact implements Artifact {
  constructor(private readonly path: string) {}
  builderId(): string {
    return CompressBuilderId;
  }
  files(): string[] {
    return [this.path];
  }
  id(): string {
    return '';
  }
  string(): string {
    return `compressed artifacts in: ${this.path}`;
  }
  state(_name: string): unknown {
    return undefined;
  }
  async destroy(): Promise<void> {
    await rm(this.path, { force: true }).catch((e: unknown) => {
      throw goPathError('remove', this.path, e);
    });
  }
}
