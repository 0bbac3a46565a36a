import type { Artifact } from '../sdk/index.js';
import type { ArtifactRecord } from '../ui/events.js';
import { maskDeep } from './internal/mask-deep.js';

/** Reads an artifact once into plain data for the event stream (renderers never call plugins). */
export function toArtifactRecord(a: Artifact, mask: (s: string) => string): ArtifactRecord {
  const record: ArtifactRecord = {
    builderId: a.builderId(),
    id: mask(a.id()),
    string: mask(a.string()),
    files: [...a.files()],
  };
  const generated = a.state('generated_data');
  if (generated !== null && typeof generated === 'object' && !Array.isArray(generated)) {
    record.generatedData = maskDeep(generated as Record<string, unknown>, mask);
  }
  return record;
}
