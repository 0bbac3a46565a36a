import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { goMissing, installModernPlugin } from '../fixtures/go-fixtures.js';
import { prepareModernPacker, type ModernPackerEnv } from '../fixtures/modern-packer-env.js';
import { startPacker, type PackerResult, type RunningPacker } from '../fixtures/packer-run.js';
import { entriesIn, processesUnder, processesUnderAfter } from './leftovers.js';

/** The bundled CLI, as users run it (`npm run build` makes dist/cli). */
export const IMAGE_BUILD = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'image-build.js');

/** Why the bundle cannot run, or undefined. */
export function bundleMissing(): string | undefined {
  const bundle = join(dirname(IMAGE_BUILD), '..', 'dist', 'cli', 'index.js');
  return existsSync(bundle) ? undefined : `${bundle} is missing: run \`npm run build\` first`;
}

/** `ib` is image-build, `go` the modern Packer core (the reference). */
export type Core = 'ib' | 'go';

export interface CoreRun extends PackerResult {
  core: Core;
  /** The run's working directory ({{pwd}} in templates). */
  dir: string;
  /** Plugin processes still alive after the core exited (should be none). */
  processesLeft: string[];
  /** What the run left in its private TMPDIR (should be nothing). */
  tmpLeft: string[];
}

export interface StartedRun {
  dir: string;
  running: RunningPacker;
  /** Waits for the core to exit, then looks for what it left. */
  finished: Promise<CoreRun>;
}

export interface SdkPluginEnv {
  modern: ModernPackerEnv;
  /** The plugins again, in image-build's own dir: leftovers of either core are told apart by dir. */
  ibPluginDir: string;
  start(core: Core, files: Record<string, string>, args: string[]): StartedRun;
  run(core: Core, files: Record<string, string>, args: string[]): Promise<CoreRun>;
  /** The same files and args under both cores, side by side. */
  both(files: Record<string, string>, args: string[]): Promise<{ ib: CoreRun; go: CoreRun }>;
  cleanup(): void;
}

/** Builds (or takes from the fixture cache) the Go plugins and the modern core, installed twice. */
export async function prepareSdkPluginEnv(): Promise<SdkPluginEnv> {
  const modern = await prepareModernPacker();
  const ibPluginDir = join(modern.root, 'ib-plugins');
  await installModernPlugin(modern.ibtest, ibPluginDir, { namespace: 'image-build', name: 'ibtest', version: '0.1.0' });
  const { published } = modern;
  await installModernPlugin(published.path, ibPluginDir, { namespace: 'hashicorp', name: published.name, version: published.version });

  const start = (core: Core, files: Record<string, string>, args: string[]): StartedRun => {
    const { dir, env } = modern.workspace(files);
    const pluginDir = core === 'ib' ? ibPluginDir : modern.pluginDir;
    const tmp = join(dir, 'tmp');
    mkdirSync(tmp);
    const runEnv = { ...env, PACKER_PLUGIN_PATH: pluginDir, TMPDIR: tmp };
    const running = core === 'ib' ? startPacker(process.execPath, [IMAGE_BUILD, ...args], dir, runEnv) : startPacker(modern.packer, args, dir, runEnv);
    const finished = running.done.then(async (result) => ({
      ...result,
      core,
      dir,
      // image-build must have stopped its plugins before it exited; the Go core gets a grace
      processesLeft: core === 'ib' ? processesUnder(pluginDir) : await processesUnderAfter(pluginDir, 5_000),
      tmpLeft: entriesIn(tmp),
    }));
    return { dir, running, finished };
  };
  return {
    modern,
    ibPluginDir,
    start,
    run: (core, files, args) => start(core, files, args).finished,
    async both(files, args) {
      const [ib, go] = await Promise.all([start('ib', files, args).finished, start('go', files, args).finished]);
      return { ib, go };
    },
    cleanup: () => modern.cleanup(),
  };
}

/** Why these tests cannot run here (no Go toolchain, no bundle), or undefined. */
export function sdkPluginsMissing(): string | undefined {
  return goMissing() ?? bundleMissing();
}

/** Every run, whatever its outcome, must leave no plugin process and no temp file. */
export function expectClean(run: CoreRun): void {
  expect({ core: run.core, processesLeft: run.processesLeft, tmpLeft: run.tmpLeft }).toEqual({ core: run.core, processesLeft: [], tmpLeft: [] });
}

export const json = (value: unknown): string => JSON.stringify(value, null, 2);
