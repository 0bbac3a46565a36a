/** image-build's own version (package.json's; a test keeps them equal). */
export const VERSION = '0.1.0';

/** The Packer release whose behaviour image-build reproduces. */
export const PACKER_COMPAT_VERSION = '1.6.6';
