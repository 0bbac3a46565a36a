import { randomInt } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { NoneCommunicator } from '../../../communicator/index.js';
import type { Communicator, GeneratedData, Provisioner, RawConfig, Ui } from '../../../sdk/index.js';
import { formatGoDuration } from '../../../sdk/index.js';
import { render, type InterpolateContext } from '../../../sdk/interpolate/index.js';
import { goPathError } from '../../common/go-errors.js';
import { goIntList } from '../../common/packer-errors.js';
import { decodeShellConfig, type ShellConfig } from './config.js';
import { flattenedEnvVars } from './env-vars.js';
import { retryRun } from './retry.js';
import { runWithUi } from './run-with-ui.js';
import { toUnixLines, writeTempFile } from './script-file.js';

/** packer.CmdDisconnect: the exit status communicators report when the connection dropped. */
export const CmdDisconnect = 2300218;

export interface ShellProvisionerOptions {
  /** Wait between retries of the upload-and-run (Packer: 2s); tests shorten it. */
  retryDelayMs?: number;
}

/** packer `provisioner/shell`: uploads scripts to the machine and runs them there. */
export class ShellProvisioner implements Provisioner {
  private config?: ShellConfig;

  constructor(private readonly opts: ShellProvisionerOptions = {}) {}

  async prepare(...raws: RawConfig[]): Promise<void> {
    this.config = decodeShellConfig(raws);
  }

  async provision(signal: AbortSignal, ui: Ui, comm: Communicator | undefined, data: GeneratedData): Promise<void> {
    const config = this.config;
    if (!config) throw new Error('shell: provision called before prepare');
    const c = comm ?? new NoneCommunicator();
    const generated = data ?? {};
    const ctx: InterpolateContext = { ...config.ctx, data: generated };
    const retry = (fn: () => Promise<void>) => retryRun(signal, config.startRetryTimeoutMs, fn, this.opts.retryDelayMs);
    const scripts = [...config.scripts];
    let inlineFile: string | undefined;
    try {
      if (config.inline !== undefined) {
        const lines = config.inline.map((cmd) => {
          try {
            return render(cmd, ctx) + '\n';
          } catch (e) {
            throw new Error(`Error interpolating Inline: ${(e as Error).message}`);
          }
        });
        inlineFile = await writeTempFile('packer-shell', `#!${config.inlineShebang}\n${lines.join('')}`);
        scripts.push(inlineFile);
      }

      let envVarFile = '';
      if (config.useEnvVarFile) {
        const body = this.content(Buffer.from(flattenedEnvVars(config, generated)));
        await retry(async () => {
          const remote = `${config.remoteFolder}/varfile_${randomInt(0, 9999)}.sh`;
          await wrap('Error uploading envVarFile', () => c.upload(remote, Readable.from([body])));
          await wrap('Error chmodding script file to 0600 in remote machine', () => c.start({ command: `chmod 0600 ${remote}` }, signal));
          envVarFile = remote;
        });
      }

      const vars = flattenedEnvVars(config, generated);
      for (const path of scripts) {
        ui.say(`Provisioning with shell script: ${path}`);
        let body: Buffer;
        try {
          body = this.content(await readFile(path));
        } catch (e) {
          throw new Error(`Error opening shell script: ${goPathError('open', path, e).message}`);
        }
        let command: string;
        try {
          command = render(config.executeCommand, { ...ctx, data: { ...generated, Vars: vars, EnvVarFile: envVarFile, Path: config.remotePath } });
        } catch (e) {
          throw new Error(`Error processing command: ${(e as Error).message}`);
        }
        // Upload and run in one retried unit: after a reboot the uploaded file may be gone.
        let status = 0;
        await retry(async () => {
          await wrap('Error uploading script', () => c.upload(config.remotePath, Readable.from([body])));
          await wrap('Error chmodding script file to 0755 in remote machine', () =>
            c.start({ command: `chmod 0755 ${config.remotePath}` }, signal),
          );
          status = await runWithUi(c, command, ui, signal);
        });
        if (status === CmdDisconnect) {
          if (!config.expectDisconnect) {
            throw new Error(
              'Script disconnected unexpectedly. If you expected your script to disconnect, i.e. from a restart, ' +
                'you can try adding `"expect_disconnect": true` or `"valid_exit_codes": [0, 2300218]` to the shell provisioner parameters.',
            );
          }
        } else if (!config.validExitCodes.includes(status)) {
          // Packer's wording, missing space included.
          throw new Error(`Script exited with non-zero exit status: ${status}.Allowed exit codes are: ${goIntList(config.validExitCodes)}`);
        }
        if (config.skipClean) continue;
        await this.cleanupRemoteFile(config.remotePath, c, signal);
      }
      // Packer cleans the env var file even when there is none (`rm -f ` on the machine).
      if (!config.skipClean) await this.cleanupRemoteFile(envVarFile, c, signal);
    } finally {
      if (inlineFile !== undefined) await rm(inlineFile, { force: true });
    }

    if (config.pauseAfterMs !== 0) {
      ui.say(`Pausing ${formatGoDuration(config.pauseAfterMs)} after this provisioner...`);
      await new Promise<void>((resolve) => {
        const onAbort = (): void => {
          clearTimeout(t);
          resolve();
        };
        const t = setTimeout(() => {
          signal.removeEventListener('abort', onAbort);
          resolve();
        }, config.pauseAfterMs);
        signal.addEventListener('abort', onAbort, { once: true });
      });
    }
  }

  private content(buf: Buffer): Buffer {
    return this.config!.binary ? buf : toUnixLines(buf);
  }

  private async cleanupRemoteFile(path: string, comm: Communicator, signal: AbortSignal): Promise<void> {
    await retryRun(
      signal,
      this.config!.startRetryTimeoutMs,
      async () => {
        const { exitStatus } = await wrap(`Error removing temporary script at ${path}`, () => comm.start({ command: `rm -f ${path}` }, signal));
        if (exitStatus === CmdDisconnect) throw new Error('Disconnect while removing temporary script.');
        if (exitStatus !== 0) throw new Error(`Error removing temporary script at ${path}!`);
      },
      this.opts.retryDelayMs,
    );
  }
}

/** Go's fmt.Errorf("<what>: %s", err). */
async function wrap<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw new Error(`${what}: ${e instanceof Error ? e.message : String(e)}`);
  }
}
