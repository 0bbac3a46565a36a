import { randomInt } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const MAGIC_COOKIE_KEY = 'PACKER_PLUGIN_MAGIC_COOKIE';
export const MAGIC_COOKIE_VALUE = 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2';
/** Packer's own words when a plugin is started by hand (packer-plugin-sdk plugin.Server). */
export const NOT_A_COMMAND = 'Please do not execute plugins directly. Packer will execute these for you.';

/**
 * The handshake line's protocol fields (SPEC §1.3). Packer 1.6.6 accepts only `5|unix|addr`
 * ("5"); Packer ≥ 1.7 accepts only `5|0|unix|addr` ("5.0"). A plugin cannot ask the core which
 * one it is, so the choice follows the invocation (see set.ts) and can be forced with
 * IMAGE_BUILD_PLUGIN_PROTOCOL=5 or =5.0.
 */
export type HandshakeProtocol = '5' | '5.0';
export const PROTOCOL_ENV = 'IMAGE_BUILD_PLUGIN_PROTOCOL';

export function protocolOverride(env: NodeJS.ProcessEnv): HandshakeProtocol | undefined {
  const v = env[PROTOCOL_ENV];
  if (v === undefined || v === '') return undefined;
  if (v === '5' || v === '5.0') return v;
  throw new Error(`${PROTOCOL_ENV} must be "5" (Packer ≤ 1.6 handshake) or "5.0" (Packer ≥ 1.7 handshake), got "${v}"`);
}

export function handshakeLine(protocol: HandshakeProtocol, socketPath: string): string {
  return protocol === '5' ? `5|unix|${socketPath}\n` : `5|0|unix|${socketPath}\n`;
}

/** A unix listener at `$TMPDIR/packer-plugin<digits>`, as Go's plugin server names it. */
export async function listen(dir = tmpdir()): Promise<{ server: Server; path: string }> {
  for (;;) {
    const path = join(dir, `packer-plugin${randomInt(1_000_000_000, 2_147_483_647)}`);
    if (existsSync(path)) continue;
    const server = createServer({ allowHalfOpen: true });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(path, () => {
        server.off('error', reject);
        resolve();
      });
    });
    return { server, path };
  }
}

/** The one connection a plugin serves; the listener is closed (and its socket file removed) at once. */
export function firstConnection(server: Server, timeoutMs: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      server.close();
      reject(new Error(`no core connected within ${Math.round(timeoutMs / 1000)}s`));
    }, timeoutMs);
    server.once('connection', (socket) => {
      clearTimeout(timer);
      server.close();
      resolve(socket);
    });
  });
}
