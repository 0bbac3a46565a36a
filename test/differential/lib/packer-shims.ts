// Packer 1.6.6's own components as plugin binaries: one legacy single-component executable per
// type that execs `packer plugin packer-<kind>-<type>`, the way Packer 1.6.6 itself starts its
// built-ins. Put on PACKER_PLUGIN_PATH, they override image-build's built-in components.
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Every component type image-build has built in, which Packer 1.6.6 also ships. */
export const packerComponents = {
  builder: ['file', 'null'],
  provisioner: ['breakpoint', 'file', 'shell', 'shell-local', 'sleep'],
  'post-processor': ['artifice', 'checksum', 'compress', 'manifest', 'shell-local'],
} as const;

let shimDir: string | undefined;

/** The directory of shims (made once per test file). */
export function packerPluginShims(packer = 'packer'): string {
  if (shimDir !== undefined) return shimDir;
  const dir = mkdtempSync(join(tmpdir(), 'ib-packer-shims-'));
  for (const [kind, types] of Object.entries(packerComponents)) {
    for (const type of types) {
      const name = `packer-${kind}-${type}`;
      const path = join(dir, name);
      writeFileSync(path, `#!/bin/sh\nexec ${packer} plugin ${name}\n`);
      chmodSync(path, 0o755);
    }
  }
  shimDir = dir;
  return dir;
}
