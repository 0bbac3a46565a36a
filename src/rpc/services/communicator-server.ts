import type { Duplex } from 'node:stream';
import type { Communicator, RemoteCmd } from '../../sdk/index.js';
import { encodeCommandFinished } from '../gob/index.js';
import type { MuxBroker } from '../mux-broker.js';
import type { RpcServer } from '../net-rpc/index.js';
import { decodeFileInfo } from './file-info.js';
import { str, strings, struct, uint32 } from './args.js';

/** Dials a stream id the client handed us; 0 means the client does not want that stream. */
async function dialIf(broker: MuxBroker, id: number): Promise<Duplex | undefined> {
  return id === 0 ? undefined : broker.dial(id);
}

/** Go's `Close` of a net.Conn: FIN for our side, and whatever still arrives is dropped. */
function closeStream(stream: Duplex | undefined): void {
  if (!stream) return;
  stream.end();
  stream.resume();
}

/** Lets an immediate failure to start (spawn error) become the Start RPC's error, as in Go. */
function startedOrFailed(run: Promise<unknown>): Promise<void> {
  return Promise.race([run.then(() => undefined), new Promise<void>((resolve) => setImmediate(resolve))]);
}

async function start(comm: Communicator, broker: MuxBroker, args: unknown): Promise<null> {
  const method = 'Communicator.Start';
  const fields = struct(method, args);
  const command = str(method, fields.Command, 'Command');
  const ids = ['StdinStreamId', 'StdoutStreamId', 'StderrStreamId', 'ResponseStreamId'].map((key) => uint32(method, fields[key], key));
  const streams: Array<Duplex | undefined> = [];
  try {
    // As Go's CommunicatorServer: every stream is dialled before the command starts.
    for (const id of ids) streams.push(await dialIf(broker, id));
  } catch (err) {
    streams.forEach(closeStream);
    throw err;
  }
  const [stdin, stdout, stderr, response] = streams;
  const cmd: RemoteCmd = { command };
  if (stdin) cmd.stdin = stdin;
  if (stdout) cmd.stdout = stdout;
  if (stderr) cmd.stderr = stderr;
  // Go's server never stops a command; we do once the caller is gone (its response stream
  // closed before the exit status was sent), so no command outlives a dead session.
  const orphaned = new AbortController();
  let finished = false;
  response?.once('close', () => finished || orphaned.abort());
  const run = comm.start(cmd, orphaned.signal);
  const finish = async (): Promise<void> => {
    try {
      const { exitStatus } = await run;
      finished = true;
      response?.end(encodeCommandFinished(exitStatus));
      response?.resume();
    } catch {
      finished = true;
      // The client then reads no CommandFinished and reports 123, as for any broken command.
      closeStream(response);
    }
    [stdin, stdout, stderr].forEach(closeStream);
  };
  // Go closes the response stream first, then the stdio streams; the client waits for both.
  void finish();
  await startedOrFailed(run);
  return null;
}

/** `comm` undefined: every call fails with a clear error (a builder with `communicator: none`). */
export function registerCommunicator(server: RpcServer, comm: Communicator | undefined, broker: MuxBroker): void {
  const need = (method: string): Communicator => {
    if (!comm) throw new Error(`${method}: this build has no communicator (communicator "none")`);
    return comm;
  };
  server.registerService('Communicator', {
    Start: (args) => start(need('Communicator.Start'), broker, args),
    Upload: async (args) => {
      const method = 'Communicator.Upload';
      const c = need(method);
      const fields = struct(method, args);
      const path = str(method, fields.Path, 'Path');
      const info = decodeFileInfo(method, fields.FileInfo);
      const reader = await broker.dial(uint32(method, fields.ReaderStreamId, 'ReaderStreamId'));
      try {
        await c.upload(path, reader, info);
      } finally {
        closeStream(reader);
      }
      return null;
    },
    UploadDir: async (args) => {
      const method = 'Communicator.UploadDir';
      const c = need(method);
      const fields = struct(method, args);
      await c.uploadDir(str(method, fields.Dst, 'Dst'), str(method, fields.Src, 'Src'), strings(method, fields.Exclude, 'Exclude'));
      return null;
    },
    Download: async (args) => {
      const method = 'Communicator.Download';
      const c = need(method);
      const fields = struct(method, args);
      const path = str(method, fields.Path, 'Path');
      const writer = await broker.dial(uint32(method, fields.WriterStreamId, 'WriterStreamId'));
      try {
        await c.download(path, writer);
      } finally {
        closeStream(writer);
      }
      return null;
    },
    DownloadDir: async (args) => {
      const method = 'Communicator.DownloadDir';
      const c = need(method);
      const fields = struct(method, args);
      await c.downloadDir(str(method, fields.Src, 'Src'), str(method, fields.Dst, 'Dst'), strings(method, fields.Exclude, 'Exclude'));
      return null;
    },
  });
}
