import type { Communicator, RemoteCmd } from '../sdk/index.js';

/**
 * `communicator: none` (packer-plugin-sdk `communicator/none`): commands "succeed" without
 * running anything, transfers fail with Packer's wording, so provisioners that need a machine
 * report why they cannot work instead of silently doing nothing.
 */
export class NoneCommunicator implements Communicator {
  async start(_cmd: RemoteCmd): Promise<{ exitStatus: number }> {
    return { exitStatus: 0 };
  }
  async upload(): Promise<void> {
    throw new Error("Upload is not implemented when communicator = 'none'");
  }
  async uploadDir(): Promise<void> {
    throw new Error("UploadDir is not implemented when communicator = 'none'");
  }
  async download(): Promise<void> {
    throw new Error("Download is not implemented when communicator = 'none'");
  }
  async downloadDir(): Promise<void> {
    throw new Error("DownloadDir is not implemented when communicator = 'none'");
  }
}
