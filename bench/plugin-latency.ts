// Plugin start-to-first-RPC latency, image-build vs Packer 1.6.6, both as the core of Packer's
// own null builder (`packer plugin packer-builder-null`). Bundled by bench/run.sh with ncc.
//   image-build: in this process, startPlugin (spawn, handshake line, connect, yamux, broker,
//     dial of the main server) then Builder.Prepare({communicator: "none"}); timed from just
//     before the spawn to the Prepare reply, then the plugin is killed (not timed). N starts.
//   packer: no hook inside Packer times this (PACKER_LOG stamps are whole seconds), so it is
//     `packer validate t.json` (starts the one builder plugin and calls Prepare) minus
//     `packer validate -syntax-only t.json` (same process start and template read, no plugin),
//     each timed N times around the whole process; median minus median.
// The same validate difference is measured for image-build. Both tools find the same shim
// (`exec packer plugin packer-builder-null`) in the working directory and run the plugin through it.
// image-build's `validate` of the same template without the shim (its built-in null builder, no
// process) is measured too: validate(shim) minus that is the plugin's cost alone, without the
// work validate does beyond -syntax-only (the core's module chunks, Prepare of a built-in).
// Usage: node <bundle> N <image-build command...>; prints one JSON line.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startPlugin } from '../src/plugins/index.js';
import { remoteBuilder } from '../src/rpc/remote/index.js';

const n = Number(process.argv[2] ?? '20');
const engine = process.argv.slice(3);
if (!(n > 0) || engine.length === 0) {
  process.stderr.write('usage: plugin-latency N <image-build command...>\n');
  process.exit(2);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

async function startToFirstRpc(): Promise<number[]> {
  const env = { ...process.env, CHECKPOINT_DISABLE: '1' };
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const proc = await startPlugin({ path: 'packer', args: ['plugin', 'packer-builder-null'], name: 'packer-builder-null' }, { env });
    try {
      await remoteBuilder(proc).prepare({ communicator: 'none' });
      times.push(performance.now() - t0);
    } finally {
      await proc.kill();
    }
  }
  return times;
}

/** Median wall ms of `cmd args` in `dir` over n runs; throws when a run fails. */
function timed(cmd: string[], args: string[], dir: string, env: NodeJS.ProcessEnv): number {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const r = spawnSync(cmd[0]!, [...cmd.slice(1), ...args], { cwd: dir, env, encoding: 'utf8' });
    times.push(performance.now() - t0);
    if (r.status !== 0) throw new Error(`${[...cmd, ...args].join(' ')} failed (${r.status}):\n${r.stdout}${r.stderr}`);
  }
  return median(times);
}

function validateDifference(cmd: string[], dir: string, env: NodeJS.ProcessEnv): { full: number; syntaxOnly: number; plugin: number } {
  const full = timed(cmd, ['validate', 't.json'], dir, env);
  const syntaxOnly = timed(cmd, ['validate', '-syntax-only', 't.json'], dir, env);
  return { full, syntaxOnly, plugin: full - syntaxOnly };
}

// ncc bundles to CommonJS: no top-level await.
async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ib-latency-'));
  try {
    writeFileSync(join(dir, 't.json'), JSON.stringify({ builders: [{ type: 'null', communicator: 'none' }] }));
    writeFileSync(join(dir, 'packer-builder-null'), '#!/bin/sh\nexec packer plugin packer-builder-null\n');
    chmodSync(join(dir, 'packer-builder-null'), 0o755);
    const env: NodeJS.ProcessEnv = { ...process.env, CHECKPOINT_DISABLE: '1', HOME: dir };
    delete env['PACKER_LOG'];
    const direct = await startToFirstRpc();
    const packer = validateDifference(['packer'], dir, env);
    const imageBuild = validateDifference(engine, dir, env);
    const bare = join(dir, 'no-plugin');
    mkdirSync(bare);
    writeFileSync(join(bare, 't.json'), JSON.stringify({ builders: [{ type: 'null', communicator: 'none' }] }));
    const imageBuildBuiltin = timed(engine, ['validate', 't.json'], bare, env);
    const round = (x: number): number => Math.round(x * 10) / 10;
    process.stdout.write(
      JSON.stringify({
        n,
        imageBuildStartToFirstRpcMs: round(median(direct)),
        imageBuildStartToFirstRpcMinMaxMs: [round(Math.min(...direct)), round(Math.max(...direct))],
        packerValidateMs: round(packer.full),
        packerSyntaxOnlyMs: round(packer.syntaxOnly),
        packerPluginMs: round(packer.plugin),
        imageBuildValidateMs: round(imageBuild.full),
        imageBuildSyntaxOnlyMs: round(imageBuild.syntaxOnly),
        imageBuildPluginMs: round(imageBuild.plugin),
        imageBuildBuiltinValidateMs: round(imageBuildBuiltin),
        imageBuildPluginOverBuiltinMs: round(imageBuild.full - imageBuildBuiltin),
      }) + '\n',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`plugin-latency: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
