import { rm } from 'node:fs/promises';
import { goPathError, type Artifact } from '../../../sdk/index.js';

export const FileBuilderId = 'packer.file';

/** packer `builder/file` FileArtifact: the one file written. */
export class FileArtifact implements Artifact {
  constructor(private readonly filename: string) {}
  builderId(): string {
    return FileBuilderId;
  }
  files(): string[] {
    return [this.filename];
  }
  id(): string {
    return 'File';
  }
  string(): string {
    return `Stored file: ${this.filename}`;
  }
  state(_name: string): unknown {
    return undefined;
  }
  async destroy(): Promise<void> {
    await rm(this.filename).catch((e: unknown) => {
      throw goPathError('remove', this.filename, e);
    });
  }
}
