/**
 * Go's `flag` package as Packer's commands use it (ContinueOnError): `-x=v`, `-x v`, `--x`,
 * bool flags that take a value only with `=`, `--` ending the flags, a lone `-` being an
 * argument, and Go's error texts word for word (Packer prints them after the usage).
 */
import { goQuote } from '../sdk/index.js';

export type ParseResult =
  | { kind: 'ok'; args: string[] }
  /** `-h` / `-help` not defined by the command: Go prints the usage. */
  | { kind: 'help' }
  | { kind: 'error'; message: string };

interface FlagDef {
  bool: boolean;
  /** Throws an Error whose message Go appends after `invalid value … for flag -x: `. */
  set(value: string): void;
}

export class FlagSet {
  private readonly defs = new Map<string, FlagDef>();

  bool(name: string, set: (v: boolean) => void): this {
    this.defs.set(name, { bool: true, set: (v) => set(parseBool(v)) });
    return this;
  }

  string(name: string, set: (v: string) => void): this {
    this.defs.set(name, { bool: false, set });
    return this;
  }

  int(name: string, set: (v: number) => void): this {
    this.defs.set(name, { bool: false, set: (v) => set(parseInt64(v)) });
    return this;
  }

  /** A flag whose values are checked by `set` (Packer's enumflag, kvflag, sliceflag). */
  value(name: string, set: (v: string) => void): this {
    return this.string(name, set);
  }

  parse(argv: readonly string[]): ParseResult {
    const args = [...argv];
    while (args.length > 0) {
      const s = args[0]!;
      if (s.length < 2 || s[0] !== '-') break;
      let minuses = 1;
      if (s[1] === '-') {
        minuses = 2;
        if (s.length === 2) {
          args.shift();
          break;
        }
      }
      let name = s.slice(minuses);
      if (name.length === 0 || name[0] === '-' || name[0] === '=') return fail(`bad flag syntax: ${s}`);
      args.shift();
      let value: string | undefined;
      const eq = name.indexOf('=');
      if (eq >= 0) {
        value = name.slice(eq + 1);
        name = name.slice(0, eq);
      }
      const def = this.defs.get(name);
      if (!def) {
        if (name === 'help' || name === 'h') return { kind: 'help' };
        return fail(`flag provided but not defined: -${name}`);
      }
      if (def.bool) {
        try {
          def.set(value ?? 'true');
        } catch (e) {
          return fail(`invalid boolean value ${goQuote(value ?? '')} for -${name}: ${errText(e)}`);
        }
        continue;
      }
      if (value === undefined) {
        if (args.length === 0) return fail(`flag needs an argument: -${name}`);
        value = args.shift()!;
      }
      try {
        def.set(value);
      } catch (e) {
        return fail(`invalid value ${goQuote(value)} for flag -${name}: ${errText(e)}`);
      }
    }
    return { kind: 'ok', args };
  }
}

function fail(message: string): ParseResult {
  return { kind: 'error', message };
}

function errText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** strconv.ParseBool. */
export function parseBool(v: string): boolean {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(v)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(v)) return false;
  throw new Error('parse error');
}

/** strconv.ParseInt(v, 0, 64): decimal, 0x, 0o/0 (octal), 0b, `_` between digits. */
export function parseInt64(v: string): number {
  const m = /^([+-]?)(0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|0[0-7_]*|[1-9][0-9_]*)$/.exec(v);
  if (!m || /__|_$/.test(m[2]!)) throw new Error('parse error');
  let digits = m[2]!.replaceAll('_', '');
  if (/^0[0-7]/.test(digits)) digits = `0o${digits.slice(1)}`;
  const n = BigInt(digits) * (m[1] === '-' ? -1n : 1n);
  if (n > 9223372036854775807n || n < -9223372036854775808n) throw new Error('value out of range');
  return Number(n);
}

