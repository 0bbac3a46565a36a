import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { encodeState, loadState, STATE_KEYS, type ActionState } from './state.js';

/** The runner's reading of GITHUB_STATE: `k=v` or `k<<DELIM` heredocs; a later value wins. */
function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l === '') continue;
    const h = l.indexOf('<<');
    const eq = l.indexOf('=');
    if (h > 0 && (eq < 0 || h < eq)) {
      const delim = l.slice(h + 2);
      const value: string[] = [];
      while (lines[++i] !== delim) value.push(lines[i]!);
      out[l.slice(0, h)] = value.join('\n');
    } else out[l.slice(0, eq)] = l.slice(eq + 1);
  }
  return out;
}

test('state saved with @actions/core comes back in post as STATE_<key>, last value winning', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ib-state-'));
  try {
    const file = path.join(dir, 'state');
    await fs.writeFile(file, '');
    const first: ActionState = { runUuid: 'u-1', runDir: '/tmp/x y', enginePid: 4242, eventsOffset: 0, mainDone: false };
    const saves = [...encodeState(first), ...encodeState({ eventsOffset: 1234 }), ...encodeState({ mainDone: true })];
    // the real library, in a process of its own, as main runs it
    const script = `import * as core from '@actions/core'; for (const [k, v] of JSON.parse(process.argv[1])) core.saveState(k, v);`;
    execFileSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(saves)], { env: { ...process.env, GITHUB_STATE: file }, cwd: process.cwd() });
    const env = Object.fromEntries(Object.entries(parseFileCommands(await fs.readFile(file, 'utf8'))).map(([k, v]) => [`STATE_${k}`, v]));
    expect(Object.keys(env).sort()).toEqual(Object.values(STATE_KEYS).map((k) => `STATE_${k}`).sort());
    expect(loadState((k) => env[`STATE_${k}`] ?? '')).toEqual({ ...first, eventsOffset: 1234, mainDone: true });
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});

test('no state (main failed before starting anything): post has nothing to do', () => {
  expect(loadState(() => '')).toBeUndefined();
});
