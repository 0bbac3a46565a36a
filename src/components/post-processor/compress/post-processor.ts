import { mkdirAll } from '../../../sdk/index.js';
import { createReadStream, createWriteStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { PassThrough, type Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { decodeConfig, defineSpec } from '../../../sdk/config/index.js';
import type { Artifact, PostProcessor, PostProcessResult, RawConfig, Ui } from '../../../sdk/index.js';
import { render, type InterpolateContext } from '../../../sdk/interpolate/index.js';
import { goPathError } from '../../common/go-errors.js';
import { goValue } from '../../../sdk/config/index.js';
import { CompressArtifact } from './artifact.js';
import { detectFromFilename, type Detected } from './detect.js';
import { writeTar } from './tar.js';
import { bgzfWriter, gzipWriter, lz4Writer, xzWriter } from './writers.js';
import { writeZip } from './zip.js';

const spec = defineSpec({
  output: { kind: 'string', default: '' },
  format: { kind: 'string', default: '' },
  compression_level: { kind: 'int', default: 0 },
});

/** packer `post-processor/compress`: archives and/or compresses the artifact's files. */
export class CompressPostProcessor implements PostProcessor {
  private output = '';
  private level = 6;
  private detected: Detected = { archive: 'tar', algorithm: 'pgzip' };
  private ctx?: InterpolateContext;
  private buildName = '';
  private builderType = '';

  async configure(...raws: RawConfig[]): Promise<void> {
    const d = decodeConfig(spec, raws, { exclude: ['output'] });
    this.output = d.config.output || 'packer_{{.BuildName}}_{{.BuilderType}}';
    let level = Math.min(d.config.compression_level, 9);
    // Packer cannot tell "0" from unset, so both mean the default level.
    if (level === -1 || level === 0) level = 6;
    this.level = level;
    this.detected = detectFromFilename(this.output, d.config.format);
    this.ctx = d.ctx;
    this.buildName = d.packer.buildName;
    this.builderType = d.packer.builderType;
  }

  async postProcess(signal: AbortSignal, ui: Ui, artifact: Artifact): Promise<PostProcessResult> {
    const generated = (artifact.state('generated_data') ?? {}) as Record<string, unknown>;
    const data = { ...generated, BuildName: this.buildName, BuilderType: this.builderType };
    let target: string;
    try {
      target = render(this.output, { ...this.ctx, data });
    } catch (e) {
      throw new Error(`Error interpolating output value: ${(e as Error).message}`);
    }
    await mkdirAll(dirname(target), 0o755).catch((e: unknown) => {
      throw new Error(`Unable to create dir for archive ${target}: ${goPathError('mkdir', dirname(target), e).message}`);
    });
    const file = createWriteStream(target);
    await new Promise<void>((resolve, reject) => file.once('open', () => resolve()).once('error', reject)).catch((e: unknown) => {
      throw new Error(`Unable to create archive ${target}: ${goPathError('open', target, e).message}`);
    });
    const { archive, algorithm } = this.detected;
    if ((algorithm === 'pgzip' || algorithm === 'bgzf') && this.level < -1) {
      file.destroy();
      throw new Error(`error creating ${algorithm} writer: Invalid compression level. Expected an integer from -1 to 9.`);
    }
    const cores = availableParallelism();
    let compressor: Transform;
    switch (algorithm) {
      case 'bgzf':
        ui.say(`Using bgzf compression with ${cores} cores for ${target}`);
        compressor = bgzfWriter(this.level);
        break;
      case 'lz4':
        ui.say(`Using lz4 compression with ${cores} cores for ${target}`);
        compressor = lz4Writer();
        break;
      case 'xz':
        ui.say(`Using xz compression with 1 core for ${target} (library does not support MT)`);
        compressor = xzWriter();
        break;
      case 'pgzip':
        ui.say(`Using pgzip compression with ${cores} cores for ${target}`);
        compressor = gzipWriter(this.level);
        break;
      default:
        compressor = new PassThrough();
    }
    const written = pipeline(compressor, file, { signal });
    written.catch(() => undefined);
    const compression = algorithm === '' ? 'no compression' : algorithm;
    const files = artifact.files();
    try {
      await fill(compressor, async (out) => {
        if (archive === 'tar') {
          ui.say(`Tarring ${target} with ${compression}`);
          await writeTar(files, out).catch((e: Error) => {
            throw new Error(`Error creating tar: ${e.message}`);
          });
        } else if (archive === 'zip') {
          ui.say(`Zipping ${target}`);
          await writeZip(files, out, 6).catch((e: Error) => {
            throw new Error(`Error creating zip: ${e.message}`);
          });
        } else {
          if (files.length !== 1) {
            throw new Error(
              `Can only have 1 input file when not using tar/zip. Found ${files.length} files: ${goValue(files)}`,
            );
          }
          const src = files[0]!;
          ui.say(`Archiving ${src} with ${compression}`);
          const input = createReadStream(src);
          await new Promise<void>((resolve, reject) => input.once('open', () => resolve()).once('error', reject)).catch(
            (e) => {
              throw new Error(`Failed to open source file ${src} for reading: ${goPathError('open', src, e).message}`);
            },
          );
          await pipeline(input, out, { end: false, signal });
        }
      });
      await written;
    } catch (e) {
      // Go's deferred Close still finishes the (empty or partial) stream, as Packer leaves it.
      if (!compressor.writableEnded) compressor.end();
      await written.catch(() => undefined);
      throw e;
    }
    ui.say(`Archive ${target} completed`);
    return { artifact: new CompressArtifact(target), keep: false, forceOverride: false };
  }
}

/** Runs `produce` against the stream and ends it, so the compressor flushes its trailer. */
async function fill(out: Writable, produce: (out: Writable) => Promise<void>): Promise<void> {
  await produce(out);
  await new Promise<void>((resolve) => out.end(resolve));
}
