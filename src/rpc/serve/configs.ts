import type { RawConfig } from '../../sdk/index.js';

/** A `Configs` element the plugin cannot use; the message names the element. */
export class ConfigsError extends Error {
  override readonly name = 'ConfigsError';
}

function isMap(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array);
}

/**
 * HCL2 cores send the decoded body as cty JSON in a msgpack bin (SPEC §3.12). We answer
 * ConfigSpec with an empty spec, so the body can only be an empty object; its value is still
 * decoded (null attributes dropped, as mapstructure leaves absent fields alone).
 */
function fromCtyJson(bytes: Uint8Array, where: string): RawConfig {
  let doc: unknown;
  try {
    doc = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    throw new ConfigsError(`${where}: a binary config that is not cty JSON (HCL2 configs are the only binary form)`);
  }
  const value = isMap(doc) ? doc['value'] : undefined;
  if (!isMap(value)) throw new ConfigsError(`${where}: cty JSON config without an object "value"`);
  const raw: RawConfig = {};
  for (const [k, v] of Object.entries(value)) if (v !== null) raw[k] = v;
  return raw;
}

/**
 * The `Configs` list of Prepare/Configure as RawConfig objects, in order. JSON templates send
 * maps (kept as they are, including the core's placeholder map as the last element: the sdk's
 * decodeConfig recognises it as packer-plugin-sdk's DetectContextData does); nil elements are
 * skipped as mapstructure skips them.
 */
export function decodeConfigs(args: unknown, method: string): RawConfig[] {
  if (!isMap(args)) throw new ConfigsError(`${method}: arguments must be a map with "Configs", got ${shapeOf(args)}`);
  const configs = args['Configs'];
  if (configs === null || configs === undefined) return [];
  if (!Array.isArray(configs)) throw new ConfigsError(`${method}: "Configs" must be a list, got ${shapeOf(configs)}`);
  const out: RawConfig[] = [];
  configs.forEach((c: unknown, i) => {
    const where = `${method}: Configs[${i}]`;
    if (c === null || c === undefined) return;
    if (c instanceof Uint8Array) out.push(fromCtyJson(c, where));
    else if (isMap(c)) out.push(c);
    else throw new ConfigsError(`${where} must be a map, got ${shapeOf(c)}`);
  });
  return out;
}

export function shapeOf(v: unknown): string {
  if (v === null || v === undefined) return 'nil';
  if (Array.isArray(v)) return 'a list';
  if (v instanceof Uint8Array) return 'bytes';
  return typeof v === 'object' ? 'a map' : `a ${typeof v}`;
}
