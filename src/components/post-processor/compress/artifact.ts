import { FilesArtifact } from '../../common/files-artifact.js';

export const CompressBuilderId = 'packer.post-processor.compress';

/** packer compress Artifact: the archive written. */
export class CompressArtifact extends FilesArtifact {
  constructor(path: string) {
    super(
      {
        builderId: CompressBuilderId,
        id: '',
        describe: ([p]) => `compressed artifacts in: ${p}`,
        removal: 'remove-if-present',
      },
      [path],
    );
  }
}
