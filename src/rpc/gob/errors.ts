/** A gob stream we cannot read: malformed, truncated, or outside the subset Packer still uses. */
export class GobError extends Error {
  override readonly name = 'GobError';
  constructor(message: string) {
    super(`gob: ${message}`);
  }
}
