import { mkdirAll } from '../../../sdk/index.js';
import { createReadStream, createWriteStream } from 'node:fs';
import { open, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { HookProvision, throwIfCancelled, type Artifact, type Builder, type BuilderPrepareResult, type Hook, type RawConfig, type Ui } from '../../../sdk/index.js';
import { goPathError } from '../../common/go-errors.js';
import { MockCommunicator } from '../../common/mock-communicator.js';
import { FileArtifact } from './artifact.js';
import { prepareFileConfig, type FileConfig } from './config.js';

/** packer `builder/file`: writes `content` or copies `source` to `target`. No multistep, as in Packer. */
export class FileBuilder implements Builder {
  private config?: FileConfig;

  async prepare(...raws: RawConfig[]): Promise<BuilderPrepareResult> {
    const { config, warnings } = prepareFileConfig(raws);
    this.config = config;
    return { generatedVars: [], warnings };
  }

  async run(signal: AbortSignal, ui: Ui, hook: Hook): Promise<Artifact | undefined> {
    if (!this.config) throw new Error('file builder: run called before prepare');
    const { source, target, content } = this.config;
    const dir = dirname(target);
    if (dir !== '.') {
      await mkdirAll(dir, 0o755).catch((e: unknown) => {
        throw goPathError('mkdir', dir, e);
      });
    }
    if (source !== '') {
      await copy(source, target, ui, signal);
    } else {
      // Mode 0600 on creation, like Go's ioutil.WriteFile(target, content, 0600).
      await writeFile(target, content, { mode: 0o600 }).catch((e: unknown) => {
        throw goPathError('open', target, e);
      });
    }
    throwIfCancelled(signal);
    // Packer passes a mock communicator and no generated data: only local provisioners do anything.
    await hook.run(HookProvision, ui, new MockCommunicator(), {}, signal);
    return new FileArtifact(target);
  }
}

async function copy(source: string, target: string, ui: Ui, signal: AbortSignal): Promise<void> {
  const src = await open(source, 'r').catch((e: unknown) => {
    throw goPathError('open', source, e);
  });
  try {
    const dst = await open(target, 'w', 0o666).catch((e: unknown) => {
      throw goPathError('open', target, e);
    });
    ui.say(`Copying ${source} to ${target}`);
    const out = createWriteStream('', { fd: dst });
    await pipeline(createReadStream('', { fd: src, autoClose: false }), out, { signal });
    ui.say(`Copied ${out.bytesWritten} bytes`);
  } finally {
    await src.close().catch(() => undefined);
  }
}
