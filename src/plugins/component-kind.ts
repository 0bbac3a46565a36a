/** The three component kinds a Packer 1.6.6 plugin binary can serve. */
export type ComponentKind = 'builder' | 'provisioner' | 'post-processor';

export const componentKinds: readonly ComponentKind[] = ['builder', 'post-processor', 'provisioner'];

/** `packer-builder-`, `packer-provisioner-`, `packer-post-processor-`: the legacy file-name prefixes. */
export function singlePrefix(kind: ComponentKind): string {
  return `packer-${kind}-`;
}

/** Prefix of a multi-component binary (`packer-plugin-amazon` serves `amazon-ebs`, …). */
export const multiPrefix = 'packer-plugin-';

/**
 * The kind a file name announces, and the name after the prefix. Used for config-file entries,
 * where 1.6.6 (`loadSingleComponent`) ignores the map the path sits in and trusts the file name.
 */
export function kindFromFileName(base: string): { kind: ComponentKind; name: string } | undefined {
  for (const kind of componentKinds) {
    const prefix = singlePrefix(kind);
    if (base.startsWith(prefix)) return { kind, name: base.slice(prefix.length) };
  }
  return undefined;
}
