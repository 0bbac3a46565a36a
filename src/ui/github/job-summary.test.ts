import { jobSummary } from './job-summary.js';
import type { RunRecord } from './run-record.js';
import { artifact, result } from './test-events.js';

const rec = (o: Partial<RunRecord>): RunRecord => ({ results: [], cancelled: false, diagnostics: [], durationMs: 61_000, ended: true, builds: [], ...o });

test('a table of builds with status, duration and artifact IDs; errors in details', () => {
  const md = jobSummary(rec({
    builds: ['web', 'db'],
    results: [
      result({ name: 'web', type: 'amazon-ebs', durationMs: 123_000, artifacts: [artifact('us-east-1:ami-1'), artifact('ami-2')] }),
      result({ name: 'db', status: 'failed', durationMs: 5000, error: "Build 'db' errored: <script>x</script>" }),
    ],
  }), { title: 'Images' });
  expect(md).toBe([
    '## Images',
    '',
    '**⚠️ partial success** (1 minute 1 second)',
    '',
    '| Build | Status | Duration | Artifact IDs |',
    '| --- | --- | --- | --- |',
    '| web (amazon-ebs) | ✅ success | 2 minutes 3 seconds | <code>us-east-1:ami-1</code><br><code>ami-2</code> |',
    '| db (null) | ❌ failed | 5 seconds |  |',
    '',
    '<details><summary>Errors (1)</summary>',
    '',
    '<p><strong>db</strong></p>',
    "<pre>Build 'db' errored: &lt;script&gt;x&lt;/script&gt;</pre>",
    '',
    '</details>',
    '',
  ].join('\n'));
});

test('cancelled and incomplete', () => {
  const md = jobSummary(rec({ cancelled: true, ended: false, builds: ['a', 'b'], results: [result({ name: 'a', status: 'cancelled' })] }));
  expect(md).toContain('**🚫 cancelled** — the run did not end: builds without a result are *incomplete*');
  expect(md).toContain('The run was cancelled');
  expect(md).toContain('| a (null) | 🚫 cancelled | 1 second |  |');
  expect(md).toContain('| b | ⏳ incomplete | — | |');
  expect(md.startsWith('## image-build\n')).toBe(true);
});

test('template errors are listed; cells cannot break the table', () => {
  const md = jobSummary(rec({
    diagnostics: [{ severity: 'error', format: 'hcl', summary: 'Unsupported argument', detail: 'no', range: { file: 't.pkr.hcl', line: 2, column: 3 } }],
    builds: ['a|b\nc'],
  }));
  expect(md).toContain('| a&#124;b<br>c | ⏳ incomplete |');
  expect(md).toContain('<details><summary>Errors (1)</summary>');
  expect(md).toContain('<pre>Error: Unsupported argument\n\n  on t.pkr.hcl line 2, column 3:\n\nno</pre>');
});

test('a huge error is cut, keeping the summary far below GitHub\'s 1 MiB', () => {
  const md = jobSummary(rec({ builds: ['a'], results: [result({ name: 'a', status: 'failed', error: 'x'.repeat(2_000_000) })] }));
  expect(md.length).toBeLessThan(20_000);
  expect(md).toContain('… (1992000 more characters)');
});

test('at most 50 errors are listed', () => {
  const results = Array.from({ length: 60 }, (_, i) => result({ name: `b${i}`, status: 'failed', error: 'x' }));
  const md = jobSummary(rec({ builds: results.map((r) => r.name), results }));
  expect(md.match(/<pre>/g)).toHaveLength(50);
  expect(md).toContain('<p>… and 10 more: see the step log.</p>');
});

test('on-error abort with a failed build: the summary says its cleanup was skipped, naming it', () => {
  const run = rec({ builds: ['web', 'db'], results: [result({ name: 'web' }), result({ name: 'db', status: 'failed', error: 'boom' })] });
  expect(jobSummary(run, { onError: 'abort' })).toContain("⚠️ **Cleanup skipped.** on-error is 'abort': the failed build db skipped its cleanup; what it created");
  expect(jobSummary(run, { onError: 'run-cleanup-provisioner' })).toContain("on-error is 'run-cleanup-provisioner': the failed build db skipped its cleanup");
  expect(jobSummary(run, { onError: 'cleanup' })).not.toContain('Cleanup skipped');
  expect(jobSummary(rec({ builds: ['web'], results: [result({ name: 'web' })] }), { onError: 'abort' })).not.toContain('Cleanup skipped');
});
