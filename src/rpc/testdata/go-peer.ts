import { execFile, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SOURCE = join(dirname(fileURLToPath(import.meta.url)), 'go-peer');

/** Why the Go interop tests cannot run here, or undefined when `go` is available. */
export function goMissing(): string | undefined {
  const probe = spawnSync('go', ['version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) return `the Go toolchain is not installed (go version: ${probe.error?.message ?? probe.stderr})`;
  return undefined;
}

/**
 * Builds testdata/go-peer into a temp dir (the repo's go.mod/go.sum stay untouched); the
 * modules come from the Go module proxy into the default module cache.
 */
export function buildGoPeer(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'go-peer-'));
  for (const file of ['go.mod', 'main.go']) copyFileSync(join(SOURCE, file), join(dir, file));
  const binary = join(dir, 'go-peer');
  return new Promise((resolve, reject) => {
    execFile(
      'go',
      ['build', '-o', binary, '.'],
      { cwd: dir, env: { ...process.env, GOFLAGS: '-mod=mod', CGO_ENABLED: '0' } },
      (err, _stdout, stderr) => (err ? reject(new Error(`go build of the go-peer failed:\n${stderr}`)) : resolve(binary)),
    );
  });
}
