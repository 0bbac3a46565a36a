import { formatDuration } from '../durafmt.js';
import { formatHclDiagnostic, formatPlainDiagnostic } from '../diagnostics.js';
import type { BuildResult } from '../events.js';
import { errorOf } from '../summary.js';
import { runResult, type RunResult } from './outputs.js';
import { incompleteBuilds, type RunRecord } from './run-record.js';
import { skippedCleanup } from './skipped-cleanup.js';

const RESULT: Record<RunResult, string> = {
  success: '✅ success',
  partial: '⚠️ partial success',
  failure: '❌ failure',
  cancelled: '🚫 cancelled',
};

const STATUS: Record<BuildResult['status'], string> = {
  success: '✅ success',
  failed: '❌ failed',
  cancelled: '🚫 cancelled',
};

/** GitHub rejects a step summary over 1 MiB: each error text is cut, and so is their number. */
const ERROR_MAX = 8_000;
const ERRORS_MAX = 50;

/**
 * The job summary (markdown for GITHUB_STEP_SUMMARY): the run's result, a table of builds
 * (status, duration, artifact IDs), then errors in a collapsed `<details>`. Every text from the
 * run is HTML-escaped: a build name or an error is data, never markup.
 */
export function jobSummary(run: RunRecord, o: { title?: string; onError?: string } = {}): string {
  const incomplete = incompleteBuilds(run);
  let md = `## ${html(o.title ?? 'image-build')}\n\n`;
  md += `**${RESULT[runResult(run)]}**`;
  if (!run.ended) md += ' — the run did not end: builds without a result are *incomplete*';
  md += ` (${formatDuration(run.durationMs)})\n\n`;
  if (run.cancelled) md += 'The run was cancelled; every build that started ran its cleanup.\n\n';
  const skipped = skippedCleanup(run, o.onError);
  if (skipped !== undefined) md += `⚠️ **Cleanup skipped.** ${html(skipped)}\n\n`;

  if (run.results.length + incomplete.length > 0) {
    md += '| Build | Status | Duration | Artifact IDs |\n| --- | --- | --- | --- |\n';
    for (const r of run.results) {
      const ids = r.artifacts.map((a) => `<code>${cell(a.id)}</code>`).join('<br>');
      md += `| ${cell(r.name)} (${cell(r.type)}) | ${STATUS[r.status]} | ${formatDuration(r.durationMs)} | ${ids} |\n`;
    }
    for (const name of incomplete) md += `| ${cell(name)} | ⏳ incomplete | — | |\n`;
    md += '\n';
  }

  const errors: Array<[string, string]> = [
    ...run.diagnostics.filter((d) => d.severity === 'error')
      .map((d): [string, string] => [d.build ?? 'template', d.format === 'hcl' ? formatHclDiagnostic(d) : formatPlainDiagnostic(d)]),
    ...run.results.filter((r) => r.status === 'failed').map((r): [string, string] => [r.name, errorOf(r)]),
  ];
  if (errors.length > 0) {
    md += `<details><summary>Errors (${errors.length})</summary>\n\n`;
    for (const [who, text] of errors.slice(0, ERRORS_MAX)) md += `<p><strong>${html(who)}</strong></p>\n<pre>${html(cut(text.trimEnd()))}</pre>\n\n`;
    if (errors.length > ERRORS_MAX) md += `<p>… and ${errors.length - ERRORS_MAX} more: see the step log.</p>\n\n`;
    md += '</details>\n';
  }
  return md;
}

function cut(s: string): string {
  return s.length <= ERROR_MAX ? s : `${s.slice(0, ERROR_MAX)}\n… (${s.length - ERROR_MAX} more characters)`;
}

function html(s: string): string {
  return s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

/** A table cell: no `|` or newline may end it early. */
function cell(s: string): string {
  return html(s).replaceAll('|', '&#124;').replace(/\r?\n/g, '<br>');
}
