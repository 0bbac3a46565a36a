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
