import { PackerMultiError } from '../../sdk/index.js';

/** Throws Packer's own MultiError (`N error(s) occurred:`) when there is any error. */
export function throwIfAnyPacker(errors: Array<Error | string>): void {
  if (errors.length > 0) throw new PackerMultiError(errors.map((e) => (typeof e === 'string' ? new Error(e) : e)));
}

/** Go's `fmt.Sprintf` for the `%s`-only formats users may give (env_var_format). */
export function sprintfS(format: string, ...args: string[]): string {
  let i = 0;
  return format.replace(/%([s%])/g, (_m, c: string) => {
    if (c === '%') return '%';
    const a = args[i++];
    return a === undefined ? '%!s(MISSING)' : a;
  });
}

/** Go's `%v` of an []int, as in `Allowed exit codes are: [0 3]`. */
export const goIntList = (xs: number[]): string => `[${xs.join(' ')}]`;
