import './cjs-globals.js';
import { connect as netConnect, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { Client, type ConnectConfig } from 'ssh2';
import { authMethods, goAuthHandler, unableToAuthenticate } from './auth.js';
import { SshDialError, SshHandshakeError } from './errors.js';
import type { SshEndpoint, SshOptions } from './options.js';

/** A live connection: the client, and the bastion client it rides on, if any. */
export interface SshConnection {
  client: Client;
  bastion?: Client;
}

function abortError(): Error {
  return new Error('SSH wait cancelled');
}

/** packer `ssh.ConnectFunc`: a TCP connection to host:port, cut short by `signal`. */
function dial(host: string, port: number, signal: AbortSignal): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const sock = netConnect({ host, port });
    const onAbort = (): void => {
      sock.destroy();
      reject(abortError());
    };
    signal.addEventListener('abort', onAbort, { once: true });
    sock.once('connect', () => {
      signal.removeEventListener('abort', onAbort);
      sock.removeAllListeners('error');
      resolve(sock);
    });
    sock.once('error', (e) => {
      signal.removeEventListener('abort', onAbort);
      sock.destroy();
      reject(new SshDialError(`dial tcp ${host}:${port}: ${e.message}`));
    });
  });
}

/** The ssh handshake and authentication over `sock`; resolves once the session is ready. */
function handshake(
  sock: Duplex,
  ep: SshEndpoint,
  opts: SshOptions,
  signal: AbortSignal,
  extra: Partial<ConnectConfig> = {},
): Promise<Client> {
  let methods;
  try {
    methods = authMethods(ep.username, ep.auth);
  } catch (e) {
    sock.destroy();
    return Promise.reject(e);
  }
  const { handler, tried } = goAuthHandler(ep.username, methods);
  return new Promise((resolve, reject) => {
    const client = new Client();
    let settled = false;
    const fail = (e: Error): void => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      client.end();
      sock.destroy();
      reject(e);
    };
    const onAbort = (): void => fail(abortError());
    signal.addEventListener('abort', onAbort, { once: true });
    client.once('ready', () => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      resolve(client);
    });
    client.on('error', (e: Error & { level?: string }) => {
      if (e.level === 'client-authentication') fail(new SshHandshakeError(unableToAuthenticate(tried), true));
      else if (/timed out/i.test(e.message)) fail(new SshHandshakeError('Timeout during SSH handshake'));
      else fail(new SshHandshakeError(`ssh: handshake failed: ${e.message}`));
    });
    client.once('close', () => fail(new SshHandshakeError('ssh: handshake failed: EOF')));
    const algorithms: ConnectConfig['algorithms'] = {};
    if (opts.ciphers?.length) algorithms.cipher = opts.ciphers as never;
    if (opts.kexAlgorithms?.length) algorithms.kex = opts.kexAlgorithms as never;
    try {
      client.connect({
        sock: sock as never,
        username: ep.username,
        authHandler: handler,
        readyTimeout: opts.handshakeTimeoutMs ?? 60_000,
        keepaliveInterval: opts.keepAliveIntervalMs && opts.keepAliveIntervalMs > 0 ? opts.keepAliveIntervalMs : 0,
        algorithms,
        ...extra,
      });
    } catch (e) {
      fail(new SshHandshakeError(`ssh: handshake failed: ${(e as Error).message}`));
    }
  });
}

/** A channel from the bastion to host:port (packer `ssh.BastionConnectFunc`). */
function forward(bastion: Client, host: string, port: number): Promise<Duplex> {
  return new Promise((resolve, reject) => {
    bastion.forwardOut('127.0.0.1', 0, host, port, (err, stream) => {
      if (err) reject(new SshDialError(`Error connecting to ${host}:${port} through the bastion: ${err.message}`));
      else resolve(stream);
    });
  });
}

/**
 * One connection attempt (packer's `connFunc` then `ssh.New`): dial, through the bastion when
 * one is set, then handshake. Errors are SshDialError, SshHandshakeError or SshConfigError.
 */
export async function connectOnce(opts: SshOptions, signal: AbortSignal): Promise<SshConnection> {
  let bastion: Client | undefined;
  let sock: Duplex;
  if (opts.bastion) {
    const b = opts.bastion;
    bastion = await handshake(await dial(b.host, b.port, signal), b, opts, signal, { keepaliveInterval: 0 });
    try {
      sock = await forward(bastion, opts.host, opts.port);
    } catch (e) {
      bastion.end();
      throw e;
    }
  } else {
    const tcp = await dial(opts.host, opts.port, signal);
    if (opts.readWriteTimeoutMs && opts.readWriteTimeoutMs > 0) {
      // Go's timeoutConn: a read or write that waits longer than this fails the connection.
      tcp.setTimeout(opts.readWriteTimeoutMs, () => tcp.destroy(new Error('i/o timeout')));
    }
    sock = tcp;
  }
  try {
    // packer forwards the local agent whenever SSH_AUTH_SOCK is set, unless told not to.
    const agentSock = process.env['SSH_AUTH_SOCK'];
    const forwarding: Partial<ConnectConfig> =
      agentSock && !opts.disableAgentForwarding ? { agent: agentSock, agentForward: true } : {};
    const client = await handshake(sock, opts, opts, signal, forwarding);
    if (bastion) {
      const b = bastion;
      client.once('close', () => b.end());
    }
    return { client, bastion };
  } catch (e) {
    bastion?.end();
    throw e;
  }
}
