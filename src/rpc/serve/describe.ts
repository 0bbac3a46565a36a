/** packer-plugin-sdk `plugin.SetDescription`, the JSON `describe` prints (SPEC §1.6). */
export interface SetDescription {
  version: string;
  sdk_version: string;
  api_version: string;
  builders: string[];
  post_processors: string[];
  provisioners: string[];
  datasources: string[];
}

/** Plugin API version 5.0, as `_x5.0_` in modern file names. */
export const API_VERSION = 'x5.0';
/** The version of this serving layer, reported as `sdk_version`. */
export const SDK_VERSION = '0.1.0';

/**
 * Go's field order, lists sorted. No `protocol_version: "v2"`: we speak gob ConfigSpecs only,
 * so a modern core never passes `--protobuf` to us (and switches every plugin to gob).
 */
export function describeJson(d: SetDescription): string {
  const sorted = (xs: string[]): string[] => [...xs].sort();
  const out: SetDescription = {
    version: d.version,
    sdk_version: d.sdk_version,
    api_version: d.api_version,
    builders: sorted(d.builders),
    post_processors: sorted(d.post_processors),
    provisioners: sorted(d.provisioners),
    datasources: sorted(d.datasources),
  };
  return `${JSON.stringify(out)}\n`;
}
