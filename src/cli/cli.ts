import type { CliIo } from './io.js';
import type { CommandContext } from './meta.js';
import { buildHelp, consoleHelp, fixHelp, inspectHelp, invalidTopFlags, topLevelHelp, validateHelp, versionHelp } from './usage.js';
import { VERSION } from './version.js';

interface CommandEntry {
  name: string;
  synopsis: string;
  /** What `<command> -h` prints; absent for commands image-build does not have yet. */
  help?: string;
  load?: () => Promise<{ run(ctx: CommandContext): Promise<number> }>;
}

/** Packer 1.6.6's command list (its usage text is kept whole); loaded only when run. */
export const commands: readonly CommandEntry[] = [
  { name: 'build', synopsis: 'build image(s) from template', help: buildHelp, load: () => import('./commands/build.js') },
  { name: 'console', synopsis: 'creates a console for testing variable interpolation', help: consoleHelp, load: () => import('./commands/console.js') },
  { name: 'fix', synopsis: 'fixes templates from old versions of packer', help: fixHelp, load: () => import('./commands/fix.js') },
  { name: 'fmt', synopsis: 'Rewrites HCL2 config files to canonical format' },
  { name: 'hcl2_upgrade', synopsis: 'transform a JSON template into an HCL2 configuration' },
  { name: 'inspect', synopsis: 'see components of a template', help: inspectHelp, load: () => import('./commands/inspect.js') },
  { name: 'validate', synopsis: 'check that a template is valid', help: validateHelp, load: () => import('./commands/validate.js') },
  { name: 'version', synopsis: 'Prints the Packer version', help: versionHelp, load: () => import('./commands/version.js') },
];

/** Exit code of Packer (mitchellh/cli) when no or an unknown command is given. */
export const EXIT_USAGE = 127;

/**
 * Packer's main + mitchellh/cli: `-machine-readable` may appear anywhere (the first exact one
 * is taken out); `-h`/`-help`/`--help` before `--` show the command's help; `-v`/`--version`
 * before the command print the version; other flags before the command are refused.
 */
export async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const args = [...argv];
  const mr = args.indexOf('-machine-readable');
  if (mr >= 0) args.splice(mr, 1);

  let isHelp = false;
  let isVersion = false;
  let name: string | undefined;
  let rest: string[] = [];
  const topFlags: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') break;
    if (a === '-h' || a === '-help' || a === '--help') {
      isHelp = true;
      continue;
    }
    if (name === undefined) {
      if (a === '-v' || a === '-version' || a === '--version') {
        isVersion = true;
        continue;
      }
      if (a.startsWith('-')) {
        topFlags.push(a);
        continue;
      }
      if (a !== '') {
        name = a;
        rest = args.slice(i + 1);
        break;
      }
    }
  }
  // mitchellh/cli stops looking for -h at the command: a later -h counts only before `--`.
  if (name !== undefined && !isHelp) isHelp = rest.slice(0, indexOrEnd(rest, '--')).some((a) => ['-h', '-help', '--help'].includes(a));

  if (isVersion) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    io.stdout(topLevelHelp(commands));
    return name === undefined && isHelp ? 0 : EXIT_USAGE;
  }
  if (!entry.load || !entry.help) {
    io.stderr(`image-build: the "${entry.name}" command is not available in image-build yet.\n`);
    return 1;
  }
  if (topFlags.length > 0) {
    io.stdout(`${invalidTopFlags}${entry.help}\n`);
    return 1;
  }
  if (isHelp) {
    io.stdout(`${entry.help}\n`);
    return 0;
  }
  const command = await entry.load();
  return command.run({ args: rest, machineReadable: mr >= 0, io });
}

function indexOrEnd(a: string[], s: string): number {
  const i = a.indexOf(s);
  return i < 0 ? a.length : i;
}
