import type { RawConfig } from '../../sdk/index.js';
import type { ProvisionerDef } from '../model.js';
import { Fields } from './decode.js';
import { goKindName } from './go-format.js';
import { toValue, type JsonNode } from './json-node.js';
import type { Locate } from './parse-template.js';

/**
 * Packer's `rawTemplate.decodeProvisioner`: a weak decode of the common keys (so `max_retries: 3`
 * and `only: "x"` are accepted), Go durations for `pause_before`/`timeout` (a bare number is
 * nanoseconds), then the component's own config without those keys.
 */

export type ProvisionerOutcome = { def: ProvisionerDef } | { error: string; node: JsonNode; key: string };

const COMMON_KEYS = ['except', 'only', 'override', 'pause_before', 'max_retries', 'type', 'timeout'];

export function decodeProvisioner(node: JsonNode, locate: Locate): ProvisionerOutcome {
  if (node.kind !== 'object') {
    return { error: `Error decoding provisioner: '' expected a map, got '${goKindName(node)}'`, node, key: '' };
  }
  const f = new Fields(node, true);
  const only = f.stringList('Only') ?? [];
  const except = f.stringList('Except') ?? [];
  const type = f.string('Type') ?? '';
  f.map('Config');
  const overrideNode = f.map('Override');
  const pauseNs = f.durationNs('pause_before') ?? 0n;
  const maxRetries = f.string('max_retries') ?? '';
  const timeoutNs = f.durationNs('timeout') ?? 0n;
  const err = f.error();
  if (err !== undefined) {
    const first = f.errors[0]!.node;
    return { error: `Error decoding provisioner: ${err}`, node: first, key: '' };
  }
  if (type === '') return { error: "Provisioner missing 'type'", node, key: '.type' };

  const config = toValue(node) as RawConfig;
  for (const k of COMMON_KEYS) delete config[k];
  const override: Record<string, RawConfig> = {};
  if (overrideNode) {
    for (const e of overrideNode.entries) {
      const v = toValue(e.value);
      // Packer merges whatever the template gives; a non-object override is the component's error.
      override[e.key] = (v !== null && typeof v === 'object' && !Array.isArray(v) ? v : {}) as RawConfig;
    }
  }
  return {
    def: {
      type,
      config,
      only,
      except,
      override,
      pauseBeforeMs: Number(pauseNs) / 1e6,
      maxRetries: maxRetriesValue(maxRetries),
      timeoutMs: Number(timeoutNs) / 1e6,
      pos: locate(node.offset),
    },
  };
}

/** Packer keeps `max_retries` as a string (a template); a plain integer is returned as a number. */
function maxRetriesValue(s: string): number | string {
  if (s === '') return 0;
  return /^[+-]?\d+$/.test(s) ? Number(s) : s;
}
