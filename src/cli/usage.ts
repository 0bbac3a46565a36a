// Packer 1.6.6's help texts, byte for byte: users' scripts and our differential tests compare them.
// `packer` stays the program name in them so that output matches Packer's (intended: see report).

export const buildHelp = `Usage: packer build [options] TEMPLATE

  Will execute multiple builds in parallel as defined in the template.
  The various artifacts created by the template will be outputted.

Options:

  -color=false                  Disable color output. (Default: color)
  -debug                        Debug mode enabled for builds.
  -except=foo,bar,baz           Run all builds and post-processors other than these.
  -only=foo,bar,baz             Build only the specified builds.
  -force                        Force a build to continue if artifacts exist, deletes existing artifacts.
  -machine-readable             Produce machine-readable output.
  -on-error=[cleanup|abort|ask|run-cleanup-provisioner] If the build fails do: clean up (default), abort, ask, or run-cleanup-provisioner.
  -parallel-builds=1            Number of builds to run in parallel. 1 disables parallelization. 0 means no limit (Default: 0)
  -timestamp-ui                 Enable prefixing of each ui output with an RFC3339 timestamp.
  -var 'key=value'              Variable for templates, can be used multiple times.
  -var-file=path                JSON or HCL2 file containing user variables.`;

export const validateHelp = `Usage: packer validate [options] TEMPLATE

  Checks the template is valid by parsing the template and also
  checking the configuration with the various builders, provisioners, etc.

  If it is not valid, the errors will be shown and the command will exit
  with a non-zero exit status. If it is valid, it will exit with a zero
  exit status.

Options:

  -syntax-only           Only check syntax. Do not verify config of the template.
  -except=foo,bar,baz    Validate all builds other than these.
  -only=foo,bar,baz      Validate only these builds.
  -var 'key=value'       Variable for templates, can be used multiple times.
  -var-file=path         JSON or HCL2 file containing user variables. [ Note that even in HCL mode this expects file to contain JSON, a fix is comming soon ]`;

export const inspectHelp = `Usage: packer inspect TEMPLATE

  Inspects a template, parsing and outputting the components a template
  defines. This does not validate the contents of a template (other than
  basic syntax by necessity).

Options:

  -machine-readable  Machine-readable output`;

export const consoleHelp = `Usage: packer console [options] [TEMPLATE]

  Creates a console for testing variable interpolation.
  If a template is provided, this command will load the template and any
  variables defined therein into its context to be referenced during
  interpolation.

Options:
  -var 'key=value'       Variable for templates, can be used multiple times.
  -var-file=path         JSON or HCL2 file containing user variables. [ Note that even in HCL mode this expects file to contain JSON, a fix is comming soon ]`;

export const fixHelp = `Usage: packer fix [options] TEMPLATE

  Reads the JSON template and attempts to fix known backwards
  incompatibilities. The fixed template will be outputted to standard out.

  If the template cannot be fixed due to an error, the command will exit
  with a non-zero exit status. Error messages will appear on standard error.

Fixes that are run (in order):

  iso-md5                    Replaces "iso_md5" in builders with "iso_checksum"
  createtime                 Replaces ".CreateTime" in builder configs with "{{timestamp}}"
  virtualbox-gaattach        Updates VirtualBox builders using "guest_additions_attach" to use "guest_additions_mode"
  pp-vagrant-override        Fixes provider-specific overrides for Vagrant post-processor
  virtualbox-rename          Updates "virtualbox" builders to "virtualbox-iso"
  vmware-rename              Updates "vmware" builders to "vmware-iso"
  parallels-headless         Removes unused "headless" from Parallels builders
  parallels-deprecations     Removes deprecated "parallels_tools_host_path" from Parallels builders and changes "guest_os_distribution" to "guest_os_type".
  sshkeypath                 Updates builders using "ssh_key_path" to use "ssh_private_key_file"
  sshdisableagent            Updates builders using "ssh_disable_agent" to use "ssh_disable_agent_forwarding"
  scaleway-access-key        Updates builders using "access_key" to use "organization_id"
  manifest-filename          Updates "manifest" post-processor so any "filename" field is renamed to "output".
  amazon-shutdown_behavior   Changes "shutdown_behaviour" to "shutdown_behavior" in Amazon builders.
  amazon-enhanced-networking Replaces "enhanced_networking" in builders with "ena_support"
  amazon-private-ip          Replaces \`"ssh_private_ip": true\` in amazon builders with \`"ssh_interface": "private_ip"\`
  amazon-temp-sec-cidrs      Replaces "temporary_security_group_source_cidr" (string) with "temporary_security_group_source_cidrs" (list of strings)
  docker-email               Removes "login_email" from the Docker builder.
  docker-tag-tags            Updates "docker" post-processor so any "tag" field is renamed to "tags".
  powershell-escapes         Removes PowerShell escapes from user env vars and elevated username and password strings
  vmware-compaction          Adds "skip_compaction = true" to "vmware-iso" builders with incompatible disk_type_id
  hyperv-deprecations        Removes the deprecated "vhd_temp_path" setting from Hyper-V ISO builder templates
  hyperv-vmxc-typo           Fixes a typo replacing "clone_from_vmxc_path" with "clone_from_vmcx_path" in Hyper-V VMCX builder templates
  hyperv-cpu-and-ram         Replaces "cpu" with "cpus" and "ram_size" with "memory"in Hyper-V VMCX builder templates
  clean-image-name           Replaces /clean_(image|ami)_name/ in builder configs with "clean_resource_name"
  spot-price-auto-product    Removes the deprecated "spot_price_auto_product" setting from Amazon builder templates
  qemu-disk-size             Updates "disk_size" from int to string in QEMU builders.
  galaxy-command             Replaces "galaxycommand" in ansible-local provisioner configs with "galaxy_command"
  comm-config                Remove ssh prefixes from communicator port forwarding configuration (host_port_min, host_port_max, skip_nat_mapping)
  ssh-wait-timeout           Replaces "ssh_wait_timeout" with "ssh_timeout"
  vsphere-iso-net-disk       Removes deprecated network and disk fields from "vsphere-iso" builder
  iso-checksum-type-and-url  Puts content of potential "iso_checksum_url" and "iso_checksum_url" in "iso_checksum"
  qemu-host-port             Updates ssh_host_port_min and ssh_host_port_max to host_port_min and host_port_max
  azure-exclude_from_latest  Changes "exlude_from_latest" to "exclude_from_latest" in Azure builders.
  proxmox-type               Updates the builder type proxmox to proxmox-iso

Options:

  -validate=true      If true (default), validates the fixed template.`;

export const versionHelp = 'Prints the Packer version, and checks for new release.';

/** mitchellh/cli BasicHelpFunc: commands sorted, names padded to the longest, then a blank line. */
export function topLevelHelp(commands: ReadonlyArray<{ name: string; synopsis: string }>): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = [...commands]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((c) => `    ${c.name.padEnd(width)}    ${c.synopsis}\n`);
  return `Usage: packer [--version] [--help] <command> [<args>]\n\nAvailable commands are:\n${lines.join('')}\n`;
}

export const invalidTopFlags =
  'Invalid flags before the subcommand. If these flags are for\nthe subcommand, please put them after the subcommand.\n\n';
