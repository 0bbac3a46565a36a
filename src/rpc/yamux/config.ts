import { INITIAL_STREAM_WINDOW } from './frame.js';
import { ConfigError } from './errors.js';

/** hashicorp/yamux `Config`, durations in milliseconds. */
export interface Config {
  /** Inbound streams waiting for accept(); one more is answered with RST. */
  readonly acceptBacklog: number;
  /** Ping the peer every keepAliveInterval; a missing ACK closes the session. */
  readonly enableKeepAlive: boolean;
  readonly keepAliveInterval: number;
  /** How long a ping may wait for its ACK (Go reuses the write timeout for this). */
  readonly connectionWriteTimeout: number;
  /** Receive window granted to the peer per stream; at least the initial 256 KiB. */
  readonly maxStreamWindowSize: number;
}

/** `yamux.DefaultConfig()`, which both Packer's core and its plugins use (config `nil`). */
export const defaultConfig: Readonly<Config> = Object.freeze({
  acceptBacklog: 256,
  enableKeepAlive: true,
  keepAliveInterval: 30_000,
  connectionWriteTimeout: 10_000,
  maxStreamWindowSize: INITIAL_STREAM_WINDOW,
});

/** Merges overrides onto the defaults and checks them as `VerifyConfig` does. */
export function resolveConfig(overrides: Partial<Config> = {}): Config {
  const config = { ...defaultConfig, ...overrides };
  if (!(Number.isInteger(config.acceptBacklog) && config.acceptBacklog > 0)) {
    throw new ConfigError('backlog must be positive');
  }
  if (!(config.keepAliveInterval > 0)) {
    throw new ConfigError('keep-alive interval must be positive');
  }
  if (!(config.connectionWriteTimeout > 0)) {
    throw new ConfigError('connection write timeout must be positive');
  }
  if (!(Number.isInteger(config.maxStreamWindowSize) && config.maxStreamWindowSize >= INITIAL_STREAM_WINDOW)) {
    throw new ConfigError(`MaxStreamWindowSize must be larger than ${INITIAL_STREAM_WINDOW}`);
  }
  if (config.maxStreamWindowSize > 0xffffffff) {
    throw new ConfigError('MaxStreamWindowSize must fit in 32 bits');
  }
  return config;
}
