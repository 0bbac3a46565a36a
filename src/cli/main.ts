// The bundle's entry (bin/image-build.js): run the command line, then exit with its code once
// stdout is written. Exiting explicitly means a stray handle can never keep a finished run alive.
import { processIo, run } from './index.js';

const io = processIo();
run(process.argv.slice(2), io).then(
  (code) => {
    io.close();
    process.exit(code);
  },
  (err: unknown) => {
    process.stderr.write(`image-build: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
