import { MultiError } from '../errors.js';

/**
 * Type errors found while decoding, printed as mapstructure prints them
 * (`2 error(s) decoding:\n\n* 'content' expected type 'string', …`, points sorted).
 * A MultiError, so callers that collect errors treat it as one.
 */
export class ConfigDecodeError extends MultiError {
  constructor(readonly points: string[]) {
    super(points.map((p) => new Error(p)));
    const lines = points.map((p) => `* ${p}`).sort();
    this.message = `${points.length} error(s) decoding:\n\n${lines.join('\n')}`;
  }
}

/** Packer's `unknown configuration key: %q`, inside quotes as config.Decode wraps it. */
export function unknownKeyError(key: string): Error {
  return new Error(`unknown configuration key: '${JSON.stringify(key)}'`);
}
