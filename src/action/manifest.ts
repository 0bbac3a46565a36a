import { promises as fs } from 'node:fs';
import { ordered, type ManifestEntry, type ManifestFile } from '../components/post-processor/manifest/manifest-file.js';
import type { BuildResult } from '../ui/events.js';

/**
 * The run's manifest in Packer's manifest post-processor format (one entry per final artifact),
 * so deploy scripts written for `packer-manifest.json` read it unchanged. `build_time` is the
 * build's end; a file that no longer exists is listed with size 0.
 */
export async function manifestOf(results: readonly BuildResult[], runUuid: string, endedAt: Date): Promise<ManifestFile> {
  const builds: ManifestEntry[] = [];
  for (const r of results) {
    for (const a of r.artifacts) {
      const files = a.files.length === 0 ? null : await Promise.all(a.files.map(async (name) => ({ name, size: await sizeOf(name) })));
      builds.push(
        ordered({
          name: r.name,
          builder_type: r.type,
          build_time: Math.floor(endedAt.getTime() / 1000),
          files,
          artifact_id: a.id,
          packer_run_uuid: runUuid,
          custom_data: null,
        }),
      );
    }
  }
  return { builds: builds.length > 0 ? builds : null, last_run_uuid: runUuid };
}

export async function writeManifest(file: string, m: ManifestFile): Promise<void> {
  await fs.writeFile(file, `${JSON.stringify(m, null, 4)}\n`);
}

async function sizeOf(file: string): Promise<number> {
  try {
    return (await fs.stat(file)).size;
  } catch {
    return 0;
  }
}
