import { StateGeneratedData, StateKey, type StateBag } from '../../../sdk/multistep/index.js';

/** Builders put their machine id here (`instance_id` in Packer's state bags). */
export const StateInstanceId = new StateKey<string>('instance_id');

export const HttpIPNotImplemented = 'ERR_HTTP_IP_NOT_IMPLEMENTED_BY_BUILDER';
export const HttpPortNotImplemented = 'ERR_HTTP_PORT_NOT_IMPLEMENTED_BY_BUILDER';
export const HttpAddrNotImplemented = 'ERR_HTTP_ADDR_NOT_IMPLEMENTED_BY_BUILDER';

/**
 * packer-plugin-sdk `PopulateProvisionHookData`: the generated data provisioners see. The run
 * UUID comes from PACKER_RUN_UUID, which the core sets for itself and its plugins as Packer does.
 */
export function populateProvisionHookData(state: StateBag): Record<string, unknown> {
  const data: Record<string, unknown> = { ...(state.get(StateGeneratedData) ?? {}) };
  data['ID'] = state.get(StateInstanceId) ?? 'ERR_ID_NOT_IMPLEMENTED_BY_BUILDER';
  data['PackerRunUUID'] = process.env['PACKER_RUN_UUID'] ?? '';
  data['PackerHTTPIP'] = HttpIPNotImplemented;
  data['PackerHTTPPort'] = HttpPortNotImplemented;
  data['PackerHTTPAddr'] = HttpAddrNotImplemented;
  return data;
}
