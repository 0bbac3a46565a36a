import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const SOURCE = join(dirname(fileURLToPath(import.meta.url)), 'sdk-peer');

/**
 * Builds testdata/sdk-peer against the current packer-plugin-sdk (from the Go module proxy)
 * into a temp dir; the repo keeps no go.sum or binary.
 */
export function buildSdkPeer(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'sdk-peer-'));
  for (const file of ['go.mod', 'main.go', 'local.go']) copyFileSync(join(SOURCE, file), join(dir, file));
  const binary = join(dir, 'sdk-peer');
  return new Promise((resolve, reject) => {
    execFile('go', ['build', '-o', binary, '.'], { cwd: dir, env: { ...process.env, GOFLAGS: '-mod=mod', CGO_ENABLED: '0' } }, (err, _out, stderr) =>
      err ? reject(new Error(`go build of sdk-peer failed:\n${stderr}`)) : resolve(binary),
    );
  });
}

export interface Report {
  readonly step: string;
  readonly value: unknown;
}

export interface SdkPeer {
  readonly socket: Socket;
  readonly child: ChildProcess;
  /** The value of the first report of `step`, waiting for it. */
  report(step: string): Promise<unknown>;
  reports(): Report[];
  stderr(): string;
  stop(): Promise<void>;
}

/** Starts sdk-peer in `mode`; it dials our unix socket, and we get the accepted connection. */
export async function startSdkPeer(binary: string, mode: 'drive' | 'serve', workDir: string): Promise<SdkPeer> {
  const dir = mkdtempSync(join(tmpdir(), 'sdk-peer-run-'));
  const path = join(dir, 'sock');
  const listener = createServer();
  const connected = new Promise<Socket>((resolve) => listener.once('connection', resolve));
  await new Promise<void>((resolve) => listener.listen(path, resolve));
  const child = spawn(binary, [mode, path, workDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const reports: Report[] = [];
  const waiters: Array<() => void> = [];
  let outputDone = false;
  const lines = createInterface({ input: child.stdout! });
  lines.on('line', (line) => {
    reports.push(JSON.parse(line) as Report);
    waiters.splice(0).forEach((wake) => wake());
  });
  lines.on('close', () => {
    outputDone = true;
    waiters.splice(0).forEach((wake) => wake());
  });
  const socket = await Promise.race([connected, exited.then(() => Promise.reject(new Error(`sdk-peer exited before connecting:\n${stderr}`)))]);
  listener.close();
  const report = async (step: string): Promise<unknown> => {
    for (;;) {
      const found = reports.find((r) => r.step === step);
      if (found) return found.value;
      if (outputDone) throw new Error(`sdk-peer ended without reporting ${step}:\n${stderr}`);
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
  };
  return {
    socket,
    child,
    report,
    reports: () => [...reports],
    stderr: () => stderr,
    stop: async () => {
      socket.destroy();
      if (child.exitCode === null) child.kill('SIGKILL');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
