import type { RawConfig } from '../raw-config.js';

const isMap = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Merges raw configs the way decoding them one after another into one Go struct does: later
 * raws win key by key, and nested maps are merged rather than replaced.
 */
export function mergeRaws(raws: RawConfig[]): RawConfig {
  const out: RawConfig = {};
  for (const raw of raws) mergeInto(out, raw);
  return out;
}

function mergeInto(target: Record<string, unknown>, src: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(src)) {
    const cur = target[k];
    if (isMap(cur) && isMap(v)) {
      const copy = { ...cur };
      mergeInto(copy, v);
      target[k] = copy;
    } else {
      target[k] = isMap(v) ? mergeCopy(v) : v;
    }
  }
}

function mergeCopy(v: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  mergeInto(copy, v);
  return copy;
}
