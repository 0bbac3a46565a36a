import { rm } from 'node:fs/promises';
import type { Artifact } from '../../src/sdk/index.js';

/** A file-backed artifact with state, as a builder or post-processor of a plugin hands it out. */
export class TsDemoArtifact implements Artifact {
  constructor(
    private readonly id_: string,
    private readonly builderId_: string,
    private readonly path: string,
    private readonly stateByName: Record<string, unknown>,
  ) {}
  builderId(): string {
    return this.builderId_;
  }
  files(): string[] {
    return [this.path];
  }
  id(): string {
    return this.id_;
  }
  string(): string {
    return `TypeScript demo file: ${this.path}`;
  }
  state(name: string): unknown {
    return this.stateByName[name];
  }
  async destroy(): Promise<void> {
    await rm(this.path, { force: true });
  }
}
