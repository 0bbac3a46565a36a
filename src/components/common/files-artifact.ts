import { rm } from 'node:fs/promises';
import { goPathError, type Artifact } from '../../sdk/index.js';

/**
 * How Go's Destroy deletes the files: `os.Remove` (a missing file is an error), `os.Remove` with
 * the not-exist error ignored, or `os.RemoveAll` (whole trees; its errors name `unlinkat`).
 */
export type FileRemoval = 'remove' | 'remove-if-present' | 'remove-all';

/** What tells one component's file artifact from another's. */
export interface FilesArtifactKind {
  builderId: string;
  id: string;
  /** The artifact's String(), from its files. */
  describe: (paths: readonly string[]) => string;
  removal: FileRemoval;
}

/**
 * artifice's and checksum's kind: a list of files and trees, `Created artifact from files: a, b`,
 * destroyed with os.RemoveAll.
 */
export function createdFromFiles(builderId: string): FilesArtifactKind {
  return { builderId, id: '', describe: (files) => `Created artifact from files: ${files.join(', ')}`, removal: 'remove-all' };
}

/**
 * The shape of packer's file-backed artifacts (file builder, artifice, checksum, compress): local
 * files, no state, Destroy deletes them. Each component supplies its builder id and wording.
 */
export class FilesArtifact implements Artifact {
  private readonly paths: readonly string[];

  constructor(
    private readonly kind: FilesArtifactKind,
    paths: readonly string[],
  ) {
    this.paths = [...paths];
  }
  builderId(): string {
    return this.kind.builderId;
  }
  files(): string[] {
    return [...this.paths];
  }
  id(): string {
    return this.kind.id;
  }
  string(): string {
    return this.kind.describe(this.paths);
  }
  state(_name: string): unknown {
    return undefined;
  }
  async destroy(): Promise<void> {
    const { removal } = this.kind;
    const op = removal === 'remove-all' ? 'unlinkat' : 'remove';
    const options = removal === 'remove' ? {} : { recursive: removal === 'remove-all', force: true };
    for (const f of this.paths) {
      await rm(f, options).catch((e: unknown) => {
        throw goPathError(op, f, e);
      });
    }
  }
}
