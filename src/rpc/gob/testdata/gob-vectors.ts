import { execFile, execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SOURCE = join(dirname(fileURLToPath(import.meta.url)), 'gob-vectors');

/** Builds testdata/gob-vectors (standard library only) into a temp dir. */
export function buildGobVectors(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'gob-vectors-'));
  for (const file of ['go.mod', 'main.go']) copyFileSync(join(SOURCE, file), join(dir, file));
  const binary = join(dir, 'gob-vectors');
  return new Promise((resolve, reject) => {
    execFile('go', ['build', '-o', binary, '.'], { cwd: dir, env: { ...process.env, CGO_ENABLED: '0' } }, (err, _out, stderr) =>
      err ? reject(new Error(`go build of gob-vectors failed:\n${stderr}`)) : resolve(binary),
    );
  });
}

/** What Go's encoding/gob writes, by vector name. */
export function goVectors(binary: string): Map<string, Buffer> {
  const lines = execFileSync(binary, { encoding: 'utf8' }).trim().split('\n');
  return new Map(lines.map((line) => JSON.parse(line) as { name: string; hex: string }).map((v) => [v.name, Buffer.from(v.hex, 'hex')]));
}

/** Go's decoding of each stream as CommandFinished: the exit status, or `error: …`. */
export function goDecode(binary: string, streams: Buffer[]): string[] {
  const input = streams.map((s) => s.toString('hex')).join('\n') + '\n';
  return execFileSync(binary, ['decode'], { input, encoding: 'utf8' }).trim().split('\n');
}
