import { parseDurationNs } from '../../sdk/index.js';
import type { JsonEntry, JsonNode } from './json-node.js';
import { goFloatF, goKindName, goTypeName, goValue } from './go-format.js';

/**
 * The slice of mitchellh/mapstructure Packer's template parser relies on: decoding a JSON value
 * into a Go struct field, strictly or "weakly" (numbers and bools become strings…), with
 * mapstructure's exact error sentences. Each decode returns its value or pushes an error.
 */

export interface FieldError {
  message: string;
  node: JsonNode;
}

export class Fields {
  readonly errors: FieldError[] = [];
  readonly used = new Set<JsonEntry>();

  constructor(
    readonly obj: JsonNode & { kind: 'object' },
    readonly weak: boolean,
  ) {}

  /** mapstructure matches the field name exactly first, then case-insensitively. */
  find(name: string): JsonEntry | undefined {
    const entries = this.obj.entries;
    let found: JsonEntry | undefined;
    for (const e of entries) if (e.key === name) found = e;
    if (!found) {
      const lower = name.toLowerCase();
      for (const e of entries) if (e.key.toLowerCase() === lower) found = e;
    }
    if (found) for (const e of entries) if (e.key === found.key) this.used.add(e);
    return found;
  }

  fail(message: string, node: JsonNode): undefined {
    this.errors.push({ message, node });
    return undefined;
  }

  string(name: string): string | undefined {
    const e = this.find(name);
    if (!e || e.value.kind === 'null') return undefined;
    return this.toString(name, e.value);
  }

  toString(name: string, n: JsonNode): string | undefined {
    if (n.kind === 'string') return n.value;
    if (this.weak && n.kind === 'number') return goFloatF(n.value);
    if (this.weak && n.kind === 'bool') return n.value ? '1' : '0';
    return this.fail(unconvertible(name, 'string', n), n);
  }

  stringList(name: string): string[] | undefined {
    const e = this.find(name);
    if (!e || e.value.kind === 'null') return undefined;
    const n = e.value;
    if (n.kind !== 'array') {
      // Weak decoding lifts a single value into a one-element slice.
      if (this.weak && n.kind !== 'object') {
        const v = this.toString(name, n);
        return v === undefined ? undefined : [v];
      }
      return this.fail(`'${name}': source data must be an array or slice, got ${goKindName(n)}`, n);
    }
    const out: string[] = [];
    for (const [i, item] of n.items.entries()) {
      if (item.kind === 'null') out.push('');
      else {
        const v = this.toString(`${name}[${i}]`, item);
        if (v !== undefined) out.push(v);
      }
    }
    return out;
  }

  map(name: string): (JsonNode & { kind: 'object' }) | undefined {
    const e = this.find(name);
    if (!e || e.value.kind === 'null') return undefined;
    if (e.value.kind !== 'object') return this.fail(`'${name}' expected a map, got '${goKindName(e.value)}'`, e.value);
    return e.value;
  }

  bool(name: string): boolean | undefined {
    const e = this.find(name);
    if (!e || e.value.kind === 'null') return undefined;
    const n = e.value;
    if (n.kind === 'bool') return n.value;
    if (this.weak && n.kind === 'number') return n.value !== 0;
    return this.fail(unconvertible(name, 'bool', n), n);
  }

  /** A time.Duration field (int64 nanoseconds) with mapstructure.StringToTimeDurationHookFunc. */
  durationNs(name: string): bigint | undefined {
    const e = this.find(name);
    if (!e || e.value.kind === 'null') return undefined;
    const n = e.value;
    if (n.kind === 'string') {
      try {
        return parseDurationNs(n.value);
      } catch (err) {
        return this.fail(`error decoding '${name}': ${(err as Error).message}`, n);
      }
    }
    // mapstructure truncates any float into an int64 field, weak or not.
    if (n.kind === 'number') return BigInt(Math.trunc(n.value));
    if (this.weak && n.kind === 'bool') return n.value ? 1n : 0n;
    return this.fail(unconvertible(name, 'int64', n), n);
  }

  /** The error mapstructure returns for this struct, or undefined. */
  error(): string | undefined {
    return decodingError(this.errors.map((e) => e.message));
  }
}

export function unconvertible(name: string, want: string, n: JsonNode): string {
  return `'${name}' expected type '${want}', got unconvertible type '${goTypeName(n)}', value: '${goValue(n)}'`;
}

/** mapstructure.Error: `N error(s) decoding:` then the sorted points. */
export function decodingError(messages: string[]): string | undefined {
  if (messages.length === 0) return undefined;
  const points = messages.map((m) => `* ${m}`).sort();
  return `${messages.length} error(s) decoding:\n\n${points.join('\n')}`;
}
