import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { gone } from './testdata/fake-plugins.js';

// The core's own crash: a process that registered plugins and then dies of an uncaught
// exception (or calls process.exit) must take them along. reaper.ts imports nothing of ours, so
// it is transpiled as is and run in a child node process that crashes on purpose.
const here = path.dirname(fileURLToPath(import.meta.url));
let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'reaper-'));
  const source = await fs.readFile(path.join(here, 'reaper.ts'), 'utf8');
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
  await fs.writeFile(path.join(dir, 'reaper.mjs'), js);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test.each([
  ['an uncaught exception', "throw new Error('core crashed')"],
  ['process.exit', 'process.exit(7)'],
])('plugins are SIGKILLed when the core dies of %s, with what they spawned', async (_what, death) => {
  const main = path.join(dir, `core-${death.length}.mjs`);
  await fs.writeFile(
    main,
    `import { spawn } from 'node:child_process';
     import { reapOnExit } from './reaper.mjs';
     const child = spawn('sh', ['-c', 'sleep 100 & echo $!; wait'], { detached: true, stdio: ['ignore', 'pipe', 'ignore'] });
     reapOnExit(child);
     child.stdout.once('data', (d) => {
       console.log(child.pid + ' ' + String(d).trim());
       ${death};
     });`,
  );
  const core = spawn(process.execPath, [main], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  core.stdout.on('data', (d: Buffer) => (out += d.toString()));
  const code = await new Promise<number | null>((resolve) => core.once('exit', resolve));
  expect(code).not.toBe(0);
  const [plugin, grandchild] = out.trim().split(' ').map(Number);
  expect(plugin).toBeGreaterThan(0);
  expect(await gone(plugin!)).toBe(true);
  expect(await gone(grandchild!)).toBe(true);
});
