import type { Readable, Writable } from 'node:stream';
import type { Communicator, RemoteCmd } from '../../sdk/index.js';

/**
 * packer `MockCommunicator`, which Packer's file builder hands to its provisioners: every
 * command "exits 0" and every transfer "succeeds" without touching anything.
 */
export class MockCommunicator implements Communicator {
  async start(_cmd: RemoteCmd): Promise<{ exitStatus: number }> {
    return { exitStatus: 0 };
  }
  async upload(_dst: string, src: Readable): Promise<void> {
    // Drained as Packer's mock reads it, so a producer on the other side never stalls.
    for await (const _chunk of src) void _chunk;
  }
  async uploadDir(): Promise<void> {}
  async download(_src: string, _dst: Writable): Promise<void> {}
  async downloadDir(): Promise<void> {}
}
