const out = (s) => process.stdout.write(s + '\n');
out(`post sees state pid=${process.env.STATE_pid} mark=${process.env.IB_ACTION_TEST_MARK ? 'yes' : 'no'}`);
require('node:fs').appendFileSync(process.env.GITHUB_STEP_SUMMARY, 'post summary\n');
