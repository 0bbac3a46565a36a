import './cjs-globals.js';
import { utils, type AnyAuthMethod, type AuthHandlerMiddleware, type ParsedKey } from 'ssh2';
import { SshConfigError } from './errors.js';
import type { SshAuthOptions } from './options.js';

type Method = AnyAuthMethod;

/**
 * The auth methods in the order Go's `ssh.ClientConfig.Auth` gets them from packer's
 * SSHConfigFunc: agent, private keys, password, keyboard-interactive answering with the password.
 * Go tries each method *name* once, so only the first "publickey" source counts (the agent when
 * enabled, else the first key) — kept, so that the same configs fail the same way.
 */
export function authMethods(username: string, auth: SshAuthOptions): Method[] {
  const methods: Method[] = [];
  if (auth.agent) {
    const sock = process.env['SSH_AUTH_SOCK'];
    if (!sock) throw new SshConfigError('SSH_AUTH_SOCK is not set');
    methods.push({ type: 'agent', username, agent: sock });
  }
  for (const text of auth.privateKeys ?? []) {
    const parsed = utils.parseKey(text);
    const key = Array.isArray(parsed) ? parsed[0] : parsed;
    if (!key || key instanceof Error) {
      throw new SshConfigError(`Error on parsing SSH private key: ${key instanceof Error ? key.message : 'no key found'}`);
    }
    methods.push({ type: 'publickey', username, key: key as ParsedKey });
  }
  if (auth.password) {
    const password = auth.password;
    methods.push({ type: 'password', username, password });
    methods.push({
      type: 'keyboard-interactive',
      username,
      prompt: (_name, _instructions, _lang, prompts, finish) => finish(prompts.map(() => password)),
    });
  }
  return methods;
}

/** Go's method names: the agent is a source of public keys. */
const goName = (m: Method): string => (m.type === 'agent' ? 'publickey' : m.type);

/**
 * An ssh2 auth handler that walks `methods` as Go's client does (none first, then each untried
 * method name the server still accepts) and records the names tried, for Go's error text.
 */
export function goAuthHandler(username: string, methods: Method[]): { handler: AuthHandlerMiddleware; tried: string[] } {
  const tried: string[] = [];
  const handler: AuthHandlerMiddleware = (methodsLeft, _partial, next) => {
    if (methodsLeft === null) {
      tried.push('none');
      return next({ type: 'none', username });
    }
    const m = methods.find((c) => !tried.includes(goName(c)) && methodsLeft.includes(goName(c) as never));
    if (!m) return next(false as never);
    tried.push(goName(m));
    return next(m);
  };
  return { handler, tried };
}

/** x/crypto/ssh's message once no method is left, as packer reports it. */
export function unableToAuthenticate(tried: string[]): string {
  return `ssh: handshake failed: ssh: unable to authenticate, attempted methods [${tried.join(' ')}], no supported methods remain`;
}
