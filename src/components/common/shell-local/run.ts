import { chmod, rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Ui } from '../../../sdk/index.js';
import { render } from '../../../sdk/interpolate/index.js';
import { runLocal } from '../local-exec.js';
import { flattenEnvVars } from '../env-vars.js';
import { goIntList } from '../packer-errors.js';
import { writeTempScript } from '../temp-script.js';
import type { ShellLocalConfig } from './config.js';

/** packer `common/shell-local` Run: one local process per script, output streamed to the Ui. */
export async function runShellLocal(
  signal: AbortSignal,
  ui: Ui,
  config: ShellLocalConfig,
  generatedData: Record<string, unknown>,
): Promise<void> {
  if (config.onlyOn.length > 0 && !config.onlyOn.includes(goOs())) {
    ui.say('Skipping shell-local due to OS');
    return;
  }
  const dataCtx = { ...config.ctx, data: generatedData };
  const scripts = [...config.scripts];
  let tempScript: string | undefined;
  try {
    if (scripts.length === 0 && config.inline !== undefined) {
      tempScript = await createInlineScriptFile(config, dataCtx);
      scripts.push(tempScript);
    }
    const vars = flattenedEnvVars(config, dataCtx);
    for (const script of scripts) {
      // The command gets the absolute path (filepath.Abs): `/bin/sh -c "pp.sh"` would search PATH.
      const absScript = resolve(script);
      const argv = config.executeCommand.map((c) => {
        try {
          return render(c, { ...dataCtx, data: { Vars: vars, Script: absScript, Command: absScript, WinRMPassword: '' } });
        } catch (e) {
          throw new Error(`Error processing command: ${(e as Error).message}`);
        }
      });
      ui.say(`Running local shell script: ${script}`);
      let status: number;
      try {
        status = await runLocal(argv, {
          signal,
          onStdout: (l) => ui.message(l),
          onStderr: (l) => ui.error(l),
        });
      } catch {
        status = Number.NaN;
      }
      if (Number.isNaN(status) || signal.aborted) {
        throw new Error(`Error executing script: ${absScript}\n\nPlease see output above for more information.`);
      }
      if (!config.validExitCodes.includes(status)) {
        // Packer's wording, missing space included.
        throw new Error(
          `Script exited with non-zero exit status: ${status}.Allowed exit codes are: ${goIntList(config.validExitCodes)}`,
        );
      }
    }
  } finally {
    if (tempScript !== undefined) await rm(tempScript, { force: true });
  }
}

/** Go's runtime.GOOS for this machine. */
function goOs(): string {
  return process.platform === 'win32' ? 'windows' : process.platform === 'sunos' ? 'solaris' : process.platform;
}

async function createInlineScriptFile(config: ShellLocalConfig, ctx: ShellLocalConfig['ctx']): Promise<string> {
  const lines = config.inline!.map((c) => render(c, ctx) + '\n');
  const body = `#!${config.inlineShebang}\n${lines.join('')}`;
  let path = await writeTempScript(goTempDir(), 'packer-shell', body);
  await chmod(path, 0o700);
  if (config.tempfileExtension !== '') {
    const withExt = `${path}.${config.tempfileExtension}`;
    await rename(path, withExt);
    path = withExt;
  }
  return path;
}

/** Go's os.TempDir: $TMPDIR or /tmp (packer 1.6.6 shell-local ignores PACKER_TMP_DIR). */
function goTempDir(): string {
  return process.env['TMPDIR'] || '/tmp';
}

function flattenedEnvVars(config: ShellLocalConfig, ctx: ShellLocalConfig['ctx']): string {
  const env: Record<string, string> = {
    PACKER_BUILD_NAME: config.buildName,
    PACKER_BUILDER_TYPE: config.builderType,
  };
  const httpAddr = ctx.data && (ctx.data as Record<string, unknown>)['PackerHTTPAddr'];
  if (typeof httpAddr === 'string' && httpAddr !== '' && !httpAddr.startsWith('ERR_')) env['PACKER_HTTP_ADDR'] = httpAddr;
  const userVars = config.vars.map((raw) => render(raw, ctx));
  return flattenEnvVars(env, userVars, config.envVarFormat);
}
