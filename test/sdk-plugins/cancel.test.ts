import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PREPARE_TIMEOUT_MS } from '../fixtures/modern-packer-env.js';
import { expectClean, json, prepareSdkPluginEnv, sdkPluginsMissing, type Core, type CoreRun, type SdkPluginEnv } from './cores.js';
import { processesUnder, processesUnderAfter } from './leftovers.js';
import { messagesAsSay, normalize, tree } from './normalize.js';

// A Go builder cancelled mid-Run by a signal to image-build (the core must cancel the plugin's
// context over RPC: the plugin ignores signals), and two builds of one plugin at once.
const missing = sdkPluginsMissing();
if (missing) console.log(`Skipping the SDK plugin tests: ${missing}`);
const describeSdk = missing ? describe.skip : describe;

describeSdk('Go SDK plugins under image-build: cancel and parallel builds', () => {
  let e: SdkPluginEnv;
  beforeAll(async () => {
    e = await prepareSdkPluginEnv();
  }, PREPARE_TIMEOUT_MS);
  afterAll(() => e?.cleanup());

  const sleeper = { 't.json': json({ builders: [{ type: 'ibtest', output_dir: '{{pwd}}/out', sleep: '5m' }] }) };

  async function cancelled(core: Core, signal: NodeJS.Signals, files = sleeper, when = /ibtest: sleeping 5m0s\n/): Promise<CoreRun> {
    const { dir, running, finished } = e.start(core, files, ['build', '-color=false', 't.json']);
    try {
      await running.waitFor(when);
      // a remote command is stopped only once it runs: wait for it to show
      if (files !== sleeper) while (!processesUnder(join(dir, 'remote')).some((p) => p.includes('tail -f'))) await new Promise((r) => setTimeout(r, 20));
      // the leftover check can see a plugin: here the builder's is running
      if (core === 'ib') expect(processesUnder(e.ibPluginDir)).toEqual([expect.stringContaining(' start builder ')]);
      // image-build gets the signal alone; Packer's panicwrap parent needs Ctrl-C on the whole group
      if (signal === 'SIGTERM') running.terminate();
      else if (core === 'ib') running.child.kill('SIGINT');
      else running.interrupt();
      return await finished;
    } finally {
      running.kill();
    }
  }

  it.each([
    ['SIGINT', 'interrupt'],
    ['SIGTERM', 'terminated'],
  ] as const)('%s mid-Run cancels the Go builder: marker, exit code, "Cleanly cancelled", no process left', async (signal, word) => {
    const [ib, go] = await Promise.all([cancelled('ib', signal), cancelled('go', signal)]);
    expect([ib.code, go.code]).toEqual([1, 1]);
    for (const r of [ib, go]) {
      expect(readFileSync(join(r.dir, 'out', 'cancelled'), 'utf8')).toBe('context canceled\n');
      expect(r.stdout).toContain(`Cancelling build after receiving ${word}\n`);
      expect(r.stdout).toContain('==> ibtest: ibtest: cancelled while sleeping\n');
      expect(r.stdout).toMatch(/Build 'ibtest' errored after [^:]+: context canceled\n/);
      expect(r.stdout).toMatch(/Cleanly cancelled builds after being interrupted\.\n$/);
      expectClean(r);
    }
    expect(messagesAsSay(normalize(ib.stdout, ib.dir))).toBe(normalize(go.stdout, go.dir));
  });

  it.each([
    ['SIGINT', 'interrupt'],
    ['SIGTERM', 'terminated'],
  ] as const)('%s while a built-in shell provisioner runs over the Go communicator: the remote command is stopped too', async (signal, word) => {
    // The modern core always gets SIGTERM, so that only it sees a signal (Ctrl-C on its process
    // group would also reach the remote command, whose exit would race the cancel).
    const files = {
      't.json': json({
        builders: [{ type: 'ibtest', output_dir: '{{pwd}}/out' }],
        provisioners: [
          { type: 'shell', inline: ['touch {{pwd}}/remote/block', 'echo started', 'tail -f {{pwd}}/remote/block', 'touch {{pwd}}/out/not-reached'], remote_folder: '{{pwd}}/remote' },
        ],
      }),
    };
    const [ib, go] = await Promise.all([cancelled('ib', signal, files, /ibtest: started\n/), cancelled('go', 'SIGTERM', files, /ibtest: started\n/)]);
    // the remote command (tail -f, named by its file) must not outlive image-build
    const ibRemote = processesUnder(`${ib.dir}/remote`);
    const goRemote = await processesUnderAfter(`${go.dir}/remote`, 5_000);
    for (const line of goRemote) process.kill(Number(line.split(':')[0]), 'SIGKILL');
    expect(ibRemote).toEqual([]);
    expect(goRemote).toEqual([]);
    expect([ib.code, go.code]).toEqual([1, 1]);
    const ibOut = normalize(ib.stdout, ib.dir);
    expect(messagesAsSay(ibOut)).toBe(normalize(go.stdout, go.dir).replace('receiving terminated', `receiving ${word}`));
    expect(ibOut).toMatch(/ {4}ibtest: started\nCancelling build after receiving (interrupt|terminated)\nBuild 'ibtest' errored after <D>: context canceled\n/);
    expect(ibOut).toMatch(/Cleanly cancelled builds after being interrupted\.\n$/);
    // both leave the uploaded script behind (no cleanup after a cancel), and nothing ran past the tail
    expect(tree(ib.dir, ['out', 'remote'])).toEqual(tree(go.dir, ['out', 'remote']));
    expect(Object.keys(tree(ib.dir, ['out'])).sort()).toEqual(['out/artifact.txt']);
    expectClean(ib);
    expectClean(go);
  });

  it('runs two builds of the same plugin in parallel', async () => {
    const files = {
      't.json': json({
        builders: [
          { type: 'ibtest', name: 'a', output_dir: '{{pwd}}/out/a', value: 'va', sleep: '2s' },
          { type: 'ibtest-local', name: 'b', output_dir: '{{pwd}}/out/b', value: 'vb', sleep: '2s' },
        ],
        provisioners: [{ type: 'ibtest', output_file: '{{pwd}}/out/{{build_name}}.json', message: '{{ build_name }}={{ build `IbtestValue` }}' }],
        'post-processors': [{ type: 'ibtest', output_file: '{{pwd}}/out/{{build_name}}-pp.json' }],
      }),
    };
    const { ib, go } = await e.both(files, ['build', '-color=false', 't.json']);
    expect([ib.code, go.code]).toEqual([0, 0]);
    const ibOut = normalize(ib.stdout, ib.dir);
    // both builders sleep before either is done: they ran at once
    const lines = ibOut.split('\n');
    const done = Math.min(lines.indexOf('==> a: ibtest: done'), lines.indexOf('==> b: ibtest: done'));
    expect(done).toBeGreaterThan(Math.max(lines.indexOf('==> a: ibtest: sleeping 2s'), lines.indexOf('==> b: ibtest: sleeping 2s')));
    // The modern core calls a named JSON build `<type>.<name>` in its Ui (Packer 1.6.6: `<name>`)
    const goOut = normalize(go.stdout, go.dir).replace(/\bibtest\.a\b/g, 'a').replace(/\bibtest-local\.b\b/g, 'b');
    expect(go.stdout).toContain("Build 'ibtest-local.b' finished");
    expect(ibOut).toContain("Build 'b' finished");
    // the lines interleave differently from run to run: compare them as sets, and each build's in order
    const sorted = (text: string): string[] => messagesAsSay(text).split('\n').sort();
    expect(sorted(ibOut)).toEqual(sorted(goOut));
    for (const build of ['a', 'b']) {
      const own = (text: string): string[] => messagesAsSay(text).split('\n').filter((l) => l.startsWith(`==> ${build}`));
      expect(own(ibOut)).toEqual(own(goOut));
    }
    const ibFiles = tree(ib.dir, ['out']);
    expect(ibFiles).toEqual(tree(go.dir, ['out']));
    expect(JSON.parse(ibFiles['out/a.json'] ?? '')).toMatchObject({ packer_build_name: 'a', message: 'a=va' });
    expect(JSON.parse(ibFiles['out/b.json'] ?? '')).toMatchObject({ packer_build_name: 'b', packer_builder_type: 'ibtest-local', message: 'b=vb' });
    expect(ibFiles['out/a/destroyed']).toBe('ibtest-a\n');
    expect(ibFiles['out/b/destroyed']).toBe('ibtest-b\n');
    expectClean(ib);
    expectClean(go);
  });
});
