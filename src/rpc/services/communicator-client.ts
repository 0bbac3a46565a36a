import type { Readable, Writable } from 'node:stream';
import { CancelledError, type Communicator, type FileInfo, type RemoteCmd } from '../../sdk/index.js';
import { decodeCommandFinished } from '../gob/index.js';
import type { MuxBroker } from '../mux-broker.js';
import type { RpcClient } from '../net-rpc/index.js';
import type { YamuxStream } from '../yamux/index.js';
import { encodeFileInfo } from './file-info.js';

/** Go's exit status for a command whose response stream could not be read. */
export const BROKEN_RESPONSE_EXIT_STATUS = 123;

interface Served {
  readonly id: number;
  /** Settles when the copy is over (ok or not); never rejects. */
  readonly done: Promise<void>;
}

/** Go's serveSingleCopy: accept `id`, copy one way, close. */
function serveCopy(broker: MuxBroker, copy: (stream: YamuxStream) => Promise<void>): Served {
  const id = broker.nextId();
  const done = broker.accept(id).then(copy).catch(() => undefined);
  return { id, done };
}

/** Copies `stream` into `dst` until the peer's FIN; `dst` belongs to the caller and stays open. */
function copyOut(dst: Writable): (stream: YamuxStream) => Promise<void> {
  return (stream) =>
    new Promise<void>((resolve) => {
      stream.on('end', resolve);
      stream.on('close', resolve);
      stream.on('error', () => resolve());
      stream.pipe(dst, { end: false });
    }).finally(() => stream.end());
}

function copyIn(src: Readable): (stream: YamuxStream) => Promise<void> {
  return (stream) =>
    new Promise<void>((resolve) => {
      src.on('error', () => stream.end());
      stream.on('finish', resolve);
      stream.on('close', resolve);
      src.pipe(stream);
      stream.resume(); // nothing comes back on a copy stream; keep its FIN flowing
    });
}

function readAll(stream: YamuxStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
    stream.on('close', () => reject(new Error('response stream closed before its end')));
  });
}

async function start(client: RpcClient, broker: MuxBroker, cmd: RemoteCmd, signal?: AbortSignal): Promise<{ exitStatus: number }> {
  if (signal?.aborted) throw new CancelledError();
  const stdin = cmd.stdin ? serveCopy(broker, copyIn(cmd.stdin)) : undefined;
  const stdout = cmd.stdout ? serveCopy(broker, copyOut(cmd.stdout)) : undefined;
  const stderr = cmd.stderr ? serveCopy(broker, copyOut(cmd.stderr)) : undefined;
  const responseId = broker.nextId();
  const response = broker.accept(responseId).then(async (stream) => {
    try {
      return await readAll(stream);
    } finally {
      stream.end();
    }
  });
  response.catch(() => undefined);
  // Go waits for stdout and stderr to end before it reads the exit status.
  const exit = Promise.all([stdout?.done, stderr?.done])
    .then(() => response)
    .then(decodeCommandFinished)
    .catch(() => BROKEN_RESPONSE_EXIT_STATUS);
  await client.call('Communicator.Start', {
    Command: cmd.command,
    StdinStreamId: stdin?.id ?? 0,
    StdoutStreamId: stdout?.id ?? 0,
    StderrStreamId: stderr?.id ?? 0,
    ResponseStreamId: responseId,
  });
  // The Communicator RPC has no cancel: stop waiting, as Go's RemoteCmd.RunWithUi does.
  let onAbort = (): void => undefined;
  const aborted = new Promise<never>((_resolve, reject) => {
    onAbort = () => reject(new CancelledError());
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  aborted.catch(() => undefined);
  try {
    return { exitStatus: await Promise.race([exit, aborted]) };
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}

export function communicatorClient(client: RpcClient, broker: MuxBroker): Communicator {
  return {
    start: (cmd, signal) => start(client, broker, cmd, signal),
    upload: async (dst: string, src: Readable, info?: FileInfo) => {
      const reader = serveCopy(broker, copyIn(src));
      await client.call('Communicator.Upload', { Path: dst, ReaderStreamId: reader.id, FileInfo: encodeFileInfo(info) });
    },
    uploadDir: async (dst, src, exclude = []) => {
      await client.call('Communicator.UploadDir', { Dst: dst, Src: src, Exclude: exclude });
    },
    download: async (src, dst) => {
      const writer = serveCopy(broker, copyOut(dst));
      try {
        await client.call('Communicator.Download', { Path: src, WriterStreamId: writer.id });
      } finally {
        // Go returns only once the copy ended, so the caller's writer is complete.
        await writer.done;
      }
    },
    downloadDir: async (src, dst, exclude = []) => {
      await client.call('Communicator.DownloadDir', { Dst: dst, Src: src, Exclude: exclude });
    },
  };
}
