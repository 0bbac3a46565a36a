import type { GoMap } from './value.js';

/** One of Packer's fixers (fix/fixer.go): it may change `input` in place and returns it. */
export interface Fixer {
  name: string;
  /** As `packer fix -h` lists it. */
  synopsis: string;
  fix(input: GoMap): GoMap;
}
