import { decodeConfig } from '../../../sdk/config/index.js';
import type { PackerConfig, RawConfig } from '../../../sdk/index.js';
import {
  commHost,
  commPassword,
  commUser,
  communicatorSpec,
  prepareCommunicator,
  type CommunicatorConfig,
} from '../../common/communicator-config.js';
import { throwIfAnyPacker } from '../../common/packer-errors.js';

export interface NullConfig {
  comm: CommunicatorConfig;
  packer: PackerConfig;
}

/** packer `builder/null` Config.Prepare, with its messages. */
export async function prepareNullConfig(raws: RawConfig[]): Promise<NullConfig> {
  const { config: comm, packer } = decodeConfig(communicatorSpec, raws);
  const errs = await prepareCommunicator(comm);
  if (comm.communicator !== 'none') {
    if (commHost(comm) === '') {
      errs.push(new Error('a Host must be specified, please reference your communicator documentation'));
    }
    if (commUser(comm) === '') {
      errs.push(new Error('a Username must be specified, please reference your communicator documentation'));
    }
    if (!comm.ssh_agent_auth && commPassword(comm) === '' && !comm.ssh_private_key_file) {
      errs.push(new Error('one authentication method must be specified, please reference your communicator documentation'));
    }
  }
  throwIfAnyPacker(errs);
  return { comm, packer };
}
