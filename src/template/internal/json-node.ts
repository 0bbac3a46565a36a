/**
 * A JSON value that remembers where it was written, so every template error can name the file,
 * line and column. Offsets are byte offsets into the file (Go's json reports bytes too).
 */
export type JsonNode =
  | { kind: 'object'; offset: number; entries: JsonEntry[] }
  | { kind: 'array'; offset: number; items: JsonNode[] }
  | { kind: 'string'; offset: number; value: string }
  | { kind: 'number'; offset: number; value: number; text: string }
  | { kind: 'bool'; offset: number; value: boolean }
  | { kind: 'null'; offset: number };

export interface JsonEntry {
  key: string;
  keyOffset: number;
  value: JsonNode;
}

/** Last entry wins for duplicate keys, as Go's map decoding does (duplicates are reported apart). */
export function entry(node: JsonNode, key: string): JsonEntry | undefined {
  if (node.kind !== 'object') return undefined;
  for (let i = node.entries.length - 1; i >= 0; i--) if (node.entries[i]!.key === key) return node.entries[i];
  return undefined;
}

/** Plain JS value of a node: what a component's RawConfig holds. */
export function toValue(node: JsonNode): unknown {
  switch (node.kind) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const e of node.entries) out[e.key] = toValue(e.value);
      return out;
    }
    case 'array':
      return node.items.map(toValue);
    case 'null':
      return null;
    default:
      return node.value;
  }
}

/** Object entries with duplicates collapsed (last wins), in first-seen order. */
export function uniqueEntries(node: JsonNode & { kind: 'object' }): JsonEntry[] {
  const byKey = new Map<string, JsonEntry>();
  for (const e of node.entries) {
    const prev = byKey.get(e.key);
    if (prev) byKey.delete(e.key);
    byKey.set(e.key, e);
  }
  return [...byKey.values()];
}
