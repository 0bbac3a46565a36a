import type { Readable, Writable } from 'node:stream';
import { posix } from 'node:path';
import type { Communicator, FileInfo, RemoteCmd } from '../../sdk/index.js';
import { connectOnce, type SshConnection } from './connect.js';
import { execCommand } from './exec.js';
import type { SshOptions } from './options.js';
import { scpDownload, scpDownloadDir } from './scp-download.js';
import { scpUpload, scpUploadDir } from './scp-upload.js';
import { sftpDownload, sftpUpload, sftpUploadDir } from './sftp.js';

/** Go's filepath.Dir: everything up to the last slash, cleaned ("/a/b/" gives "/a/b"). */
function goDir(p: string): string {
  const i = p.lastIndexOf('/');
  if (i < 0) return '.';
  return posix.normalize(p.slice(0, i + 1)).replace(/(.)\/+$/, '$1');
}

/**
 * packer-plugin-sdk's ssh communicator on ssh2: commands over exec channels, files over scp
 * (the remote `scp -t/-f`) or sftp. A session that cannot be opened reconnects once, as packer's
 * newSession does. `close` ends the connection (and the bastion's).
 */
export class SshCommunicator implements Communicator {
  private closed = false;

  constructor(
    private conn: SshConnection,
    private readonly opts: SshOptions,
  ) {}

  /** packer newSession: use the connection, or reconnect once if it is gone. */
  private async withClient<T>(f: (c: SshConnection['client']) => Promise<T>): Promise<T> {
    if (this.closed) throw new Error('client not available');
    try {
      return await f(this.conn.client);
    } catch (e) {
      if (!/not connected|No response from server|closed|ECONNRESET/i.test((e as Error).message)) throw e;
      this.conn.client.end();
      this.conn = await connectOnce(this.opts, new AbortController().signal);
      return f(this.conn.client);
    }
  }

  start(cmd: RemoteCmd, signal?: AbortSignal): Promise<{ exitStatus: number }> {
    return this.withClient(async (c) => ({ exitStatus: await execCommand(c, cmd, { pty: this.opts.pty }, signal) }));
  }

  /** `test -d "<path>"`, packer 1.6.6's check before an upload. */
  private async isRemoteDir(path: string): Promise<boolean> {
    const { exitStatus } = await this.start({ command: `test -d "${path}"` });
    return exitStatus === 0;
  }

  async upload(dst: string, src: Readable, info?: FileInfo): Promise<void> {
    const isDir = (p: string) => this.isRemoteDir(p);
    if (this.opts.fileTransfer === 'sftp') return this.withClient((c) => sftpUpload(c, isDir, dst, src, info));
    let dir = goDir(dst);
    let name = posix.basename(dst);
    if (info && (await isDir(dst))) {
      dir = dst;
      name = posix.basename(info.name);
    }
    return this.withClient((c) => scpUpload(c, dir, name, src, info));
  }

  uploadDir(dst: string, src: string, exclude: string[] = []): Promise<void> {
    if (this.opts.fileTransfer === 'sftp') {
      return this.withClient((c) => sftpUploadDir(c, (p) => this.isRemoteDir(p), dst, src, exclude));
    }
    return this.withClient((c) => scpUploadDir(c, dst, src, exclude));
  }

  download(src: string, dst: Writable): Promise<void> {
    if (this.opts.fileTransfer === 'sftp') return this.withClient((c) => sftpDownload(c, src, dst));
    return this.withClient((c) => scpDownload(c, src, dst));
  }

  /** Always scp, whatever the transfer method (as packer). */
  downloadDir(src: string, dst: string, exclude: string[] = []): Promise<void> {
    return this.withClient((c) => scpDownloadDir(c, src, dst, exclude));
  }

  /** Ends the connection; resolves once the socket is closed. Idempotent. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const { client, bastion } = this.conn;
    await new Promise<void>((resolve) => {
      const t = setTimeout(resolve, 5000);
      t.unref();
      client.once('close', () => {
        clearTimeout(t);
        resolve();
      });
      client.end();
    });
    bastion?.end();
  }
}
