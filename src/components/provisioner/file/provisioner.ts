import { mkdirAll } from '../../../sdk/index.js';
import { open, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { NoneCommunicator } from '../../../communicator/index.js';
import type { Communicator, GeneratedData, Provisioner, RawConfig, Ui } from '../../../sdk/index.js';
import { render, type InterpolateContext } from '../../../sdk/interpolate/index.js';
import { goPathError } from '../../common/go-errors.js';
import { decodeFileConfig, type FileConfig } from './config.js';

/** packer `provisioner/file`: copies files and directories to or from the machine. */
export class FileProvisioner implements Provisioner {
  private config?: FileConfig;

  async prepare(...raws: RawConfig[]): Promise<void> {
    this.config = decodeFileConfig(raws);
  }

  async provision(_signal: AbortSignal, ui: Ui, comm: Communicator | undefined, data: GeneratedData): Promise<void> {
    if (!this.config) throw new Error('file: provision called before prepare');
    const ctx: InterpolateContext = { ...this.config.ctx, data: data ?? {} };
    const c = comm ?? new NoneCommunicator();
    const dst = renderOr(this.config.destination, ctx, 'destination');
    const sources = this.config.sources;
    if (this.config.direction === 'download') return provisionDownload(ui, c, ctx, sources, dst);
    return provisionUpload(ui, c, ctx, sources, dst);
  }
}

function renderOr(s: string, ctx: InterpolateContext, what: 'source' | 'destination'): string {
  try {
    return render(s, ctx);
  } catch (e) {
    throw new Error(`Error interpolating ${what}: ${(e as Error).message}`);
  }
}

async function provisionUpload(ui: Ui, comm: Communicator, ctx: InterpolateContext, sources: string[], dst: string) {
  for (const raw of sources) {
    const src = renderOr(raw, ctx, 'source');
    ui.say(`Uploading ${src} => ${dst}`);
    let info;
    try {
      info = await stat(src);
    } catch (e) {
      throw goPathError('stat', src, e);
    }
    if (info.isDirectory()) {
      try {
        await comm.uploadDir(dst, src, []);
      } catch (e) {
        ui.error(`Upload failed: ${message(e)}`);
        throw e;
      }
      continue;
    }
    const fileDst = dst.endsWith('/') ? dst + basename(src) : dst;
    let fh;
    try {
      fh = await open(src, 'r');
    } catch (e) {
      throw goPathError('open', src, e);
    }
    const stream = fh.createReadStream();
    try {
      await comm.upload(fileDst, stream, { name: basename(src), size: info.size, mode: info.mode & 0o7777, mtime: info.mtime });
    } catch (e) {
      if (message(e).includes('Error restoring file')) {
        ui.error(`Upload failed: ${message(e)}; this can occur when your file destination is a folder without a trailing slash.`);
      }
      ui.error(`Upload failed: ${message(e)}`);
      throw e;
    } finally {
      stream.destroy(); // closes fh, whether or not the communicator read it all
    }
  }
}

async function provisionDownload(ui: Ui, comm: Communicator, ctx: InterpolateContext, sources: string[], dstIn: string) {
  for (const raw of sources) {
    let dst = dstIn;
    const src = renderOr(raw, ctx, 'source');
    ui.say(`Downloading ${src} => ${dst}`);
    // The destination may be a file or a directory: make sure its directory exists.
    let dir = dst;
    if (!dst.endsWith('/')) dir = dirname(dir);
    else if (!src.endsWith('/') && !src.endsWith('*')) dst = join(dst, basename(src));
    try {
      await mkdirAll(dir, 0o755);
    } catch (e) {
      throw goPathError('mkdir', dir, e);
    }
    // Packer returns after the first directory download, whatever sources follow it.
    if (src.endsWith('/') || /[*?[]/.test(src)) return comm.downloadDir(src, dst, []);
    let fh;
    try {
      fh = await open(dst, 'w', 0o644);
    } catch (e) {
      throw goPathError('open', dst, e);
    }
    const out = fh.createWriteStream();
    try {
      await comm.download(src, out);
    } catch (e) {
      ui.error(`Download failed: ${message(e)}`);
      throw e;
    } finally {
      await new Promise<void>((resolve) => out.end(resolve));
    }
  }
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));
