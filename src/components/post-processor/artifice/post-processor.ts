import { decodeConfig, defineSpec } from '../../../sdk/config/index.js';
import type { Artifact, PostProcessor, PostProcessResult, RawConfig, Ui } from '../../../sdk/index.js';
import { goGlob } from '../../common/go-glob.js';
import { ArtificeArtifact } from './artifact.js';

const spec = defineSpec({
  files: { kind: 'string-list', default: [] },
  keep_input_artifact: { kind: 'bool', default: false },
});

/** packer `post-processor/artifice`: replaces the artifact by the files named (globs allowed). */
export class ArtificePostProcessor implements PostProcessor {
  private files: string[] = [];

  async configure(...raws: RawConfig[]): Promise<void> {
    const { config } = decodeConfig(spec, raws);
    if (config.files.length === 0) throw new Error('No files specified in artifice configuration');
    this.files = config.files;
  }

  async postProcess(_signal: AbortSignal, ui: Ui, artifact: Artifact): Promise<PostProcessResult> {
    if (artifact.files().length > 0) ui.say(`Discarding files from artifact: ${artifact.files().join(', ')}`);
    const found = this.files.flatMap((f) => goGlob(f));
    ui.say(`Using these artifact files: ${found.join(', ')}`);
    return { artifact: new ArtificeArtifact(found), keep: true, forceOverride: false };
  }
}
