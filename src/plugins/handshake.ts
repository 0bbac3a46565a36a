/** Plugin API version of Packer 1.6.6 and of every SDK since: the handshake's first field. */
export const API_VERSION_MAJOR = '5';
/** Our minor; a modern plugin announcing a greater one needs a newer core. */
export const API_VERSION_MINOR = '0';

export type HandshakeNetwork = 'unix' | 'tcp';

export interface Handshake {
  network: HandshakeNetwork;
  address: string;
  /** `legacy`: `5|unix|addr` (Packer 1.6.6, SDK ≤ v0.0.10); `modern`: `5|0|unix|addr` (SDK ≥ v0.0.11). */
  format: 'legacy' | 'modern';
}

/** A handshake line Packer would refuse; the message is Packer's own wording. */
export class HandshakeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HandshakeError';
  }
}

/**
 * Reads the first stdout line of a plugin. Both generations are accepted: a second field of
 * `unix`/`tcp` is the 1.6.6 format (as 1.6.6 reads it: exactly `5`, then the network, the rest
 * is the address); anything else is the modern `major|minor|network|address`, whose minor is
 * compared as a string, as Packer ≥ 1.7 does. Errors are worded as Packer's.
 */
export function parseHandshake(raw: string): Handshake {
  const line = raw.trim();
  const parts = line.split('|');
  if (parts.length < 3) throw new HandshakeError(`Unrecognized remote plugin message: ${line}`);
  const [major, second] = parts as [string, string];
  if (major !== API_VERSION_MAJOR) {
    throw new HandshakeError(`Incompatible API version with plugin. Plugin version: ${major}, Ours: ${API_VERSION_MAJOR}`);
  }
  if (isNetwork(second)) return { network: second, address: parts.slice(2).join('|'), format: 'legacy' };
  if (parts.length < 4) throw new HandshakeError(`Unknown address type: ${second}`);
  const network = parts[2]!;
  if (second > API_VERSION_MINOR) {
    throw new HandshakeError(
      `Incompatible API version with plugin. Plugin version: ${major}.${second}, Ours: ${API_VERSION_MAJOR}.${API_VERSION_MINOR}`,
    );
  }
  if (!isNetwork(network)) throw new HandshakeError(`Unknown address type: ${network}`);
  return { network, address: parts.slice(3).join('|'), format: 'modern' };
}

function isNetwork(s: string): s is HandshakeNetwork {
  return s === 'unix' || s === 'tcp';
}
