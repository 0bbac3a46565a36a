import { YamuxSession } from './yamux/session.js';
import { MuxBroker } from './mux-broker.js';
import { AcceptTimeoutError, BadAckError, PreambleError } from './errors.js';
import { readExactly } from './read-exactly.js';
import { unixSocketPair, type SocketPair } from './testdata/socket-pair.js';
import { collect } from './testdata/bytes.js';

let pair: SocketPair;
let core: YamuxSession;
let plugin: YamuxSession;

beforeEach(async () => {
  pair = await unixSocketPair();
  core = new YamuxSession(pair.client, { role: 'client', config: { enableKeepAlive: false } });
  plugin = new YamuxSession(pair.server, { role: 'server', config: { enableKeepAlive: false } });
});
afterEach(() => {
  core.close();
  plugin.close();
  pair.close();
});

test('ids are per side: both sides use id 1 at once, each reaching the other (TRACES.md run1)', async () => {
  const coreBroker = new MuxBroker(core);
  const pluginBroker = new MuxBroker(plugin);
  void coreBroker.run();
  void pluginBroker.run();
  const coreId = coreBroker.nextId();
  const pluginId = pluginBroker.nextId();
  expect([coreId, pluginId]).toEqual([1, 1]);
  expect(coreBroker.nextId()).toBe(2);

  const coreAccepts = coreBroker.accept(coreId);
  const pluginAccepts = pluginBroker.accept(pluginId);
  const [fromPlugin, fromCore] = await Promise.all([pluginBroker.dial(coreId), coreBroker.dial(pluginId)]);
  expect(fromPlugin.id % 2).toBe(0); // plugin-opened streams are even
  expect(fromCore.id % 2).toBe(1);
  fromPlugin.end('to the core');
  fromCore.end('to the plugin');
  const [atCore, atPlugin] = await Promise.all([coreAccepts, pluginAccepts]);
  expect((await collect(atCore)).toString()).toBe('to the core');
  expect((await collect(atPlugin)).toString()).toBe('to the plugin');
});

test('the preamble is the id as uint32 little-endian, echoed back', async () => {
  const broker = new MuxBroker(core);
  const dialled = broker.dial(0x01020304);
  const inbound = await plugin.accept();
  const id = await readExactly(inbound, 4, (why) => new Error(why));
  expect(id.toString('hex')).toBe('04030201');
  inbound.write(id);
  await expect(dialled).resolves.toBeDefined();
});

test('a wrong ack is refused with BadAckError', async () => {
  const broker = new MuxBroker(core);
  const dialled = broker.dial(7);
  const inbound = await plugin.accept();
  await readExactly(inbound, 4, (why) => new Error(why));
  inbound.write(Buffer.of(8, 0, 0, 0));
  await expect(dialled).rejects.toThrow(new BadAckError(7, 8));
});

test('accept gives up after the timeout', async () => {
  const broker = new MuxBroker(plugin, { acceptTimeoutMs: 50 });
  void broker.run();
  await expect(broker.accept(3)).rejects.toBeInstanceOf(AcceptTimeoutError);
});

test('an id nobody accepts in time is closed, so the dialler fails', async () => {
  const acceptor = new MuxBroker(plugin, { acceptTimeoutMs: 50 });
  void acceptor.run();
  await expect(new MuxBroker(core).dial(9)).rejects.toBeInstanceOf(PreambleError);
});

test('a stream that arrives before accept() is kept until claimed', async () => {
  const acceptor = new MuxBroker(plugin);
  void acceptor.run();
  const dialled = new MuxBroker(core).dial(4);
  await new Promise((resolve) => setTimeout(resolve, 30));
  const accepted = await acceptor.accept(4);
  const stream = await dialled;
  stream.end('late');
  expect((await collect(accepted)).toString()).toBe('late');
});
