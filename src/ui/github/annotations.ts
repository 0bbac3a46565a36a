import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { BuildResult, Diagnostic } from '../events.js';
import { errorOf } from '../summary.js';
import { workflowCommand } from './commands.js';

export type AnnotationKind = 'template error' | 'failed build' | 'warning';

/**
 * Error and warning annotations, at most `max` of each kind (GitHub shows 10 of each per step
 * and drops the rest silently; we count what we leave out and say so once, at the end).
 */
export class Annotations {
  private readonly counts = new Map<AnnotationKind, number>();

  constructor(private readonly o: { enabled: boolean; max: number; workspace?: string }) {}

  diagnostic(d: Diagnostic): string[] {
    const kind: AnnotationKind = d.severity === 'error' ? 'template error' : 'warning';
    const props = d.range
      ? { file: annotationPath(d.range.file, this.o.workspace), line: d.range.line, col: d.range.column }
      : {};
    const title = firstLine(d.summary);
    const rest = d.format === 'hcl' ? d.detail : [d.summary, d.detail].filter((s) => s !== '').join('\n\n');
    const message = d.build !== undefined ? `${d.build}: ${rest || d.summary}` : rest || d.summary;
    return this.take(kind, workflowCommand(d.severity, { ...props, title }, message));
  }

  failedBuild(r: BuildResult): string[] {
    if (r.status !== 'failed') return [];
    return this.take('failed build', workflowCommand('error', { title: `Build '${r.name}' failed` }, errorOf(r)));
  }

  /** One line per kind that had annotations left out. */
  overflow(): string[] {
    const out: string[] = [];
    for (const [kind, n] of this.counts) {
      const left = n - this.o.max;
      if (left > 0) out.push(`${left} more ${kind} annotation${left === 1 ? '' : 's'} left out (at most ${this.o.max} per kind).`);
    }
    return out;
  }

  private take(kind: AnnotationKind, command: string): string[] {
    if (!this.o.enabled) return [];
    const n = (this.counts.get(kind) ?? 0) + 1;
    this.counts.set(kind, n);
    return n <= this.o.max ? [command] : [];
  }
}

/**
 * GitHub places an annotation on a file by its path in the repository, i.e. relative to
 * GITHUB_WORKSPACE. A relative diagnostic path is the engine's, relative to the current
 * directory; a file outside the workspace keeps its path (GitHub cannot link it anyway).
 */
export function annotationPath(file: string, workspace?: string): string {
  if (workspace === undefined || workspace === '') return file;
  const abs = resolve(file);
  const rel = relative(resolve(workspace), abs);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return file;
  return rel.split(sep).join('/');
}

function firstLine(s: string): string {
  const i = s.indexOf('\n');
  return i < 0 ? s : s.slice(0, i);
}
