import { existsSync, statSync } from 'node:fs';
import { open, readFile, rm, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { decodeConfig, defineSpec } from '../../../sdk/config/index.js';
import type { Artifact, PostProcessor, PostProcessResult, RawConfig, Ui } from '../../../sdk/index.js';
import { render, type InterpolateContext } from '../../../sdk/interpolate/index.js';
import { goPathError } from '../../common/go-errors.js';
import { withPathMutex } from '../../common/path-mutex.js';
import { goMarshalIndent } from '../../common/go-json.js';
import { ordered, parseManifest, type ManifestEntry, type ManifestFile } from './manifest-file.js';

const spec = defineSpec({
  output: { kind: 'string', default: '' },
  strip_path: { kind: 'bool', default: false },
  strip_time: { kind: 'bool', default: false },
  custom_data: { kind: 'string-map' },
});

/**
 * packer `post-processor/manifest`: appends one entry per build to a JSON file. Entries of other
 * runs are kept unless `-force`; builds of one run queue in process, other processes meet the lock file.
 */
export class ManifestPostProcessor implements PostProcessor {
  private c = { output: 'packer-manifest.json', stripPath: false, stripTime: false };
  private customData: Record<string, string> | undefined;
  private ctx?: InterpolateContext;
  private buildName = '';
  private builderType = '';
  private force = false;

  async configure(...raws: RawConfig[]): Promise<void> {
    const d = decodeConfig(spec, raws);
    this.c = {
      output: d.config.output || 'packer-manifest.json',
      stripPath: d.config.strip_path,
      stripTime: d.config.strip_time,
    };
    this.customData = d.config.custom_data;
    this.ctx = d.ctx;
    this.buildName = d.packer.buildName;
    this.builderType = d.packer.builderType;
    this.force = d.packer.force;
  }

  async postProcess(_signal: AbortSignal, _ui: Ui, source: Artifact): Promise<PostProcessResult> {
    const data = (source.state('generated_data') ?? {}) as Record<string, unknown>;
    let custom: Record<string, string> | null = null;
    if (this.customData) {
      custom = {};
      for (const [k, v] of Object.entries(this.customData)) {
        try {
          custom[k] = render(v, { ...this.ctx, data });
        } catch (e) {
          throw new Error(`Error interpolating custom data: ${(e as Error).message}`);
        }
      }
    }
    const runUuid = process.env['PACKER_RUN_UUID'] ?? '';
    const entry: ManifestEntry = ordered({
      name: this.buildName,
      builder_type: this.builderType,
      build_time: this.c.stripTime ? 0 : Math.floor(Date.now() / 1000),
      files: filesOf(source, this.c.stripPath),
      artifact_id: source.id(),
      packer_run_uuid: runUuid,
      custom_data: custom,
    });
    const out = this.c.output;
    await withPathMutex(out, () => this.record(out, entry, runUuid));
    // The manifest never deletes what it records.
    return { artifact: source, keep: true, forceOverride: true };
  }

  private async record(out: string, entry: ManifestEntry, runUuid: string): Promise<void> {
    // The lock file still keeps other processes (a concurrent packer run) out, as in Packer.
    const lock = `${out}.lock`;
    await acquire(lock);
    try {
      let manifest: ManifestFile = { builds: null, last_run_uuid: '' };
      const text = await readFile(out, 'utf8').catch((e: NodeJS.ErrnoException) => {
        if (e.code === 'ENOENT') return '';
        throw new Error(`Unable to open ${out} for reading: ${goPathError('open', out, e).message}`);
      });
      if (text.length > 0) {
        try {
          manifest = parseManifest(text);
        } catch (e) {
          throw new Error(`Unable to parse content from ${out}: ${(e as Error).message}`);
        }
      }
      if (this.force && runUuid !== manifest.last_run_uuid) manifest = { builds: null, last_run_uuid: '' };
      manifest = { builds: [...(manifest.builds ?? []), entry], last_run_uuid: runUuid };
      await writeFile(out, goMarshalIndent(manifest), { mode: 0o664 }).catch((e: unknown) => {
        throw new Error(`Unable to write ${out}: ${goPathError('open', out, e).message}`);
      });
    } finally {
      // A deferred os.Remove whose error Packer ignores (the lock may never have been created).
      await rm(lock, { force: true }).catch(() => undefined);
    }
  }
}

function filesOf(source: Artifact, stripPath: boolean): ManifestEntry['files'] {
  const files = source.files();
  if (files.length === 0) return null;
  return files.map((name) => ({
    name: stripPath ? basename(name) : name,
    size: existsSync(name) ? statSync(name).size : 0,
  }));
}

/** Packer tries the lock three times (0, 200, 400 ms) and goes on regardless. */
async function acquire(lock: string): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await sleep(i * 200);
    try {
      await (await open(lock, 'wx', 0o600)).close();
      return;
    } catch {
      // Held by another build of this run: wait and retry.
    }
  }
}
