import { createdFromFiles, FilesArtifact } from '../../common/files-artifact.js';

export const ChecksumBuilderId = 'packer.post-processor.checksum';

/** packer checksum Artifact: the input files plus the checksum files it created. */
export class ChecksumArtifact extends FilesArtifact {
  constructor(paths: string[]) {
    super(createdFromFiles(ChecksumBuilderId), paths);
  }
}
