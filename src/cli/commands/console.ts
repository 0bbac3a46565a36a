import { fstatSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { createInterface } from 'node:readline';
import { InterpolateError, render, type InterpolateContext } from '../../sdk/interpolate/index.js';
import { wrapString } from '../../ui/wordwrap.js';
import { FlagSet } from '../flags.js';
import { loadForCommand } from '../load.js';
import { createCommandUi, newMetaArgs, usageError, type CommandContext, type CommandUi, type MetaArgs } from '../meta.js';
import { consoleHelp } from '../usage.js';

/** Intended difference: Packer 1.6.6 evaluates HCL2 expressions here; image-build has no HCL2 yet. */
export const hcl2Unavailable = 'image-build: console -config-type=hcl2 is not available in image-build yet (no HCL2 support).\n';

const consoleHelpText = `Packer console JSON Mode.
The Packer console allows you to experiment with Packer interpolations.
You may access variables in the Packer config you called the console with.

Type in the interpolation to test and hit <enter> to see the result.

"variables" will dump all available variables and their values.

"{{timestamp}}" will output the timestamp, for example "1559855090".

To exit the console, type "exit" and hit <enter>, or use Control-C.

/!\\ If you would like to start console in hcl2 mode without a config you can
use the --config-type=hcl2 option.`;

/**
 * Packer's console in JSON mode: each line is rendered with the template's user variables.
 * Standard input that is a pipe (FIFO) is read in one go and only the last result is printed
 * (Packer's modePiped); anything else (a terminal, a file, /dev/null) goes line by line,
 * printing every result and stopping at `exit` (modeInteractive).
 */
export async function run(ctx: CommandContext): Promise<number> {
  const meta = newMetaArgs();
  const parsed = new FlagSet()
    .value('var', (v) => {
      const i = v.indexOf('=');
      if (i < 0) throw new Error(`No '=' value in arg: ${v}`);
      meta.vars.push([v.slice(0, i), v.slice(i + 1)]);
    })
    .value('var-file', (v) => meta.varFiles.push(v))
    .value('config-type', (v) => {
      if (v !== 'hcl2' && v !== 'json') throw new Error(`${v} does not belong to configType values`);
      meta.configType = v;
    })
    .parse(ctx.args);
  const ui = createCommandUi(ctx, { color: false });
  // Packer's console shows only its usage for a bad flag.
  if (parsed.kind !== 'ok') return usageError(ui, consoleHelp, parsed.kind === 'error' ? parsed.message : undefined);
  const file = parsed.args.length === 1 ? parsed.args[0]! : '';
  if (meta.configType === 'hcl2' || isHclPath(ctx, file)) {
    ctx.io.stderr(hcl2Unavailable);
    return 1;
  }

  const scope = await consoleScope(ctx, ui, file, meta);
  if (!scope) return 1;
  const evaluate = (line: string): Evaluation => evaluateExpression(line, scope);
  if (isPiped()) return modePiped(ctx, ui, evaluate);
  if (process.stdin.isTTY && ctx.io.ask) return modeTerminal(ctx, ui, evaluate);
  return modeLines(ctx, ui, evaluate);
}

interface Evaluation {
  out: string;
  exit: boolean;
  /** A diagnostic of unset severity, as Packer prints it (`???????: …`). */
  diag?: string;
}

/** core.EvaluateExpression of Packer 1.6.6 (JSON mode). */
function evaluateExpression(line: string, ctx: InterpolateContext): Evaluation {
  if (line === '') return { out: '', exit: false };
  if (line === 'exit') return { out: '', exit: true };
  if (line === 'help') return { out: consoleHelpText, exit: false };
  if (line === 'variables') {
    const vars = Object.entries(ctx.userVariables ?? {}).sort(([a], [b]) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    return { out: `\n${vars.map(([k, v]) => `${k}: ${v},\n`).join('')}`, exit: false };
  }
  try {
    return { out: render(line, ctx), exit: false };
  } catch (err) {
    if (!(err instanceof InterpolateError)) throw err;
    return { out: '', exit: false, diag: `???????: Interpolation error\n\n${wrapString(err.message, 80)}\n\n` };
  }
}

/**
 * The console's interpolation context. A template that does not parse stops the command; one
 * that parses but fails validation or variable rendering leaves only the command-line variables
 * (Packer ignores that failure here). Packer 1.6.6 also adds a variable named "" whenever there
 * are variables to render (a slice made with a length, then appended to); kept, since
 * `variables` shows it.
 */
async function consoleScope(ctx: CommandContext, ui: CommandUi, file: string, meta: MetaArgs): Promise<InterpolateContext | undefined> {
  const base: InterpolateContext = { cwd: ctx.io.cwd, coreVersion: '', env: {} };
  const given: Record<string, string> = {};
  const { loadTemplate, readVarFile, VarFileError } = await import('../../template/index.js');
  if (file === '') {
    try {
      for (const vf of meta.varFiles) Object.assign(given, await readVarFile(vf, ctx.io.cwd));
    } catch (err) {
      if (!(err instanceof VarFileError)) throw err;
      ui.error(err.message);
      return undefined;
    }
    for (const [k, v] of meta.vars) given[k] = v;
    return { ...base, userVariables: Object.keys(given).length > 0 ? { '': '', ...given } : given };
  }
  const parsed = await loadForCommand(ctx, ui, file, meta, { syntaxOnly: true });
  if (!parsed) return undefined;
  // Secrets are known only once the variables are rendered (Core.init), not from raw defaults.
  ui.learnSecrets({ ...parsed, sensitiveVariables: [] });
  const templatePath = path.resolve(ctx.io.cwd, file);
  const full = await loadTemplate({ path: file, vars: meta.vars, varFiles: meta.varFiles, env: ctx.io.env, cwd: ctx.io.cwd });
  if (!full.template || full.diagnostics.some((d) => d.severity === 'error')) {
    for (const [k, v] of meta.vars) given[k] = v;
    return { ...base, templatePath, userVariables: given };
  }
  // Masked in machine-readable output too, where Packer 1.6.6 prints them (DIFFERENCES.md D1).
  ui.learnSecrets(full.template);
  const vars = full.template.userVariables;
  return { ...base, templatePath, userVariables: Object.keys(vars).length > 0 ? { '': '', ...vars } : vars };
}

function modePiped(ctx: CommandContext, ui: CommandUi, evaluate: (l: string) => Evaluation): Promise<number> {
  return ctx.io.readStdin().then((text) => {
    let last = '';
    // bufio.Scanner: lines end at \n, one \r before it is dropped.
    const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
    if (lines[lines.length - 1] === '') lines.pop();
    for (const line of lines) {
      const r = evaluate(line.trim());
      if (r.diag !== undefined) ui.say(r.diag);
      last = r.out;
    }
    // Ui.Message: the same line as Say for people, a `ui,message` record for machines.
    if (ctx.machineReadable) ui.machine('ui', 'message', last);
    else ui.say(last);
    return 0;
  });
}

async function modeLines(ctx: CommandContext, ui: CommandUi, evaluate: (l: string) => Evaluation): Promise<number> {
  for (const line of splitLines(await ctx.io.readStdin())) {
    const r = evaluate(line);
    if (r.diag !== undefined) ui.say(r.diag);
    if (r.exit) return 0;
    ui.say(r.out);
  }
  return 0;
}

/** A terminal: a `> ` prompt; Ctrl-C on an empty line or Ctrl-D ends, as with Packer's readline. */
function modeTerminal(ctx: CommandContext, ui: CommandUi, evaluate: (l: string) => Evaluation): Promise<number> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: '> ' });
    rl.on('line', (line) => {
      const r = evaluate(line);
      if (r.diag !== undefined) ui.say(r.diag);
      if (r.exit) return rl.close();
      ui.say(r.out);
      // The output is written on the next turn: the prompt must come after it.
      void ctx.io.flush().then(() => rl.prompt());
    });
    rl.on('SIGINT', () => (rl.line === '' ? rl.close() : (rl.write(null, { ctrl: true, name: 'u' }), rl.prompt())));
    rl.on('close', () => resolve(0));
    rl.prompt();
  });
}

/** Lines as Packer's readline sees them: `\r` ends a line too, a last unterminated line counts. */
function splitLines(text: string): string[] {
  const lines = text.split(/\r|\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Meta.StdinPiped: only a named pipe counts (a socket or a file does not). */
function isPiped(): boolean {
  try {
    return fstatSync(0).isFIFO();
  } catch {
    return false;
  }
}

function isHclPath(ctx: CommandContext, file: string): boolean {
  if (file.endsWith('.pkr.hcl') || file.endsWith('.pkr.json')) return true;
  try {
    return file !== '' && statSync(path.resolve(ctx.io.cwd, file)).isDirectory();
  } catch {
    return false;
  }
}
