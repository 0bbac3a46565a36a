import { createServer, connect, type Socket } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SocketPair {
  /** The connecting side (Packer's core). */
  readonly client: Socket;
  /** The accepting side (a plugin). */
  readonly server: Socket;
  close(): void;
}

/** Two ends of a real unix-socket connection in a fresh temp dir. */
export async function unixSocketPair(): Promise<SocketPair> {
  const dir = mkdtempSync(join(tmpdir(), 'yamux-'));
  const path = join(dir, 'sock');
  const listener = createServer();
  const accepted = new Promise<Socket>((resolve) => listener.once('connection', resolve));
  await new Promise<void>((resolve) => listener.listen(path, resolve));
  const client = connect(path);
  const server = await accepted;
  await new Promise<void>((resolve) => (client.connecting ? client.once('connect', resolve) : resolve()));
  listener.close();
  return {
    client,
    server,
    close: () => {
      client.destroy();
      server.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
