import { remoteBuilder, remotePostProcessor, remoteProvisioner } from '../rpc/remote/index.js';
import type { PluginConnection } from '../rpc/remote/connection.js';
import type { Builder, ComponentSet, PostProcessor, Provisioner } from '../sdk/index.js';
import { verifyChecksum } from './checksum.js';
import type { ComponentKind } from './component-kind.js';
import { startPlugin, type PluginProcess, type StartOptions } from './process.js';
import type { RefusedPlugin } from './installed.js';
import type { PluginComponents } from './resolve.js';

/** A ComponentSet whose close() is there and must be awaited. */
export type ClosableComponentSet = ComponentSet & { close(): Promise<void> };

/**
 * Packer's component stores with plugins in them: a type served by a plugin binary overrides the
 * built-in of the same type, as in Packer. Every start is a new process (one per instance); the
 * set keeps them all and `close()` SIGKILLs them (Packer's CleanupClients). After close, starting
 * is refused, and a start still in flight is killed as it completes.
 */
export function pluginComponentSet(
  plugins: PluginComponents,
  builtins: ComponentSet,
  options: StartOptions = {},
  refused: readonly RefusedPlugin[] = [],
): ClosableComponentSet {
  const started = new Set<PluginProcess>();
  const pending = new Set<Promise<unknown>>();
  let closing: Promise<void> | undefined;
  // close() (or the caller's signal) gives up starts still waiting for a handshake.
  const stop = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;

  const start = async <T>(kind: ComponentKind, type: string, wrap: (c: PluginConnection) => T): Promise<T> => {
    const component = plugins[kind].get(type);
    if (!component) throw new Error(`Unknown ${kind} ${type}`);
    if (closing) throw new Error(`cannot start ${kind} ${type}: the plugins are being shut down`);
    if (component.verifyChecksum) await verifyChecksum(component.command.path);
    const starting = startPlugin(component.command, { ...options, signal });
    pending.add(starting);
    const proc = await starting.finally(() => pending.delete(starting));
    started.add(proc);
    if (closing) {
      await proc.kill();
      throw new Error(`cannot start ${kind} ${type}: the plugins are being shut down`);
    }
    try {
      return wrap(proc);
    } catch (err) {
      started.delete(proc);
      await proc.kill();
      throw err;
    }
  };

  return {
    // Component `amazon-ebs` or the default `amazon` would have come from plugin `amazon`.
    whyUnknown: (_kind, type) => {
      const r = refused.find((p) => type === p.name || type.startsWith(`${p.name}-`));
      return r && `the installed plugin ${r.path} was refused: ${r.reason}`;
    },
    hasBuilder: (t) => plugins.builder.has(t) || builtins.hasBuilder(t),
    hasProvisioner: (t) => plugins.provisioner.has(t) || builtins.hasProvisioner(t),
    hasPostProcessor: (t) => plugins['post-processor'].has(t) || builtins.hasPostProcessor(t),
    startBuilder: (t): Promise<Builder> => (plugins.builder.has(t) ? start('builder', t, remoteBuilder) : builtins.startBuilder(t)),
    startProvisioner: (t): Promise<Provisioner> =>
      plugins.provisioner.has(t) ? start('provisioner', t, remoteProvisioner) : builtins.startProvisioner(t),
    startPostProcessor: (t): Promise<PostProcessor> =>
      plugins['post-processor'].has(t) ? start('post-processor', t, remotePostProcessor) : builtins.startPostProcessor(t),
    close: () =>
      (closing ??= (async () => {
        stop.abort();
        await Promise.all([...pending].map((p) => p.catch(() => undefined)));
        await Promise.all([...started].map((p) => p.kill()));
        await builtins.close?.();
      })()),
  };
}
