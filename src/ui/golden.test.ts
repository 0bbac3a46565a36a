// Replays the events of recorded Packer 1.6.6 runs through the renderers and compares with the
// raw bytes Packer printed (golden/results/<case>/<scenario>/{normal,mr}.stdout). Shell script
// names, durations and times are taken from each recording, so the comparison is exact.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildResult, Diagnostic, EngineEvent, UiLevel } from './events.js';
import { createHumanRenderer, createMachineRenderer, type Renderer } from './index.js';

const results = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/reference/packer-1.6.6/golden/results');
const present = existsSync(results);
if (!present) console.log(`golden renderer tests skipped: ${results} is absent`);
const maybe = present ? describe : describe.skip;

function golden(path: string): string {
  return readFileSync(resolve(results, path), 'utf8');
}

/** Events of one run; `at` is the unix second the machine-readable recording shows. */
class Script {
  readonly events: EngineEvent[] = [];
  time = new Date(0);
  at(unix: number): this {
    this.time = new Date(unix * 1000);
    return this;
  }
  start(...builds: string[]): this {
    this.events.push({ kind: 'run-start', time: this.time, builds });
    return this;
  }
  ui(build: string, level: UiLevel, text: string, target = build): this {
    this.events.push({ kind: 'ui', time: this.time, build, target, level, text });
    return this;
  }
  diag(d: Partial<Diagnostic> & { summary: string }): this {
    this.events.push({ kind: 'diagnostic', time: this.time, diagnostic: { severity: 'error', format: 'hcl', detail: '', ...d } });
    return this;
  }
  end(r: Partial<BuildResult> & { name: string; durationMs: number }): BuildResult {
    const result: BuildResult = { type: 'null', status: 'success', artifacts: [], ...r };
    this.events.push({ kind: 'build-end', time: this.time, result });
    return result;
  }
  finish(durationMs: number, results: BuildResult[], cancelled = false): this {
    this.events.push({ kind: 'run-end', time: this.time, durationMs, results, cancelled });
    return this;
  }
  render(make: (write: (s: string) => void) => Renderer): string {
    let out = '';
    const r = make((s) => (out += s));
    for (const e of this.events) r.onEvent(e);
    r.flush();
    return out;
  }
}

const human = (color = false, extra: { stripEscapes?: boolean; timestampUi?: boolean } = {}) =>
  (write: (s: string) => void) =>
    createHumanRenderer({ write, color, stripEscapes: extra.stripEscapes ?? false, timestampUi: extra.timestampUi ?? false });
const machine = (write: (s: string) => void) => createMachineRenderer({ write });

const nullArtifact = { builderId: 'fnoeding.null', id: 'Null', string: 'Did not export anything. This is the null builder', files: [] };

function nullShellLocal(script: string, ms: number, wait: number, stderrFirst = false): Script {
  const s = new Script().at(1795431913).start('null').ui('null', 'say', `Running local shell script: ${script}`);
  if (stderrFirst) s.ui('null', 'error', 'to-stderr');
  s.ui('null', 'message', 'build=null type=null greeting=hello, world').ui('null', 'message', 'tpl build_name=null build_type=null');
  if (!stderrFirst) s.ui('null', 'error', 'to-stderr');
  return s.finish(wait, [s.end({ name: 'null', durationMs: ms, artifacts: [nullArtifact] })]);
}

maybe('renderers reproduce Packer 1.6.6 output byte for byte', () => {
  test('01 build -color=false', () => {
    const s = nullShellLocal('/tmp/packer-shell3162947400', 9.845, 9.883, true);
    expect(s.render(human())).toBe(golden('01-null-shell-local/build/normal.stdout'));
  });

  test('01 build with colours (default)', () => {
    const s = nullShellLocal('/tmp/packer-shell60229991', 11.847, 11.924);
    expect(s.render(human(true))).toBe(golden('01-null-shell-local/build-color/normal.stdout'));
  });

  test('01 PACKER_NO_COLOR keeps the banner, drops escapes', () => {
    const s = new Script().at(0).start('null').ui('null', 'say', 'Running local shell script: /tmp/packer-shell3274502016')
      .ui('null', 'message', 'build=null type=null greeting=hello, world').ui('null', 'error', 'to-stderr')
      .ui('null', 'message', 'tpl build_name=null build_type=null');
    s.finish(10.3, [s.end({ name: 'null', durationMs: 10.201, artifacts: [nullArtifact] })]);
    expect(s.render(human(true, { stripEscapes: true }))).toBe(golden('01-null-shell-local/build-nocolor-env/normal.stdout'));
  });

  test('01 -timestamp-ui', () => {
    process.env['TZ'] = 'UTC';
    const t = Date.parse('2026-11-23T11:05:14Z') / 1000;
    const s = new Script().at(t).start('null').ui('null', 'say', 'Running local shell script: /tmp/packer-shell2362342690')
      .ui('null', 'message', 'build=null type=null greeting=hello, world').ui('null', 'message', 'tpl build_name=null build_type=null')
      .ui('null', 'error', 'to-stderr');
    s.finish(10.726, [s.end({ name: 'null', durationMs: 10.643, artifacts: [nullArtifact] })]);
    const out = s.render(human(false, { timestampUi: true }));
    // Go prints local time; the recording ran in UTC.
    expect(out.replace(/^[-0-9T:]+(Z|[+-]\d\d:\d\d): /gm, '2026-11-23T11:05:14Z: '))
      .toBe(golden('01-null-shell-local/build-timestamp-ui/normal.stdout'));
  });

  test('01 build -machine-readable', () => {
    const s = nullShellLocal('/tmp/packer-shell2786487643', 16.545, 16.652);
    expect(s.render(machine)).toBe(golden('01-null-shell-local/build/mr.stdout'));
  });

  const errorScript = (abortedText: string) => {
    const s = new Script().at(1795431973).start('null');
    s.ui('null', 'error', abortedText);
    return s;
  };

  test('07 a multi-line error keeps the prefix on every line; the summary lists the error', () => {
    const err = 'Error executing script: /tmp/packer-shell2284448613\n\nPlease see output above for more information.';
    const s = errorScript(err);
    const r = s.end({ name: 'null', durationMs: 2240, status: 'failed', error: err });
    s.finish(2240, [r]);
    const mr = golden('07-pause-retry-timeout/on-error-abort/mr.stdout').split('\n');
    const from = mr.findIndex((l) => l.includes('ui,error,==> null: Error executing script'));
    const expected = mr.slice(from).filter((l) => !/Step "StepProvision"|skipping cleanup/.test(l)).join('\n');
    expect(s.render(machine)).toBe(expected);
  });

  test('13 diagnostics of one call are one Ui.Error, then the summary', () => {
    const s = new Script().at(1795431996).diag({
      summary: 'Failed to prepare build: "null"',
      detail: "2 errors occurred:\n\t* unknown configuration key: '\"_comment\"'\n\t* unknown configuration key: '\"bogus_key\"'\n\n",
    }).start().finish(0.003, []);
    expect(s.render(human())).toBe(golden('13-error-unknown-types/unknown-builder-key/normal.stdout'));
    expect(s.render(machine)).toBe(golden('13-error-unknown-types/unknown-builder-key/mr.stdout'));
  });

  test('13 a long detail is wrapped at 80 columns', () => {
    const s = new Script().at(1795431995).diag({
      summary: 'Failed to initialize build "null"',
      detail: "error initializing post-processor 'no-such-pp': Unknown post-processor no-such-pp",
    }).start().finish(0.003, []);
    expect(s.render(machine)).toBe(golden('13-error-unknown-types/unknown-post-processor/mr.stdout'));
  });

  test('13 plain diagnostics print as Packer\'s bare Ui.Error', () => {
    const s = new Script().at(1795431995).diag({ format: 'plain', summary: "Failed to parse template: 1 error occurred:\n\t* builder 1: missing 'type'\n\n" });
    expect(s.render(human())).toBe(golden('13-error-unknown-types/builder-missing-type/normal.stdout'));
    expect(s.render(machine)).toBe(golden('13-error-unknown-types/builder-missing-type/mr.stdout'));
  });

  test('16 detail with a tab-indented long line (go-wordwrap)', () => {
    const s = new Script().at(1795432264).diag({
      summary: 'Failed to prepare build: "demo"',
      detail: "1 error occurred:\n\t* Deprecated configuration key: 'filename'. Please call `packer fix` against your template to update your template to be compatible with the current version of Packer. Visit https://www.packer.io/docs/commands/fix/ for more detail.\n\n",
    }).start().finish(0.003, []);
    expect(s.render(human())).toBe(golden('16-cli-misc/build-stdin-template/normal.stdout'));
  });

  test('02 a warning is said; then builds in order and artifacts', () => {
    const s = new Script().at(1795431918).diag({
      severity: 'warning', summary: 'Warning when preparing build: "empty"',
      detail: 'Both source file and contents are blank; target will have no content',
    }).start('empty', 'from-content', 'from-source');
    const file = (t: string) => ({ builderId: 'packer.file', id: 'File', string: `Stored file: ${t}`, files: [t] });
    s.ui('empty', 'say', 'Running local shell script: /tmp/packer-shell1901862582')
      .ui('empty', 'message', 'provisioning empty').ui('empty', 'message', 'empty.txt');
    const a = s.end({ name: 'empty', durationMs: 15.493, artifacts: [file('out/empty.txt')] });
    s.ui('from-content', 'say', 'Running local shell script: /tmp/packer-shell905446259')
      .ui('from-content', 'message', 'provisioning from-content').ui('from-content', 'message', 'content.txt')
      .ui('from-content', 'message', 'empty.txt');
    const b = s.end({ name: 'from-content', durationMs: 7.57, artifacts: [file('out/content.txt')] });
    s.ui('from-source', 'say', 'Copying input.txt to out/copied.txt').ui('from-source', 'say', 'Copied 22 bytes')
      .ui('from-source', 'say', 'Running local shell script: /tmp/packer-shell1981161990');
    for (const l of ['provisioning from-source', 'content.txt', 'copied.txt', 'empty.txt']) s.ui('from-source', 'message', l);
    const c = s.end({ name: 'from-source', durationMs: 7.329, artifacts: [file('out/copied.txt')] });
    // Packer lists artifacts in Go map order; this recording happened to be from-source, empty, from-content.
    s.finish(30.842, [c, a, b]);
    expect(s.render(machine)).toBe(golden('02-file-builder/build/mr.stdout'));
  });

  test('15 one build fails, the other succeeds (machine-readable)', () => {
    const s = new Script().at(1795432018).start('broken', 'ok')
      .ui('broken', 'say', 'Running local shell script: /tmp/packer-shell2929854484')
      .ui('broken', 'say', 'Provisioning step had errors: Running the cleanup provisioner, if present...');
    const err = 'Script exited with non-zero exit status: 1.Allowed exit codes are: [0]';
    const a = s.end({ name: 'broken', durationMs: 5.735, status: 'failed', error: err });
    const b = s.end({ name: 'ok', type: 'file', durationMs: 1.095, artifacts: [{ builderId: 'packer.file', id: 'File', string: 'Stored file: ok.txt', files: ['ok.txt'] }] });
    s.finish(7.337, [a, b]);
    expect(s.render(machine)).toBe(golden('15-error-runtime/parallel-one-fails/mr.stdout'));
  });
});
