import type { Writable } from 'node:stream';
import type { Client } from 'ssh2';
import { channelExit, openExec } from './exec.js';
import { BufReader, EOFError } from './reader.js';

export type ScpFunc = (w: Writable, r: BufReader) => Promise<void>;

/**
 * packer-plugin-sdk `scpSession`: runs `command` (the remote scp in source or sink mode), lets
 * `f` speak the protocol, closes stdin and waits. An EOF from the other side is not an error in
 * itself (the exit status tells); status 127 means there is no scp there.
 */
export async function scpSession(client: Client, command: string, f: ScpFunc): Promise<void> {
  const ch = await openExec(client, command);
  const exited = channelExit(ch);
  ch.stderr.resume(); // scp -v's chatter, which packer only logs
  const r = new BufReader(ch);
  try {
    await f(ch, r);
  } catch (e) {
    if (!(e instanceof EOFError)) {
      ch.close();
      throw e;
    }
  }
  ch.end();
  const drain = r.rest().catch(() => Buffer.alloc(0));
  const status = await exited;
  await drain;
  if (status !== 0) {
    if (status === 127) throw new Error('SCP failed to start. This usually means that SCP is not\nproperly installed on the remote system.');
    throw new Error(`Process exited with status ${status}`);
  }
}

/** checkSCPStatus: a 0 byte, or 1/2 followed by the error line. */
export async function checkStatus(r: BufReader): Promise<void> {
  const code = await r.readByte();
  if (code === 0) return;
  let line: string;
  try {
    line = await r.readLine();
  } catch (e) {
    throw new Error(`Error reading error message: ${(e as Error).message}`);
  }
  throw new Error(line.replace(/\r?\n$/, ''));
}

export const perms = (mode: number): string => (mode & 0o777).toString(8).padStart(4, '0');

