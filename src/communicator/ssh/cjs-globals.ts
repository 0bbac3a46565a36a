// Bundling ssh2: the bundles ship without its optional native addons (package.json's allowScripts
// denies their builds, so dist/ is the same on every machine; ssh2 then uses its JS code) and
// without pagent.exe (Windows Pageant only; build:action removes it).
//
// ssh2's poly1305 (an emscripten module) reads the CommonJS `__dirname` when it loads; in our
// ESM bundle there is none and its init promise rejects, which kills the process. Imported before
// ssh2 so that the name exists. (Its wasm is inlined: the value is never used as a path.)
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const g = globalThis as { __dirname?: string };
g.__dirname ??= dirname(fileURLToPath(import.meta.url));
