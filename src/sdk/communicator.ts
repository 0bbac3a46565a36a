import type { Readable, Writable } from 'node:stream';

/** A command to run on the machine being built. Mirrors packer-plugin-sdk `packer.RemoteCmd`. */
export interface RemoteCmd {
  command: string;
  stdin?: Readable;
  stdout?: Writable;
  stderr?: Writable;
}

/** File metadata an upload may carry (Go's `os.FileInfo`, reduced to what communicators use). */
export interface FileInfo {
  name: string;
  size: number;
  mode: number;
  mtime?: Date;
}

/**
 * How provisioners reach the machine being built (ssh, docker, local, none). Mirrors
 * packer-plugin-sdk `packer.Communicator`. `start` resolves when the command has exited, with its
 * exit status (Go's RemoteCmd.Wait folded in); it rejects when the command could not be started.
 * Aborting `signal` stops the command.
 */
export interface Communicator {
  start(cmd: RemoteCmd, signal?: AbortSignal): Promise<{ exitStatus: number }>;
  upload(dst: string, src: Readable, info?: FileInfo): Promise<void>;
  uploadDir(dst: string, src: string, exclude?: string[]): Promise<void>;
  download(src: string, dst: Writable): Promise<void>;
  downloadDir(src: string, dst: string, exclude?: string[]): Promise<void>;
}
