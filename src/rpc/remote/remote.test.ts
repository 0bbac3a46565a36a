import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { PassThrough } from 'node:stream';
import { join } from 'node:path';
import type { Artifact, Hook, Provisioner } from '../../sdk/index.js';
import { RecordingUi } from '../../sdk/ui.mock.js';
import { LocalCommunicator } from '../../communicator/local.js';
import { remoteBuilder, remotePostProcessor, remoteProvisioner, PluginExitedError } from './index.js';
import { packerConfig, packerMissing, startPlugin, type TestPlugin } from './testdata/packer-plugin.js';

// The core-side adapters against Packer 1.6.6's own plugins (`packer plugin packer-…`).
const missing = packerMissing();
if (missing) console.log(`Skipping the Packer 1.6.6 plugin tests: ${missing}`);
const describePacker = missing ? describe.skip : describe;

const plugins: TestPlugin[] = [];
const dirs: string[] = [];
const tmp = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'ib-remote-'));
  dirs.push(dir);
  return dir;
};
async function plugin(name: string): Promise<TestPlugin> {
  const started = await startPlugin(name);
  plugins.push(started);
  return started;
}
afterEach(async () => {
  await Promise.all(plugins.splice(0).map((p) => p.stop()));
});
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const never = (): AbortSignal => new AbortController().signal;

function fileArtifact(path: string): Artifact {
  return {
    builderId: () => 'packer.file',
    files: () => [path],
    id: () => 'File',
    string: () => `Stored file: ${path}`,
    state: () => undefined,
    destroy: async () => undefined,
  };
}

describePacker('remoteBuilder (packer-builder-file)', () => {
  it('returns Prepare errors as the plugin wrote them', async () => {
    const builder = remoteBuilder(await plugin('packer-builder-file'));
    await expect(builder.prepare({ content: 'x' }, packerConfig('file'))).rejects.toThrow(new Error('1 error(s) occurred:\n\n* target required'));
  });

  it('prepares, runs the hook with a TS provisioner, and fetches the artifact', async () => {
    const dir = tmp();
    const target = join(dir, 'out.txt');
    const builder = remoteBuilder(await plugin('packer-builder-file'));
    const prepared = await builder.prepare({ content: 'hello', target }, packerConfig('file'));
    expect(prepared).toEqual({ generatedVars: expect.any(Array), warnings: [] });
    const provisioner: Provisioner = {
      prepare: async () => undefined,
      provision: async (_signal, ui, comm, data) => {
        ui.say(`provisioning with ${JSON.stringify(data)}`);
        // The file builder hands Packer's MockCommunicator to its hook, served by Go's CommunicatorServer.
        const { exitStatus } = await comm!.start({ command: 'anything', stdout: new PassThrough() });
        ui.say(`mock communicator exit status ${exitStatus}`);
      },
    };
    const hooks: string[] = [];
    const hook: Hook = {
      run: async (name, ui, comm, data, signal) => {
        hooks.push(name);
        await provisioner.provision(signal, ui, comm, (data ?? {}) as Record<string, unknown>);
      },
    };
    const ui = new RecordingUi();
    const artifact = await builder.run(never(), ui, hook);
    expect(hooks).toEqual(['packer_provision']);
    expect(ui.lines).toContain('say: provisioning with {}');
    expect(readFileSync(target, 'utf8')).toBe('hello');
    expect(artifact).toBeDefined();
    expect([artifact!.builderId(), artifact!.files(), artifact!.string()]).toEqual(['packer.file', [target], `Stored file: ${target}`]);
    expect(ui.lines).toEqual(['say: provisioning with {}', 'say: mock communicator exit status 0']);
  });
});

describePacker('remoteBuilder cancellation and death (packer-builder-file)', () => {
  async function blockedInHook(): Promise<{ file: TestPlugin; run: Promise<Artifact | undefined>; controller: AbortController; hookSignal: Promise<AbortSignal> }> {
    const dir = tmp();
    const file = await plugin('packer-builder-file');
    const builder = remoteBuilder(file);
    await builder.prepare({ content: 'x', target: join(dir, 'out.txt') }, packerConfig('file'));
    let entered!: (signal: AbortSignal) => void;
    const hookSignal = new Promise<AbortSignal>((resolve) => (entered = resolve));
    const hook: Hook = {
      run: (_name, _ui, _comm, _data, signal) =>
        new Promise((_resolve, reject) => {
          entered(signal);
          signal.addEventListener('abort', () => reject(new Error('provisioning cancelled')));
        }),
    };
    const controller = new AbortController();
    const run = builder.run(controller.signal, new RecordingUi(), hook);
    run.catch(() => undefined);
    return { file, run, controller, hookSignal };
  }

  it('sends Builder.Cancel, which the builder passes on to our hook as Hook.Cancel', async () => {
    const { run, controller, hookSignal } = await blockedInHook();
    const signal = await hookSignal;
    controller.abort();
    await expect(run).rejects.toThrow('provisioning cancelled');
    expect(signal.aborted).toBe(true);
  });

  it('names the plugin when it is killed during Builder.Run', async () => {
    const { file, run, hookSignal } = await blockedInHook();
    await hookSignal;
    file.child.kill('SIGKILL');
    await expect(run).rejects.toThrow('plugin packer-builder-file was killed by SIGKILL during Builder.Run');
  });
});

describePacker('remoteProvisioner', () => {
  it('runs packer-provisioner-shell over our served local communicator', async () => {
    const dir = tmp();
    const provisioner = remoteProvisioner(await plugin('packer-provisioner-shell'));
    await provisioner.prepare({ inline: [`echo hello > ${join(dir, 'made')}`, 'echo to-stdout', 'echo to-stderr >&2', 'exit 3'], valid_exit_codes: [3] }, packerConfig('file'));
    const ui = new RecordingUi();
    await provisioner.provision(never(), ui, new LocalCommunicator(), {});
    expect(readFileSync(join(dir, 'made'), 'utf8')).toBe('hello\n');
    expect(ui.lines).toEqual(expect.arrayContaining(['message: to-stdout', 'error: to-stderr']));
  });

  it('uploads with packer-provisioner-file through our communicator', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'src.txt'), 'payload');
    const provisioner = remoteProvisioner(await plugin('packer-provisioner-file'));
    await provisioner.prepare({ source: join(dir, 'src.txt'), destination: join(dir, 'dst.txt') }, packerConfig('file'));
    await provisioner.provision(never(), new RecordingUi(), new LocalCommunicator(), {});
    expect(readFileSync(join(dir, 'dst.txt'), 'utf8')).toBe('payload');
  });

  it('returns a failing provision as the plugin error', async () => {
    const provisioner = remoteProvisioner(await plugin('packer-provisioner-shell'));
    await provisioner.prepare({ inline: ['exit 7'] }, packerConfig('file'));
    await expect(provisioner.provision(never(), new RecordingUi(), new LocalCommunicator(), {})).rejects.toThrow(
      'Script exited with non-zero exit status: 7',
    );
  });

  it('cancels packer-provisioner-sleep mid-Provision', async () => {
    const sleep = await plugin('packer-provisioner-sleep');
    const provisioner = remoteProvisioner(sleep);
    await provisioner.prepare({ duration: '1h' }, packerConfig('file'));
    const controller = new AbortController();
    const run = provisioner.provision(controller.signal, new RecordingUi(), undefined, {});
    // At once: the adapter holds Cancel back until the plugin is inside Provision (else it panics).
    controller.abort();
    await expect(run).rejects.toThrow('context canceled');
    expect(sleep.exitReason()).toBeUndefined();
  });

  it('names the plugin and how it died when it is killed mid-call', async () => {
    const sleep = await plugin('packer-provisioner-sleep');
    const provisioner = remoteProvisioner(sleep);
    await provisioner.prepare({ duration: '1h' }, packerConfig('file'));
    const run = provisioner.provision(never(), new RecordingUi(), undefined, {});
    setTimeout(() => sleep.child.kill('SIGKILL'), 300);
    await expect(run).rejects.toThrow(new PluginExitedError('packer-provisioner-sleep', 'killed by SIGKILL', 'Provisioner.Provision'));
    await expect(run).rejects.toThrow('plugin packer-provisioner-sleep was killed by SIGKILL during Provisioner.Provision');
  });
});

describePacker('remotePostProcessor', () => {
  it('checksums our served artifact and fetches the result', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'image.raw'), 'image');
    const pp = remotePostProcessor(await plugin('packer-post-processor-checksum'));
    await pp.configure({ checksum_types: ['sha256'], output: join(dir, 'out.{{.ChecksumType}}') }, packerConfig('file'));
    const result = await pp.postProcess(never(), new RecordingUi(), fileArtifact(join(dir, 'image.raw')));
    expect(result.artifact!.builderId()).toBe('packer.post-processor.checksum');
    expect(result.artifact!.files()).toEqual([join(dir, 'image.raw'), join(dir, 'out.sha256')]);
    expect(readFileSync(join(dir, 'out.sha256'), 'utf8')).toContain('6105d6cc76af400325e94d588ce511be5bfdbb73b437dc51eca43917d7a43e3d');
  });

  it('writes a manifest of our served artifact', async () => {
    const dir = tmp();
    const pp = remotePostProcessor(await plugin('packer-post-processor-manifest'));
    await pp.configure({ output: join(dir, 'manifest.json') }, packerConfig('file'));
    const result = await pp.postProcess(never(), new RecordingUi(), fileArtifact(join(dir, 'image.raw')));
    expect([result.keep, result.forceOverride]).toEqual([true, true]);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { builds: Array<Record<string, unknown>> };
    expect(manifest.builds[0]).toMatchObject({ name: 'test', builder_type: 'file', artifact_id: 'File', files: [{ name: join(dir, 'image.raw') }] });
    expect(existsSync(join(dir, 'manifest.json'))).toBe(true);
  });

  it('returns the plugin Err as the error', async () => {
    const pp = remotePostProcessor(await plugin('packer-post-processor-checksum'));
    await pp.configure({ checksum_types: ['sha256'], output: '/nonexistent-dir/x/out' }, packerConfig('file'));
    await expect(pp.postProcess(never(), new RecordingUi(), fileArtifact('/nonexistent-input'))).rejects.toThrow(/nonexistent/);
  });
});
