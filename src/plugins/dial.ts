import { createConnection, type Socket } from 'node:net';
import type { Handshake } from './handshake.js';

/** Connects to the address of the handshake; errors worded as Go's `dial unix …: connect: …`. */
export function dialPlugin(hs: Handshake): Promise<Socket> {
  return new Promise((resolve, reject) => {
    let socket: Socket;
    if (hs.network === 'unix') {
      socket = createConnection({ path: hs.address });
    } else {
      const { host, port } = splitHostPort(hs.address);
      socket = createConnection({ host, port });
    }
    socket.once('connect', () => {
      socket.removeAllListeners('error');
      if (hs.network === 'tcp') socket.setKeepAlive(true); // as Packer's netAddrDialer
      resolve(socket);
    });
    socket.once('error', (err: NodeJS.ErrnoException) => {
      socket.destroy();
      reject(new Error(`dial ${hs.network} ${hs.address}: connect: ${errnoText(err)}`));
    });
  });
}

function splitHostPort(address: string): { host: string; port: number } {
  const m = /^\[?([^\]]*)\]?:(\d+)$/.exec(address);
  if (!m) throw new Error(`dial tcp ${address}: missing port in address`);
  return { host: m[1]!, port: Number(m[2]) };
}

/** Go's strerror texts for what a connect can meet. */
export function errnoText(err: NodeJS.ErrnoException): string {
  switch (err.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'ECONNREFUSED':
      return 'connection refused';
    case 'EACCES':
      return 'permission denied';
    case 'ENOTSOCK':
      return 'socket operation on non-socket';
    default:
      return err.message;
  }
}
