// The bundle's entry (bin/image-build.js): run the command line, then exit with its code once
// stdout is written. Exiting explicitly means a stray handle can never keep a finished run alive.
import { timeOrderedUUID } from '../sdk/interpolate/uuid.js';
import { processIo, run } from './index.js';

// One id per run, shared with components and plugin processes through the environment, as
// Packer's main does (manifests' packer_run_uuid, the PackerRunUUID generated value).
process.env['PACKER_RUN_UUID'] ||= timeOrderedUUID();

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
