import { FilesArtifact } from '../../common/files-artifact.js';

export const FileBuilderId = 'packer.file';

/** packer `builder/file` FileArtifact: the one file written. */
export class FileArtifact extends FilesArtifact {
  constructor(filename: string) {
    super({ builderId: FileBuilderId, id: 'File', describe: ([f]) => `Stored file: ${f}`, removal: 'remove' }, [filename]);
  }
}
