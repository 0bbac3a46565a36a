// Prints workflow commands, writes the file commands, and on SIGINT/SIGTERM behaves as told.
const fs = require('node:fs');
const env = process.env;
const out = (s) => process.stdout.write(s + '\n');
fs.appendFileSync(env.GITHUB_OUTPUT, `who=${env.INPUT_WHO}\nwd=${env['INPUT_WORKING-DIRECTORY'] ?? ''}\n`);
fs.appendFileSync(env.GITHUB_OUTPUT, 'json<<ghadelimiter_1\n{"a":\n1}\nghadelimiter_1\n');
fs.appendFileSync(env.GITHUB_STATE, `pid=${process.pid}\n`);
fs.appendFileSync(env.GITHUB_STEP_SUMMARY, '| a | b |\n');
out('::add-mask::hunter2');
out('password hunter2 is masked');
out('::group::first');
out('in first');
out('::endgroup::');
out('::error file=t.json,line=3,col=5,title=Bad%2C bad::line one%0Aline two');
out('::stop-commands::tok');
out('::group::not a group');
out('::tok::');
out('::warning::after');
if (env.FAKE_MODE === 'linger') {
  // ignores SIGINT, exits on SIGTERM after a while: the runner must escalate to SIGKILL
  process.on('SIGINT', () => out('got SIGINT'));
  process.on('SIGTERM', () => out('got SIGTERM'));
  out('waiting');
  setInterval(() => {}, 1000);
}
