/** Job fixtures: a fresh job under the OS temp dir, and files written into its workspace. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createJob, type Job } from './runner.js';

const made: string[] = [];

export function newJob(o: { node?: string; actionDir?: string } = {}): Job {
  const root = mkdtempSync(join(tmpdir(), 'ib-action-job-'));
  made.push(root);
  return createJob(root, o);
}

/** Writes files (path relative to the workspace → text, or a JSON value for *.json). */
export function writeWorkspace(job: Job, files: Record<string, unknown>): void {
  for (const [rel, body] of Object.entries(files)) {
    const p = join(job.workspace, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, typeof body === 'string' ? body : JSON.stringify(body, null, 2));
  }
}

/** Removes every job root made by this test file (call from afterAll). */
export function removeJobs(): void {
  for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
}
