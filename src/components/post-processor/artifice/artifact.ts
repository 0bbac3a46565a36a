import { createdFromFiles, FilesArtifact } from '../../common/files-artifact.js';

export const ArtificeBuilderId = 'packer.post-processor.artifice';

/** packer artifice Artifact: the files named in the config. */
export class ArtificeArtifact extends FilesArtifact {
  constructor(paths: string[]) {
    super(createdFromFiles(ArtificeBuilderId), paths);
  }
}
