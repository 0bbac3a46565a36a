import { randomInt } from 'node:crypto';
import type { Ui } from '../../sdk/index.js';
import type { RpcClient, RpcServer } from '../net-rpc/index.js';
import { int, str, strings, struct } from './args.js';

const ALPHANUMERIC = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

function trackingSuffix(): string {
  let out = '';
  for (let k = 0; k < 6; k++) out += ALPHANUMERIC[randomInt(ALPHANUMERIC.length)];
  return out;
}

/**
 * Ui.* as packer-plugin-sdk's UiServer. Progress tracking registers `Ui<id>` with Add/Close on
 * the same server, as Go does; the sdk Ui has no progress bar, so the counts are dropped.
 */
export function registerUi(server: RpcServer, ui: Ui): void {
  // When `ui` is itself a uiClient (a Go core proxies a provisioner's Ui through the builder's),
  // the answer waits until the forwarded call was answered, as Go's synchronous proxy does:
  // answering early lets Provision return while its last lines are still on their way, and
  // they are lost when the builder's Hook.Run ends.
  server.registerService('Ui', {
    Say: (args) => (ui.say(str('Ui.Say', args, 'message')), flushUi(ui)),
    Message: (args) => (ui.message(str('Ui.Message', args, 'message')), flushUi(ui)),
    Error: (args) => (ui.error(str('Ui.Error', args, 'message')), flushUi(ui)),
    Ask: (args) => ui.ask(str('Ui.Ask', args, 'query')),
    Machine: (args) => {
      const fields = struct('Ui.Machine', args);
      ui.machine(str('Ui.Machine', fields.Category, 'Category'), ...strings('Ui.Machine', fields.Args, 'Args'));
      return flushUi(ui);
    },
    NewTrackProgress: (args) => {
      const fields = struct('Ui.NewTrackProgress', args);
      const src = str('Ui.NewTrackProgress', fields.Src, 'Src');
      int('Ui.NewTrackProgress', fields.TotalSize, 'TotalSize');
      int('Ui.NewTrackProgress', fields.CurrentSize, 'CurrentSize');
      const service = `Ui${src}${trackingSuffix()}`;
      server.registerService(service, {
        Add: (n) => void int(`${service}.Add`, n, 'argument'),
        Close: () => void server.unregisterService(service),
      });
      return service.slice('Ui'.length);
    },
  });
}

/**
 * An sdk Ui whose calls go to a remote Ui server (say/message/error/machine are fire-and-forget;
 * errors ignored as Go's client does). Calls go out one after the other, as Go's synchronous
 * client makes them: a Go server answers each request in its own goroutine, so overlapping
 * calls would print out of order.
 */
export function uiClient(client: RpcClient): Ui {
  let last: Promise<unknown> = Promise.resolve();
  const inTurn = (method: string, args: unknown): Promise<unknown> => {
    const call = last.then(() => client.call(method, args));
    last = call.catch(() => undefined);
    return call;
  };
  const send = (method: string, args: unknown): void => {
    inTurn(method, args).catch(() => undefined);
  };
  const ui: Ui = {
    say: (message) => send('Ui.Say', message),
    message: (message) => send('Ui.Message', message),
    error: (message) => send('Ui.Error', message),
    machine: (category, ...args) => send('Ui.Machine', { Category: category, Args: args }),
    ask: async (query) => str('Ui.Ask', await inTurn('Ui.Ask', query), 'reply'),
  };
  queues.set(ui, () => last.then(() => undefined));
  return ui;
}

const queues = new WeakMap<Ui, () => Promise<void>>();

/**
 * Resolves once every call a uiClient made so far has been answered (at once for any other
 * Ui). Await it before closing the client: say() returns before its message left.
 */
export function flushUi(ui: Ui): Promise<void> {
  return queues.get(ui)?.() ?? Promise.resolve();
}
