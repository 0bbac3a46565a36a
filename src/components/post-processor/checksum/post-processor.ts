import { mkdirAll } from '../../../sdk/index.js';
import { createHash, type Hash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { decodeConfig, defineSpec } from '../../../sdk/config/index.js';
import type { Artifact, PostProcessor, PostProcessResult, RawConfig, Ui } from '../../../sdk/index.js';
import { render, type InterpolateContext } from '../../../sdk/interpolate/index.js';
import { goPathError } from '../../common/go-errors.js';
import { throwIfAnyPacker } from '../../common/packer-errors.js';
import { ChecksumArtifact } from './artifact.js';

const spec = defineSpec({
  checksum_types: { kind: 'string-list' },
  output: { kind: 'string', default: '' },
});

const hashes: Record<string, string> = {
  md5: 'md5',
  sha1: 'sha1',
  sha224: 'sha224',
  sha256: 'sha256',
  sha384: 'sha384',
  sha512: 'sha512',
};

/** packer `post-processor/checksum`: one `<hex>\t<base name>` line per file and type, appended. */
export class ChecksumPostProcessor implements PostProcessor {
  private types: string[] = ['md5'];
  private output = '';
  private ctx?: InterpolateContext;
  private buildName = '';
  private builderType = '';

  async configure(...raws: RawConfig[]): Promise<void> {
    const d = decodeConfig(spec, raws, { exclude: ['output'] });
    this.types = d.config.checksum_types ?? ['md5'];
    throwIfAnyPacker(
      this.types.filter((t) => !(t in hashes)).map((t) => `Unrecognized checksum type: ${t}`),
    );
    this.output = d.config.output || 'packer_{{.BuildName}}_{{.BuilderType}}_{{.ChecksumType}}.checksum';
    this.ctx = d.ctx;
    this.buildName = d.packer.buildName;
    this.builderType = d.packer.builderType;
  }

  async postProcess(signal: AbortSignal, _ui: Ui, artifact: Artifact): Promise<PostProcessResult> {
    const files = artifact.files();
    const generated = (artifact.state('generated_data') ?? {}) as Record<string, unknown>;
    const created = [...files];
    for (const type of this.types) {
      const data = { ...generated, BuildName: this.buildName, BuilderType: this.builderType, ChecksumType: type };
      for (const art of files) {
        const target = render(this.output, { ...this.ctx, data });
        // Packer lists only the checksum files that did not exist yet (appending keeps old ones).
        if (!existsSync(target)) created.push(target);
        await mkdirAll(dirname(target), 0o755).catch((e: unknown) => {
          throw new Error(`unable to create dir: ${goPathError('mkdir', dirname(target), e).message}`);
        });
        const h = createHash(hashes[type]!);
        await hashFile(h, art, signal).catch((e: unknown) => {
          const err = e as NodeJS.ErrnoException;
          if (err.syscall === 'open') throw new Error(`unable to open file ${art}: ${goPathError('open', art, e).message}`);
          throw new Error(`unable to compute ${type} hash for ${art}`);
        });
        await appendFile(target, `${h.digest('hex')}\t${basename(art)}\n`, { mode: 0o644 }).catch((e: unknown) => {
          throw new Error(`unable to create file ${target}: ${goPathError('open', target, e).message}`);
        });
      }
    }
    // Keep the input whatever the user says: it is what was checksummed.
    return { artifact: new ChecksumArtifact(created), keep: true, forceOverride: true };
  }
}

async function hashFile(h: Hash, path: string, signal: AbortSignal): Promise<void> {
  for await (const chunk of createReadStream(path, { signal })) h.update(chunk as Buffer);
}
