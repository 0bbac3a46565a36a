// Doubles for component tests: a Ui that records what it is told and a Hook that runs the
// provisioners it is given (the core's provision hook, reduced to its contract).
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Communicator, Hook, Provisioner, Ui } from '../../sdk/index.js';

export type UiLine = ['say' | 'message' | 'error', string];

export class RecordingUi implements Ui {
  readonly lines: UiLine[] = [];
  constructor(private readonly answer?: string) {}
  async ask(_query: string): Promise<string> {
    if (this.answer === undefined) throw new Error('no available tty');
    return this.answer;
  }
  say(m: string): void {
    this.lines.push(['say', m]);
  }
  message(m: string): void {
    this.lines.push(['message', m]);
  }
  error(m: string): void {
    this.lines.push(['error', m]);
  }
  machine(): void {}
}

export interface HookCall {
  name: string;
  data: unknown;
}

export class ProvisionersHook implements Hook {
  readonly calls: HookCall[] = [];
  constructor(private readonly provisioners: Provisioner[] = []) {}
  async run(name: string, ui: Ui, comm: Communicator | undefined, data: unknown, signal: AbortSignal): Promise<void> {
    this.calls.push({ name, data });
    if (name !== 'packer_provision') return;
    for (const p of this.provisioners) await p.provision(signal, ui, comm, (data ?? {}) as Record<string, unknown>);
  }
}

export const packerRaw = (buildName: string, builderType: string, extra: Record<string, unknown> = {}) => ({
  packer_build_name: buildName,
  packer_builder_type: builderType,
  packer_core_version: '1.6.6',
  packer_debug: false,
  packer_force: false,
  packer_on_error: 'cleanup',
  packer_template_path: 'template.json',
  packer_user_variables: {},
  ...extra,
});

export const tempDir = (prefix = 'ib-comp-') => mkdtempSync(join(tmpdir(), prefix));

/** Whether the real Packer (the oracle) is installed; tests print why they skip otherwise. */
export function packerAvailable(): boolean {
  try {
    return execFileSync('packer', ['version'], { encoding: 'utf8' }).startsWith('Packer v1.6.6');
  } catch {
    return false;
  }
}

/** Runs `packer build` on a template in `dir`, machine-readable; returns stdout. */
export function packerBuild(dir: string, template: string, args: string[] = []): string {
  try {
    return execFileSync('packer', ['build', '-machine-readable', ...args, template], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, CHECKPOINT_DISABLE: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (e) {
    return String((e as { stdout?: string }).stdout ?? '');
  }
}

/** The `ui` lines of machine-readable output as [type, text] without the build prefix. */
export function packerUiLines(stdout: string, build: string): UiLine[] {
  const out: UiLine[] = [];
  for (const line of stdout.split('\n')) {
    const f = line.split(',');
    if (f[2] !== 'ui') continue;
    const text = f.slice(4).join(',').replaceAll('%!(PACKER_COMMA)', ',').replaceAll('\\n', '\n');
    const say = text.match(new RegExp(`^==> ${build}: (.*)$`, 's'));
    const msg = text.match(new RegExp(`^    ${build}: ?(.*)$`, 's'));
    if (f[3] === 'say' && say) out.push(['say', say[1]!]);
    else if (f[3] === 'message' && msg) out.push(['message', msg[1]!]);
    else if (f[3] === 'error' && say) out.push(['error', say[1]!]);
  }
  return out;
}
