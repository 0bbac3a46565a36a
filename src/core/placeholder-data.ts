/**
 * What provisioners and post-processors receive as their last raw config at prepare time
 * (Packer's BasicPlaceholderData): each generated-data key maps to a marker that the SDK's
 * `build` function turns into `{{.Key}}`, to be filled in with real values at provision time.
 * The SDK recognises this map by its PackerRunUUID marker, so the shape must stay exactly so.
 */
const PlaceholderMsg = 'To set this dynamically in the Packer template, you must use the `build` function';

export const BuilderDataCommonKeys = [
  'ID',
  'Host',
  'Port',
  'User',
  'Password',
  'ConnType',
  'PackerRunUUID',
  'PackerHTTPPort',
  'PackerHTTPIP',
  'PackerHTTPAddr',
  'SSHPublicKey',
  'SSHPrivateKey',
  'WinRMPassword',
];

export function placeholderData(generatedVars: string[]): Record<string, string> {
  const data: Record<string, string> = {};
  for (const key of BuilderDataCommonKeys) data[key] = `Build_${key}. ${PlaceholderMsg}`;
  // Backwards compatibility kept by Packer: WinRMPassword passes without the `build` function.
  data['WinRMPassword'] = '{{.WinRMPassword}}';
  for (const key of generatedVars) data[key] = `Build_${key}. ${PlaceholderMsg}`;
  return data;
}
