/**
 * Outcomes a component or the core can report, one class each, checked with `instanceof`.
 * Messages follow Packer's wording where users (and scripts) already depend on it.
 */

/** Several errors at once, formatted as hashicorp/go-multierror does (Packer prints this form). */
export class MultiError extends Error {
  override readonly name = 'MultiError';
  constructor(readonly errors: Error[]) {
    super(formatMulti(errors));
  }
  static of(errors: Array<Error | string>): MultiError {
    return new MultiError(errors.map((e) => (typeof e === 'string' ? new Error(e) : e)));
  }
  /** Throws a MultiError when `errors` is not empty. */
  static throwIfAny(errors: Array<Error | string>): void {
    if (errors.length > 0) throw MultiError.of(errors);
  }
}

export function formatMulti(errors: Error[]): string {
  if (errors.length === 1) return `1 error occurred:\n\t* ${errors[0]!.message}\n\n`;
  const points = errors.map((e) => `* ${e.message}`).join('\n\t');
  return `${errors.length} errors occurred:\n\t${points}\n\n`;
}

/** The build was cancelled (signal aborted). Not a failure of the component. */
export class CancelledError extends Error {
  override readonly name = 'CancelledError';
  constructor(message = 'Build was cancelled.') {
    super(message);
  }
}

/** A step halted the build; `message` is what the step reported. */
export class BuildHaltedError extends Error {
  override readonly name = 'BuildHaltedError';
}

/** Throws CancelledError when `signal` is aborted; call between units of work. */
export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new CancelledError();
}

/**
 * packer-plugin-sdk's own `packer.MultiError` (not go-multierror): `N error(s) occurred:\n\n* a\n* b`.
 * Packer uses it for post-processor failures and some components' prepare errors.
 */
export class PackerMultiError extends Error {
  override readonly name = 'PackerMultiError';
  constructor(readonly errors: Error[]) {
    super(`${errors.length} error(s) occurred:\n\n${errors.map((e) => `* ${e.message}`).join('\n')}`);
  }
}
