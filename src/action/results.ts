import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { RunRecord } from '../ui/github/index.js';

/**
 * Matrix fan-in. Each leg writes its RunRecord as `<results-name>-<run uuid>.json` and uploads it
 * as a workflow artifact of the same name (unique even when every leg uses the same
 * results-name); `mode: merge` downloads every artifact whose name starts with the results-name.
 */
export function legName(resultsName: string, runUuid: string): string {
  return `${resultsName}-${runUuid}`;
}

export async function writeLeg(dir: string, resultsName: string, runUuid: string, run: RunRecord): Promise<string> {
  const file = path.join(dir, `${legName(resultsName, runUuid)}.json`);
  await fs.writeFile(file, `${JSON.stringify({ version: 1, runUuid, run })}\n`);
  return file;
}

/** Reads one leg's file; a file that is not one is an error naming it. */
export function decodeLeg(text: string, file: string): RunRecord {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file}: not JSON: ${(e as Error).message}`);
  }
  const o = v as { version?: unknown; run?: unknown };
  const run = o?.run as Partial<RunRecord> | undefined;
  if (typeof v !== 'object' || v === null || o.version !== 1 || typeof run !== 'object' || run === null || !Array.isArray(run.results) || !Array.isArray(run.builds)) {
    throw new Error(`${file}: not an image-build results file (version 1)`);
  }
  return {
    results: run.results,
    cancelled: run.cancelled === true,
    diagnostics: Array.isArray(run.diagnostics) ? run.diagnostics : [],
    durationMs: typeof run.durationMs === 'number' ? run.durationMs : 0,
    ended: run.ended === true,
    builds: run.builds,
  };
}

/** Every `*.json` under `dir` (downloads land in one folder per artifact), decoded. */
export async function readLegs(dir: string): Promise<RunRecord[]> {
  const out: RunRecord[] = [];
  const walk = async (d: string): Promise<void> => {
    for (const e of (await fs.readdir(d, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.name.endsWith('.json')) out.push(decodeLeg(await fs.readFile(p, 'utf8'), p));
    }
  };
  await walk(dir);
  return out;
}
