// The acceptance: a run with @github/local-action works (it runs the TypeScript source of
// an entry that exports run(), with @actions/core stubbed; see ANCHORS §6).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempLeft } from './job.js';
import { REPO } from './runner.js';
import { localActionDir } from './setup.js';
import { newJob, removeJobs, writeWorkspace } from './workspace.js';

afterAll(removeJobs);

test('npx @github/local-action run . src/action/main.ts .env --post src/action/post.ts builds the template', async () => {
  const tool = await localActionDir(); // throws with npm's reason when it cannot be installed
  const job = newJob();
  writeWorkspace(job, { 'tpl/build.json': { builders: [{ type: 'file', name: 'site', target: 'out/site.txt', content: 'made locally' }] } });
  const dotenv = join(job.root, '.env');
  writeFileSync(
    dotenv,
    [`INPUT_WORKING-DIRECTORY=tpl`, `INPUT_TEMPLATE=build.json`, `GITHUB_WORKSPACE=${job.workspace}`, `RUNNER_TEMP=${job.runnerTemp}`, `TMPDIR=${job.tmpdir}`, ''].join('\n'),
  );
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', NODE_PACKAGE_MANAGER: 'npm' };
  delete env.NODE_OPTIONS;
  // bin/local-action.js only runs `npm exec tsx src/index.ts -- <args>` after picking the package
  // manager; npm exec would fetch tsx from the registry, so this runs that second stage itself.
  // cwd must be the action: local-action stubs the @actions/* packages `npm ls` finds there.
  const la = join(tool, 'node_modules/@github/local-action');
  const r = spawnSync(join(tool, 'node_modules/.bin/tsx'), [join(la, 'src/index.ts'), 'run', REPO, 'src/action/main.ts', dotenv, '--post', 'src/action/post.ts'], {
    cwd: REPO,
    env,
    encoding: 'utf8',
    timeout: 120_000,
  });
  const out = `${r.stdout}\n${r.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  const why = /^(::)?error::?.*$/im.exec(out)?.[0] ?? '';
  expect({ status: r.status, why }).toEqual({ status: 0, why: '' });
  expect(out).toMatch(/Action Outputs/);
  expect(out).toMatch(/'result'\s*│\s*'success'/);
  expect(readFileSync(join(job.workspace, 'tpl/out/site.txt'), 'utf8')).toBe('made locally');
  // post ran with main's state (local-action keeps it in-process) and removed the run's files
  expect(tempLeft(job)).toEqual([]);
}, 180_000);
