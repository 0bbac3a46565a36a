import { MultiError } from '../errors.js';

/**
 * Type errors found while decoding, printed as mapstructure prints them
 * (`2 error(s) decoding:\n\n* 'content' expected type 'string', …`, points sorted).
 * A MultiError, so callers that collect errors treat it as one.
 */
export class ConfigDecodeError extends MultiError {
  constructor(readonly points: string[]) {
    super(points.map((p) => new Error(p)));
    const lines = points.map((p) => `* ${p}`).sort();
    this.message = `${points.length} error(s) decoding:\n\n${lines.join('\n')}`;
  }
}

/**
 * Keys that `packer fix` rewrites (Packer 1.6.6 helper/config/deprecated_options.go, generated
 * from the fixers): an unknown key in this list gets a pointer to `packer fix` instead.
 */
const DeprecatedOptions = new Set([
  'iso_md5', 'guest_additions_attach', 'headless', 'parallels_tools_host_path', 'guest_os_distribution',
  'ssh_key_path', 'ssh_disable_agent', 'access_key', 'filename', 'shutdown_behaviour', 'enhanced_networking',
  'ssh_private_ip', 'temporary_security_group_source_cidr', 'login_email', 'tag', 'vhd_temp_path',
  'clone_from_vmxc_path', 'cpu', 'ram_size', 'clean_image_name', 'clean_ami_name', 'spot_price_auto_product',
  'galaxycommand', 'ssh_host_port_min', 'ssh_host_port_max', 'ssh_skip_nat_mapping', 'ssh_wait_timeout',
  'network_card', 'network', 'networkCard', 'disk_size', 'disk_thin_provisioned', 'disk_eagerly_scrub',
  'iso_checksum_url', 'iso_checksum_type', 'exlude_from_latest',
]);

/** Packer's `unknown configuration key: %q`, inside quotes as config.Decode wraps it. */
export function unknownKeyError(key: string): Error {
  if (DeprecatedOptions.has(key)) {
    return new Error(
      `Deprecated configuration key: '${key}'. Please call \`packer fix\` against your template to ` +
        'update your template to be compatible with the current version of Packer. Visit ' +
        'https://www.packer.io/docs/commands/fix/ for more detail.',
    );
  }
  return new Error(`unknown configuration key: '${JSON.stringify(key)}'`);
}
