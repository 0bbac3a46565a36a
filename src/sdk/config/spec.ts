/** The kinds of value a component config field can hold (the Go field types Packer's configs use). */
export type FieldKind =
  | 'string'
  | 'int'
  | 'bool'
  | 'duration'
  | 'string-list'
  | 'int-list'
  | 'string-map'
  | 'any';

/** `duration` decodes to milliseconds (Go's time.Duration, scaled to what Node timers take). */
export interface KindTypes {
  string: string;
  int: number;
  bool: boolean;
  duration: number;
  'string-list': string[];
  'int-list': number[];
  'string-map': Record<string, string>;
  any: unknown;
}

export interface FieldSpec<K extends FieldKind = FieldKind> {
  kind: K;
  /** Missing or empty → `<key> must be specified` (components with Packer-specific wording check themselves). */
  required?: boolean;
  default?: KindTypes[K];
  /**
   * The Go field name when Packer declares the field without a `mapstructure` tag (sleep's
   * `Duration`): mapstructure then looks the key up by that name and names it in its errors.
   */
  goField?: string;
}

/** A component's config: key (as in the template) → field. */
export type ConfigSpec = Record<string, FieldSpec>;

type HasValue<F> = F extends { default: unknown } ? true : F extends { required: true } ? true : false;

/** The typed result of decoding with spec `S`: fields without default or `required` may be undefined. */
export type ConfigOf<S extends ConfigSpec> = {
  -readonly [K in keyof S]: HasValue<S[K]> extends true
    ? KindTypes[S[K]['kind']]
    : KindTypes[S[K]['kind']] | undefined;
};

/** Declares a spec while keeping its literal kinds, so ConfigOf can type the result. */
export function defineSpec<S extends ConfigSpec>(spec: S): S {
  return spec;
}
