/** The manifest's JSON shape (packer `post-processor/manifest` ManifestFile/Artifact), in Go's field order. */
export interface ManifestArtifactFile {
  name: string;
  size: number;
}

export interface ManifestEntry {
  name: string;
  builder_type: string;
  /** Omitted when 0 (`omitempty`), as with `strip_time`. */
  build_time?: number;
  files: ManifestArtifactFile[] | null;
  artifact_id: string;
  packer_run_uuid: string;
  custom_data: Record<string, string> | null;
}

export interface ManifestFile {
  builds: ManifestEntry[] | null;
  last_run_uuid: string;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads an existing manifest as Go's json.Unmarshal into the struct would: unknown fields dropped. */
export function parseManifest(text: string): ManifestFile {
  const raw: unknown = JSON.parse(text);
  if (!isObj(raw)) throw new Error('json: cannot unmarshal non-object into Go value of type manifest.ManifestFile');
  const builds = Array.isArray(raw['builds']) ? raw['builds'].filter(isObj).map(entry) : null;
  return { builds, last_run_uuid: str(raw['last_run_uuid']) };
}

function entry(b: Record<string, unknown>): ManifestEntry {
  const files = Array.isArray(b['files'])
    ? b['files'].filter(isObj).map((f) => ({ name: str(f['name']), size: typeof f['size'] === 'number' ? f['size'] : 0 }))
    : null;
  let custom: Record<string, string> | null = null;
  if (isObj(b['custom_data'])) {
    custom = {};
    for (const [k, v] of Object.entries(b['custom_data'])) custom[k] = str(v);
  }
  return ordered({
    name: str(b['name']),
    builder_type: str(b['builder_type']),
    build_time: typeof b['build_time'] === 'number' ? b['build_time'] : 0,
    files,
    artifact_id: str(b['artifact_id']),
    packer_run_uuid: str(b['packer_run_uuid']),
    custom_data: custom,
  });
}

/** Puts fields in Go's order, drops a zero build_time and sorts custom_data keys as Go marshals maps. */
export function ordered(e: ManifestEntry): ManifestEntry {
  const custom = e.custom_data
    ? Object.fromEntries(Object.keys(e.custom_data).sort().map((k) => [k, e.custom_data![k]!]))
    : null;
  return {
    name: e.name,
    builder_type: e.builder_type,
    ...(e.build_time ? { build_time: e.build_time } : {}),
    files: e.files,
    artifact_id: e.artifact_id,
    packer_run_uuid: e.packer_run_uuid,
    custom_data: custom,
  };
}
