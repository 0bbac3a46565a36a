export const id = 652;
export const ids = [652];
export const modules = {

/***/ 3652:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  API_VERSION_MAJOR: () => (/* reexport */ API_VERSION_MAJOR),
  API_VERSION_MINOR: () => (/* reexport */ API_VERSION_MINOR),
  ChecksumMismatchError: () => (/* reexport */ ChecksumMismatchError),
  DEFAULT_COMPONENT_NAME: () => (/* reexport */ DEFAULT_COMPONENT_NAME),
  DEFAULT_HANDSHAKE_TIMEOUT_MS: () => (/* reexport */ DEFAULT_HANDSHAKE_TIMEOUT_MS),
  HandshakeError: () => (/* reexport */ HandshakeError),
  MAGIC_COOKIE_KEY: () => (/* reexport */ MAGIC_COOKIE_KEY),
  MAGIC_COOKIE_VALUE: () => (/* reexport */ MAGIC_COOKIE_VALUE),
  PackerConfigFileError: () => (/* reexport */ PackerConfigFileError),
  PluginShutdownError: () => (/* reexport */ PluginShutdownError),
  PluginStartError: () => (/* reexport */ PluginStartError),
  compareVersions: () => (/* reexport */ compareVersions),
  componentsForCommand: () => (/* reexport */ componentsForCommand),
  configDir: () => (/* reexport */ configDir),
  configFilePath: () => (/* reexport */ configFilePath),
  decodeDescription: () => (/* reexport */ decodeDescription),
  describePlugin: () => (/* reexport */ describePlugin),
  discoverPlugins: () => (/* reexport */ discoverPlugins),
  findInstalledPlugins: () => (/* reexport */ findInstalledPlugins),
  installedPluginDir: () => (/* reexport */ installedPluginDir),
  livePluginPids: () => (/* reexport */ livePluginPids),
  loadComponentSet: () => (/* reexport */ loadComponentSet),
  packerLogEnabled: () => (/* reexport */ packerLogEnabled),
  packerLogSink: () => (/* reexport */ packerLogSink),
  parseHandshake: () => (/* reexport */ parseHandshake),
  parsePluginVersion: () => (/* reexport */ parsePluginVersion),
  pluginComponentSet: () => (/* reexport */ pluginComponentSet),
  pluginEnv: () => (/* reexport */ pluginEnv),
  pluginName: () => (/* reexport */ pluginName),
  processDiscoveryInput: () => (/* reexport */ processDiscoveryInput),
  readChecksumFile: () => (/* reexport */ readChecksumFile),
  readPackerConfigFile: () => (/* reexport */ readPackerConfigFile),
  resolvePlugins: () => (/* reexport */ resolvePlugins),
  searchDirs: () => (/* reexport */ searchDirs),
  sha256File: () => (/* reexport */ sha256File),
  startPlugin: () => (/* reexport */ startPlugin),
  verifyChecksum: () => (/* reexport */ verifyChecksum)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/plugins/component-kind.ts
const componentKinds = ['builder', 'post-processor', 'provisioner'];
/** `packer-builder-`, `packer-provisioner-`, `packer-post-processor-`: the legacy file-name prefixes. */
function singlePrefix(kind) {
    return `packer-${kind}-`;
}
/** Prefix of a multi-component binary (`packer-plugin-amazon` serves `amazon-ebs`, …). */
const multiPrefix = 'packer-plugin-';
/**
 * The kind a file name announces, and the name after the prefix. Used for config-file entries,
 * where 1.6.6 (`loadSingleComponent`) ignores the map the path sits in and trusts the file name.
 */
function kindFromFileName(base) {
    for (const kind of componentKinds) {
        const prefix = singlePrefix(kind);
        if (base.startsWith(prefix))
            return { kind, name: base.slice(prefix.length) };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/plugins/config-file.ts

const mapKeys = ['builders', 'provisioners', 'post-processors'];
/** A config file that exists but cannot be decoded; Packer refuses to start in that case too. */
class PackerConfigFileError extends Error {
    file;
    constructor(file, detail) {
        super(`Error loading configuration file ${file}: ${detail}`);
        this.file = file;
        this.name = 'PackerConfigFileError';
    }
}
/** Reads the config file; `undefined` when it does not exist (a missing file is fine). */
async function readPackerConfigFile(file) {
    let text;
    try {
        text = await external_node_fs_.promises.readFile(file, 'utf8');
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return undefined;
        throw new PackerConfigFileError(file, e.message);
    }
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (e) {
        const { line, column } = placeOf(text, e.message);
        throw new PackerConfigFileError(file, `${line}:${column}: ${e.message}`);
    }
    return decode(file, raw);
}
function decode(file, raw) {
    if (!isObject(raw))
        throw new PackerConfigFileError(file, 'the top level must be a JSON object');
    const out = { builders: {}, provisioners: {}, 'post-processors': {} };
    for (const key of mapKeys) {
        const section = raw[key];
        if (section === undefined || section === null)
            continue;
        if (!isObject(section))
            throw new PackerConfigFileError(file, `"${key}" must be an object of name to path`);
        for (const [name, value] of Object.entries(section)) {
            if (typeof value !== 'string') {
                throw new PackerConfigFileError(file, `"${key}.${name}" must be a string path, got ${jsonType(value)}`);
            }
            out[key][name] = value;
        }
    }
    return out;
}
/** 1-based line and column of the offset V8 names in a JSON.parse message (end of input otherwise). */
function placeOf(text, message) {
    const m = /position (\d+)/.exec(message);
    const offset = m ? Number(m[1]) : text.length;
    const before = text.slice(0, offset).split('\n');
    return { line: before.length, column: before[before.length - 1].length + 1 };
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function jsonType(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'array';
    return typeof v;
}

;// CONCATENATED MODULE: ./src/plugins/plugin-dirs.ts


/**
 * Packer 1.6.6 `homeDir()`: `PACKER_CONFIG_DIR` replaces the home directory for both the
 * config dir (`.packer.d`) and the config file (`.packerconfig`).
 */
function configHome(input) {
    const fromEnv = input.env['PACKER_CONFIG_DIR'];
    if (fromEnv)
        return external_node_path_.resolve(input.cwd, fromEnv);
    return input.homeDir;
}
function configDir(input) {
    return external_node_path_.join(configHome(input), '.packer.d');
}
/** `PACKER_CONFIG` if set, else `<home>/.packerconfig`. */
function configFilePath(input) {
    const fromEnv = input.env['PACKER_CONFIG'];
    if (fromEnv)
        return external_node_path_.resolve(input.cwd, fromEnv);
    return external_node_path_.join(configHome(input), '.packerconfig');
}
/**
 * The directories searched, lowest priority first (later finds overwrite earlier ones): the
 * executable's directory, `<config dir>/plugins`, the working directory, then each
 * `PACKER_PLUGIN_PATH` entry. An empty entry means the working directory, as `filepath.Abs("")`.
 */
function searchDirs(input) {
    const dirs = [
        external_node_path_.resolve(input.cwd, input.executableDir),
        external_node_path_.join(configDir(input), 'plugins'),
        input.cwd,
    ];
    const pluginPath = input.env['PACKER_PLUGIN_PATH'];
    if (pluginPath) {
        for (const entry of pluginPath.split(external_node_path_.delimiter))
            dirs.push(external_node_path_.resolve(input.cwd, entry));
    }
    return dirs;
}
/**
 * Packer ≥ 1.11's one plugin directory for the versioned layout: PACKER_PLUGIN_PATH when it names
 * a single directory, else `<config dir>/plugins` with the modern config dir: PACKER_CONFIG_DIR's
 * `.packer.d`, else `~/.packer.d` if it exists, else `$XDG_CONFIG_HOME/packer`, else
 * `~/.config/packer`. A PACKER_PLUGIN_PATH list (1.6.6 style) still feeds legacy discovery only.
 */
async function installedPluginDir(input, warnings) {
    const pluginPath = input.env['PACKER_PLUGIN_PATH'];
    if (pluginPath) {
        if (!pluginPath.includes(external_node_path_.delimiter))
            return external_node_path_.resolve(input.cwd, pluginPath);
        warnings.push(`PACKER_PLUGIN_PATH lists several directories: installed (versioned) plugins are read from the config directory instead`);
    }
    return external_node_path_.join(await modernConfigDir(input), 'plugins');
}
async function modernConfigDir(input) {
    const fromEnv = input.env['PACKER_CONFIG_DIR'];
    if (fromEnv)
        return external_node_path_.join(external_node_path_.resolve(input.cwd, fromEnv), '.packer.d');
    const legacy = external_node_path_.join(input.homeDir, '.packer.d');
    if (await isDir(legacy))
        return legacy;
    const xdg = input.env['XDG_CONFIG_HOME'];
    if (xdg)
        return external_node_path_.join(external_node_path_.resolve(input.cwd, xdg), 'packer');
    return external_node_path_.join(input.homeDir, '.config', 'packer');
}
async function isDir(p) {
    return external_node_fs_.promises.stat(p).then((s) => s.isDirectory(), () => false);
}

;// CONCATENATED MODULE: ./src/plugins/scan-dir.ts



/**
 * One directory's `packer-<kind>-*` and `packer-plugin-*` files, in Go's `filepath.Glob` order
 * (sorted), so that a later file wins when two map to one name (`x` and `x.exe`).
 * A missing or unreadable directory yields nothing, as `Glob` ignores I/O errors.
 */
async function scanDir(dir, warnings) {
    let names;
    try {
        names = (await external_node_fs_.promises.readdir(dir)).sort();
    }
    catch {
        return [];
    }
    const found = [];
    for (const base of names) {
        const match = classify(base);
        if (!match)
            continue;
        const full = external_node_path_.join(dir, base);
        if (await usable(full, warnings))
            found.push({ ...match, path: full });
    }
    return found;
}
function classify(base) {
    // discoverSingle trims from ".exe" on; other dots stay in the name (`bar.v1` is a plugin name).
    const exe = base.indexOf('.exe');
    const file = exe >= 0 ? base.slice(0, exe) : base;
    for (const kind of componentKinds) {
        const prefix = singlePrefix(kind);
        if (file.startsWith(prefix) && file.length > prefix.length) {
            return { kind, name: file.slice(prefix.length) };
        }
    }
    if (file.startsWith(multiPrefix) && file.length > multiPrefix.length) {
        return { kind: 'multi', name: file.slice(multiPrefix.length) };
    }
    return undefined;
}
/**
 * Directories (`packer-plugin-sdk` checkouts) are skipped silently as in 1.6.6. Packer would
 * register a non-executable file and fail when starting it; we skip it and say why up front.
 */
async function usable(full, warnings) {
    let stat;
    try {
        stat = await external_node_fs_.promises.stat(full);
    }
    catch {
        warnings.push(`Ignoring plugin ${full}: it is a broken link`);
        return false;
    }
    if (stat.isDirectory())
        return false;
    if (!stat.isFile()) {
        warnings.push(`Ignoring plugin ${full}: not a regular file`);
        return false;
    }
    try {
        await external_node_fs_.promises.access(full, external_node_fs_.constants.X_OK);
    }
    catch {
        warnings.push(`Ignoring plugin ${full}: not executable`);
        return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./src/plugins/discovery.ts






/** Packer's go-plugin cookie: set only inside a plugin process, which must not discover again. */
const magicCookie = ['PACKER_PLUGIN_MAGIC_COOKIE', 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2'];
/**
 * Packer 1.6.6 `config.discover` plus `LoadExternalComponentsFromConfig`: scan the search dirs
 * (later dirs win), then let the config file's entries win over everything found.
 * Throws PackerConfigFileError when the config file exists but is malformed.
 */
async function discoverPlugins(input) {
    const warnings = [];
    const singles = new Map();
    const multi = new Map();
    if (input.env[magicCookie[0]] === magicCookie[1])
        return { plugins: [], multi: [], warnings };
    const dirs = searchDirs(input);
    for (const [order, dir] of dirs.entries()) {
        for (const found of await scanDir(dir, warnings)) {
            if (found.kind === 'multi')
                multi.set(found.name, { name: found.name, path: found.path, order });
            else
                singles.set(key(found.kind, found.name), { kind: found.kind, name: found.name, path: found.path, source: 'legacy', order });
        }
    }
    const file = configFilePath(input);
    const config = await readPackerConfigFile(file);
    if (config) {
        for (const p of await fromConfig(config, input.cwd, file, dirs.length, warnings))
            singles.set(key(p.kind, p.name), p);
    }
    const plugins = [...singles.values()].sort((a, b) => compare(key(a.kind, a.name), key(b.kind, b.name)));
    const multis = [...multi.values()].sort((a, b) => compare(a.name, b.name));
    return { plugins, multi: multis, warnings };
}
/**
 * 1.6.6 `loadSingleComponent`: the map a path sits in and its key are ignored; kind and name
 * come from the file name (`packer-provisioner-foo.v2` → provisioner `foo`, cut at the first dot).
 * Maps are read provisioners, builders, post-processors, in that order.
 */
async function fromConfig(config, cwd, file, order, warnings) {
    const out = [];
    for (const section of ['provisioners', 'builders', 'post-processors']) {
        for (const [entry, given] of Object.entries(config[section])) {
            const full = external_node_path_.resolve(cwd, given);
            const where = `${file}: "${section}.${entry}"`;
            const base = external_node_path_.basename(full);
            const dot = base.indexOf('.');
            const named = kindFromFileName(dot >= 0 ? base.slice(0, dot) : base);
            if (!named || named.name === '') {
                warnings.push(`${where}: ${given} is not named packer-builder-*, packer-provisioner-* or packer-post-processor-*; ignored`);
                continue;
            }
            try {
                await external_node_fs_.promises.access(full, external_node_fs_.constants.X_OK);
            }
            catch (e) {
                const why = e.code === 'ENOENT' ? 'no such file' : 'not executable';
                warnings.push(`${where}: ignoring plugin ${given}: ${why}`);
                continue;
            }
            out.push({ kind: named.kind, name: named.name, path: full, source: 'config', order });
        }
    }
    return out;
}
function key(kind, name) {
    return `${kind}\u0000${name}`;
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/plugins/checksum.ts


/** The binary does not match its `_SHA256SUM`: it is refused, never started. */
class ChecksumMismatchError extends Error {
    binary;
    expected;
    actual;
    constructor(binary, expected, actual) {
        super(`checksum mismatch for plugin ${binary}: expected sha256 ${expected} (from ${binary}_SHA256SUM), got ${actual}; refusing to start it`);
        this.binary = binary;
        this.expected = expected;
        this.actual = actual;
        this.name = 'ChecksumMismatchError';
    }
}
async function sha256File(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(file))
        hash.update(chunk);
    return hash.digest('hex');
}
/**
 * Reads `<binary>_SHA256SUM`: only the lowercase hex digest (a trailing newline is tolerated).
 * Throws with the file's name when it is missing or holds anything else.
 */
async function readChecksumFile(binary) {
    const file = `${binary}_SHA256SUM`;
    let text;
    try {
        text = await external_node_fs_.promises.readFile(file, 'utf8');
    }
    catch (e) {
        const code = e.code;
        throw new Error(code === 'ENOENT' ? `${file} does not exist` : `cannot read ${file}: ${e.message}`);
    }
    const digest = text.replace(/\r?\n$/, '');
    if (!/^[0-9a-f]{64}$/.test(digest))
        throw new Error(`${file} must hold only the lowercase hex SHA-256 of ${binary}`);
    return digest;
}
/** Reads the checksum file and hashes the binary; a mismatch throws ChecksumMismatchError. */
async function verifyChecksum(binary) {
    const expected = await readChecksumFile(binary);
    const actual = await sha256File(binary);
    if (actual !== expected)
        throw new ChecksumMismatchError(binary, expected, actual);
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/plugins/plugin-command.ts

/** go-plugin's cookie: a plugin refuses to serve without it ("do not execute plugins directly"). */
const MAGIC_COOKIE_KEY = 'PACKER_PLUGIN_MAGIC_COOKIE';
const MAGIC_COOKIE_VALUE = 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2';
/**
 * Packer's log name: the executable's basename, except for Packer's own components started as
 * `packer plugin packer-builder-file` (or `packer execute …`), named by their last argument.
 */
function pluginName(cmd) {
    if (cmd.name)
        return cmd.name;
    const args = cmd.args ?? [];
    if (args.length >= 2 && (args[0] === 'plugin' || args[0] === 'execute'))
        return args[args.length - 1];
    return external_node_path_.basename(cmd.path);
}
/**
 * The child's environment: ours plus the cookie and Packer's default port range. PACKER_LOG and
 * PACKER_LOG_PATH are removed as Packer 1.6.6's log wrapper does for its worker, so plugins log to
 * stderr, where we re-log them; CHECKPOINT_DISABLE keeps 1.6.6 components from phoning home.
 */
function pluginEnv(base) {
    const env = {};
    for (const [k, v] of Object.entries(base))
        if (v !== undefined)
            env[k] = v;
    delete env['PACKER_LOG'];
    delete env['PACKER_LOG_PATH'];
    env['CHECKPOINT_DISABLE'] ??= '1';
    env[MAGIC_COOKIE_KEY] = MAGIC_COOKIE_VALUE;
    env['PACKER_PLUGIN_MIN_PORT'] = '10000';
    env['PACKER_PLUGIN_MAX_PORT'] = '25000';
    return env;
}

;// CONCATENATED MODULE: ./src/plugins/reaper.ts
/** Every plugin process still running, whoever started it. */
const live = new Set();
let hooked = false;
/**
 * Registers a started plugin until it exits. The first registration installs one synchronous
 * `exit` hook that SIGKILLs whatever is left: a core that crashes or calls process.exit must not
 * leave plugins behind (they ignore SIGINT/SIGTERM by design, so nobody else would stop them).
 */
function reapOnExit(child) {
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null)
        return;
    live.add(child);
    child.once('exit', () => live.delete(child));
    child.once('error', () => live.delete(child));
    if (!hooked) {
        hooked = true;
        process.on('exit', () => {
            for (const c of live)
                killGroup(c);
        });
    }
}
/**
 * SIGKILL to the plugin's process group (plugins start as group leaders), so helpers it spawned
 * go too; falls back to the process alone. Synchronous, safe to repeat.
 */
function killGroup(child) {
    const pid = child.pid;
    if (pid === undefined)
        return;
    try {
        process.kill(-pid, 'SIGKILL');
        return;
    }
    catch {
        // no such group (already gone) or not a leader: try the process itself
    }
    try {
        child.kill('SIGKILL');
    }
    catch {
        // already gone
    }
}
/** Pids of the plugin processes this core still has running (for tests and diagnostics). */
function livePluginPids() {
    return [...live].flatMap((c) => (c.pid === undefined ? [] : [c.pid]));
}

;// CONCATENATED MODULE: ./src/plugins/describe.ts



/** The unnamed component: exposed under the bare plugin name (`amazon`, not `amazon-…`). */
const DEFAULT_COMPONENT_NAME = '-packer-default-plugin-name-';
const DESCRIBE_TIMEOUT_MS = 60_000;
/**
 * Runs `<binary> describe` and decodes what it prints. Errors are worded as Packer ≥ 1.7's:
 * `failed to get plugin description from executable "<path>": …`.
 */
async function describePlugin(binary, env) {
    const fail = (detail) => new Error(`failed to get plugin description from executable ${JSON.stringify(binary)}: ${detail}`);
    const childEnv = {};
    for (const [k, v] of Object.entries(env))
        if (v !== undefined && k !== MAGIC_COOKIE_KEY)
            childEnv[k] = v;
    const stdout = await new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.execFile)(binary, ['describe'], { env: childEnv, timeout: DESCRIBE_TIMEOUT_MS, killSignal: 'SIGKILL', maxBuffer: 1024 * 1024 }, (err, out, errOut) => {
            if (!err)
                return resolve(out);
            const e = err;
            const why = e.killed ? `no answer within ${DESCRIBE_TIMEOUT_MS / 1000}s` : typeof e.code === 'number' ? `exit status ${e.code}` : e.message;
            const tail = String(errOut).trim().split('\n').slice(-5).join('\n');
            reject(fail(tail ? `${why}\n${tail}` : why));
        });
        reapOnExit(child); // a core that dies while a plugin describes itself takes it along
    });
    let raw;
    try {
        raw = JSON.parse(stdout);
    }
    catch (e) {
        throw fail(`its output is not JSON: ${e.message}`);
    }
    try {
        return decodeDescription(raw);
    }
    catch (e) {
        throw fail(e.message);
    }
}
/** Validates the untrusted JSON; absent fields are empty, as Go's decoder leaves them. */
function decodeDescription(raw) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
        throw new Error('the description must be a JSON object');
    const o = raw;
    const str = (key) => {
        const v = o[key];
        if (v === undefined || v === null)
            return '';
        if (typeof v !== 'string')
            throw new Error(`"${key}" must be a string`);
        return v;
    };
    const list = (key) => {
        const v = o[key];
        if (v === undefined || v === null)
            return [];
        if (!Array.isArray(v) || !v.every((x) => typeof x === 'string' && x !== '')) {
            throw new Error(`"${key}" must be an array of component names`);
        }
        return v;
    };
    return {
        version: str('version'),
        sdkVersion: str('sdk_version'),
        apiVersion: str('api_version'),
        builders: list('builders'),
        postProcessors: list('post_processors'),
        provisioners: list('provisioners'),
        datasources: list('datasources'),
        protocolVersion: str('protocol_version'),
    };
}

;// CONCATENATED MODULE: ./src/plugins/handshake.ts
/** Plugin API version of Packer 1.6.6 and of every SDK since: the handshake's first field. */
const API_VERSION_MAJOR = '5';
/** Our minor; a modern plugin announcing a greater one needs a newer core. */
const API_VERSION_MINOR = '0';
/** A handshake line Packer would refuse; the message is Packer's own wording. */
class HandshakeError extends Error {
    constructor(message) {
        super(message);
        this.name = 'HandshakeError';
    }
}
/**
 * Reads the first stdout line of a plugin. Both generations are accepted: a second field of
 * `unix`/`tcp` is the 1.6.6 format (as 1.6.6 reads it: exactly `5`, then the network, the rest
 * is the address); anything else is the modern `major|minor|network|address`, whose minor is
 * compared as a string, as Packer ≥ 1.7 does. Errors are worded as Packer's.
 */
function parseHandshake(raw) {
    const line = raw.trim();
    const parts = line.split('|');
    if (parts.length < 3)
        throw new HandshakeError(`Unrecognized remote plugin message: ${line}`);
    const [major, second] = parts;
    if (major !== API_VERSION_MAJOR) {
        throw new HandshakeError(`Incompatible API version with plugin. Plugin version: ${major}, Ours: ${API_VERSION_MAJOR}`);
    }
    if (isNetwork(second))
        return { network: second, address: parts.slice(2).join('|'), format: 'legacy' };
    if (parts.length < 4)
        throw new HandshakeError(`Unknown address type: ${second}`);
    const network = parts[2];
    if (second > API_VERSION_MINOR) {
        throw new HandshakeError(`Incompatible API version with plugin. Plugin version: ${major}.${second}, Ours: ${API_VERSION_MAJOR}.${API_VERSION_MINOR}`);
    }
    if (!isNetwork(network))
        throw new HandshakeError(`Unknown address type: ${network}`);
    return { network, address: parts.slice(3).join('|'), format: 'modern' };
}
function isNetwork(s) {
    return s === 'unix' || s === 'tcp';
}

;// CONCATENATED MODULE: ./src/plugins/platform.ts
/** Go's GOOS/GOARCH for this process: the `_<os>_<arch>` suffix of installed plugin binaries. */
function goPlatform(platform = process.platform, arch = process.arch) {
    const os = platform === 'win32' ? 'windows' : platform;
    const goArch = { x64: 'amd64', ia32: '386', arm: 'arm', arm64: 'arm64', ppc64: 'ppc64le', s390x: 's390x', riscv64: 'riscv64' };
    return { os, arch: goArch[arch] ?? arch };
}

;// CONCATENATED MODULE: ./src/plugins/semver.ts
const canonical = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;
/** Parses a canonical `vX.Y.Z[-pre]`; undefined for anything else (Packer ignores such files). */
function parsePluginVersion(text) {
    const m = canonical.exec(text);
    if (!m)
        return undefined;
    return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]), prerelease: m[4] ?? '', text };
}
/** Semver precedence: a pre-release sorts before its release; identifiers compare as semver says. */
function compareVersions(a, b) {
    for (const k of ['major', 'minor', 'patch'])
        if (a[k] !== b[k])
            return a[k] < b[k] ? -1 : 1;
    if (a.prerelease === b.prerelease)
        return 0;
    if (a.prerelease === '')
        return 1;
    if (b.prerelease === '')
        return -1;
    const x = a.prerelease.split('.');
    const y = b.prerelease.split('.');
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
        const c = compareIdentifier(x[i], y[i]);
        if (c !== 0)
            return c;
    }
    return x.length - y.length;
}
function compareIdentifier(a, b) {
    const an = /^\d+$/.test(a);
    const bn = /^\d+$/.test(b);
    if (an && bn)
        return Number(a) - Number(b);
    if (an !== bn)
        return an ? -1 : 1;
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/plugins/installed.ts







/**
 * Packer ≥ 1.11's installed plugins: `<dir>/<host>/<namespace>/<name>/packer-plugin-<name>_v<semver>_x<M>.<N>_<os>_<arch>`
 * next to `<binary>_SHA256SUM`. Per plugin the highest version whose checksum matches and whose
 * `describe` agrees with its file name wins; anything skipped is explained in `warnings`.
 */
async function findInstalledPlugins(dir, env, warnings, platform = goPlatform(), refused = []) {
    const found = [];
    for (const source of await subdirs(dir, 3)) {
        const name = external_node_path_.basename(source);
        const candidates = await candidatesIn(dir, source, name, platform, warnings);
        candidates.sort((a, b) => compareVersions(b.version, a.version));
        for (const c of candidates) {
            const plugin = await check(c, env, warnings, refused);
            if (plugin) {
                found.push(plugin);
                break;
            }
        }
    }
    return found.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
}
/** Relative paths exactly `depth` directories down (`github.com/hashicorp/amazon`), sorted. */
async function subdirs(root, depth) {
    let level = [''];
    for (let i = 0; i < depth; i++) {
        const next = [];
        for (const rel of level) {
            const entries = await external_node_fs_.promises.readdir(external_node_path_.join(root, rel), { withFileTypes: true }).catch(() => []);
            for (const e of entries)
                if (e.isDirectory())
                    next.push(external_node_path_.join(rel, e.name));
        }
        level = next.sort();
    }
    return level;
}
async function candidatesIn(dir, source, name, platform, warnings) {
    const prefix = `packer-plugin-${name}_`;
    const suffix = `_${platform.os}_${platform.arch}${platform.os === 'windows' ? '.exe' : ''}`;
    const out = [];
    const files = await external_node_fs_.promises.readdir(external_node_path_.join(dir, source)).catch(() => []);
    for (const base of files.sort()) {
        if (!base.startsWith(prefix) || base.endsWith('_SHA256SUM') || !base.endsWith(suffix))
            continue;
        const full = external_node_path_.join(dir, source, base);
        const [versionText, api, ...rest] = base.slice(prefix.length, base.length - suffix.length).split('_');
        const version = parsePluginVersion(versionText ?? '');
        const apiMatch = /^x(\d+)\.(\d+)$/.exec(api ?? '');
        if (!version || !apiMatch || rest.length > 0) {
            warnings.push(`Ignoring plugin ${full}: its name is not packer-plugin-${name}_v<X.Y.Z>_x<M.N>${suffix}`);
            continue;
        }
        if (apiMatch[1] !== API_VERSION_MAJOR || Number(apiMatch[2]) > Number(API_VERSION_MINOR)) {
            warnings.push(`Ignoring plugin ${full}: it speaks plugin API ${api}, we speak x${API_VERSION_MAJOR}.${API_VERSION_MINOR}`);
            continue;
        }
        out.push({ source, name, version, path: full, api: api });
    }
    return out;
}
async function check(c, env, warnings, refused) {
    try {
        const expected = await readChecksumFile(c.path);
        const actual = await sha256File(c.path);
        if (actual !== expected)
            throw new Error(`checksum mismatch: ${c.path}_SHA256SUM says ${expected}, the file's sha256 is ${actual}`);
        const description = await describePlugin(c.path, env);
        if (`v${description.version}` !== c.version.text) {
            throw new Error(`it describes itself as version ${JSON.stringify(description.version)} while its name says ${c.version.text}`);
        }
        if (description.apiVersion !== c.api) {
            throw new Error(`it describes its API version as ${JSON.stringify(description.apiVersion)} while its name says ${c.api}`);
        }
        return { source: c.source, name: c.name, version: c.version, path: c.path, description };
    }
    catch (e) {
        warnings.push(`Ignoring plugin ${c.path}: ${e.message}`);
        refused.push({ name: c.name, path: c.path, reason: e.message });
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/plugins/multi-components.ts



/** `start <kind> <component>` commands of a multi-component binary, named `<plugin>-<component>`. */
function multiComponents(plugin, binary, d, origin) {
    const out = [];
    const add = (kind, names) => {
        for (const component of names) {
            const type = component === DEFAULT_COMPONENT_NAME ? plugin : `${plugin}-${component}`;
            const command = { path: binary, args: ['start', kind, component], name: external_node_path_.basename(binary) };
            out.push({ kind, type, command, origin, verifyChecksum: origin === 'installed' });
        }
    };
    add('builder', d.builders);
    add('post-processor', d.postProcessors);
    add('provisioner', d.provisioners);
    return out;
}
/** 1.6.6-era descriptions have no api_version; a modern one must be x5.N with N ≤ ours. */
function checkApi(d) {
    if (d.apiVersion === '')
        return;
    const m = /^x(\d+)\.(\d+)$/.exec(d.apiVersion);
    if (!m || m[1] !== API_VERSION_MAJOR || Number(m[2]) > Number(API_VERSION_MINOR)) {
        throw new Error(`it speaks plugin API ${JSON.stringify(d.apiVersion)}, we speak x${API_VERSION_MAJOR}.${API_VERSION_MINOR}`);
    }
}

;// CONCATENATED MODULE: ./src/plugins/resolve.ts





/**
 * Every external component, later sources overriding earlier ones for the same type:
 *
 * 1. installed plugins (Packer ≥ 1.11 versioned layout, one plugin directory), lowest;
 * 2. Packer 1.6.6's legacy discovery, exactly: the search dirs in order (executable's dir,
 *    `~/.packer.d/plugins`, cwd, each PACKER_PLUGIN_PATH entry), within one dir the
 *    `packer-<kind>-NAME` binaries and then the `packer-plugin-NAME` multi binaries;
 * 3. the config file's entries (`~/.packerconfig`), highest.
 *
 * This keeps 1.6.6's legacy rules intact and follows Packer 1.7–1.10, which loaded both and let
 * binaries put in place by hand win over installed ones ("manually installed plugins take
 * precedence over all"). Built-in components lose to all of these (see pluginComponentSet).
 * A multi binary whose `describe` fails is skipped with a warning (1.6.6 refused to start).
 */
async function resolvePlugins(input) {
    const warnings = [];
    const notes = [];
    const components = { builder: new Map(), provisioner: new Map(), 'post-processor': new Map() };
    const set = (c) => void components[c.kind].set(c.type, c);
    const dir = await installedPluginDir(input, warnings);
    const installedBy = new Map();
    const refused = [];
    for (const p of await findInstalledPlugins(dir, input.env, warnings, undefined, refused)) {
        const other = installedBy.get(p.name);
        if (other)
            warnings.push(`Installed plugins ${other} and ${p.source} are both named ${p.name}: the components of ${p.source} win`);
        installedBy.set(p.name, p.source);
        notes.push(`found installed plugin ${p.source} ${p.version.text} at ${p.path}`);
        for (const c of multiComponents(p.name, p.path, p.description, 'installed'))
            set(c);
    }
    const legacy = await discoverPlugins(input);
    warnings.push(...legacy.warnings);
    const steps = [];
    for (const b of legacy.plugins) {
        steps.push({ order: b.order, apply: async () => set({ kind: b.kind, type: b.name, command: { path: b.path }, origin: b.source, verifyChecksum: false }) });
    }
    for (const m of legacy.multi) {
        steps.push({
            order: m.order + 0.5,
            apply: async () => {
                let description;
                try {
                    description = await describePlugin(m.path, input.env);
                    checkApi(description);
                }
                catch (e) {
                    warnings.push(`Ignoring plugin ${m.path}: ${e.message}`);
                    return;
                }
                for (const c of multiComponents(m.name, m.path, description, 'multi'))
                    set(c);
                for (const [kind, names] of [['builders', description.builders], ['post-processors', description.postProcessors], ['provisioners', description.provisioners]]) {
                    if (names.length > 0)
                        notes.push(`found external [${names.join(' ')}] ${kind} from ${m.name} plugin`);
                }
            },
        });
    }
    steps.sort((a, b) => a.order - b.order);
    for (const s of steps)
        await s.apply();
    return { components, warnings, notes, refused };
}

// EXTERNAL MODULE: ./node_modules/@msgpack/msgpack/dist.cjs/index.cjs
var dist_cjs = __webpack_require__(6435);
;// CONCATENATED MODULE: ./src/rpc/net-rpc/errors.ts
/** Outcomes of Go net/rpc calls, one class each; check with `instanceof`. */
class NetRpcError extends Error {
    constructor(message) {
        super(message);
        this.name = new.target.name;
    }
}
/** The remote method failed; `message` is Go's error text verbatim (the response header `Error`). */
class RpcError extends NetRpcError {
    serviceMethod;
    constructor(serviceMethod, message) {
        super(message);
        this.serviceMethod = serviceMethod;
    }
}
/** The connection ended or was closed before the reply came: Go's `rpc.ErrShutdown`. */
class ShutdownError extends NetRpcError {
    constructor(message = 'connection is shut down') {
        super(message);
    }
}
/** The peer sent something that is not a net/rpc message (bad msgpack, bad header). */
class RpcProtocolError extends NetRpcError {
}

;// CONCATENATED MODULE: ./src/rpc/net-rpc/codec.ts


/**
 * ugorji `codec.GoRpc` with `MsgpackHandle{WriteExt: true}`: a message is a header value
 * followed by a body value, bare msgpack back to back. Strings go out as str (str8 included),
 * Uint8Array as bin, Date as the timestamp extension (-1), undefined as nil.
 */
const encoder = new dist_cjs/* Encoder */.Nz();
/** Limits for untrusted input: nothing in Packer's protocol comes near them. */
const decoderOptions = {
    maxStrLength: 64 * 1024 * 1024,
    maxBinLength: 256 * 1024 * 1024,
    maxArrayLength: 1024 * 1024,
    maxMapLength: 1024 * 1024,
    maxExtLength: 1024 * 1024,
};
/** Header and body as one buffer, so concurrent replies never interleave on the stream. */
function encodeMessage(header, body) {
    return Buffer.concat([encoder.encode(header), encoder.encode(body)]);
}
/**
 * Yields (header, body) pairs until the stream ends. A stream ending between messages is
 * the normal end; anything else (bad msgpack, truncated message) throws RpcProtocolError,
 * and a destroyed stream throws ShutdownError.
 */
async function* readMessages(stream) {
    const values = new dist_cjs/* Decoder */.XM(decoderOptions).decodeStream(stream);
    try {
        for (;;) {
            const header = await values.next();
            if (header.done)
                return;
            const body = await values.next();
            if (body.done)
                throw new RpcProtocolError('net/rpc message truncated after its header');
            yield { header: header.value, body: body.value };
        }
    }
    catch (err) {
        if (err instanceof RpcProtocolError)
            throw err;
        const code = err.code;
        if (typeof code === 'string' && code.startsWith('ERR_STREAM'))
            throw new ShutdownError();
        const message = err instanceof Error ? err.message : String(err);
        if (err instanceof Error && (err.name === 'DecodeError' || err instanceof RangeError)) {
            throw new RpcProtocolError(`net/rpc message is not valid msgpack: ${message}`);
        }
        throw new ShutdownError(`connection is shut down: ${message}`);
    }
}

;// CONCATENATED MODULE: ./src/rpc/net-rpc/messages.ts

/** net/rpc's `invalidRequest struct{}`: the body that goes with an error response. */
const INVALID_REQUEST_BODY = Object.freeze({});
function record(value, what) {
    if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Uint8Array) {
        throw new RpcProtocolError(`net/rpc ${what} header is not a map`);
    }
    return value;
}
/** Go decoders ignore absent keys (zero values) and unknown ones; wrong types are errors. */
function field(map, key, zero, check, what) {
    const value = map[key];
    if (value === undefined || value === null)
        return zero;
    if (!check(value))
        throw new RpcProtocolError(`net/rpc ${what} header: ${key} has the wrong type`);
    return value;
}
const isString = (v) => typeof v === 'string';
const isSeq = (v) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
function parseRequestHeader(value) {
    const map = record(value, 'request');
    return {
        ServiceMethod: field(map, 'ServiceMethod', '', isString, 'request'),
        Seq: field(map, 'Seq', 0, isSeq, 'request'),
    };
}
function parseResponseHeader(value) {
    const map = record(value, 'response');
    return {
        ServiceMethod: field(map, 'ServiceMethod', '', isString, 'response'),
        Seq: field(map, 'Seq', 0, isSeq, 'response'),
        Error: field(map, 'Error', '', isString, 'response'),
    };
}

;// CONCATENATED MODULE: ./src/rpc/net-rpc/client.ts



/**
 * Go `rpc.Client` with the GoRpc msgpack codec over one stream. Calls may overlap: each gets
 * the next Seq (from 0) and replies are matched by Seq, in whatever order the server answers.
 */
class RpcClient {
    stream;
    pending = new Map();
    nextSeq = 0;
    failure;
    constructor(stream) {
        this.stream = stream;
        stream.on('error', () => undefined); // surfaced through the read loop
        void this.readLoop();
    }
    /** Resolves with the decoded reply (validate it: it is untrusted); rejects with RpcError on a Go error. */
    call(serviceMethod, args) {
        if (this.failure)
            return Promise.reject(this.failure);
        const seq = this.nextSeq++;
        return new Promise((resolve, reject) => {
            this.pending.set(seq, { serviceMethod, resolve, reject });
            this.stream.write(encodeMessage({ ServiceMethod: serviceMethod, Seq: seq }, args ?? null));
        });
    }
    /** Half-closes the stream (FIN): the Go server then finishes and closes its side. */
    close() {
        this.fail(new ShutdownError());
        this.stream.end();
    }
    async readLoop() {
        try {
            for await (const { header, body } of readMessages(this.stream)) {
                const response = parseResponseHeader(header);
                const call = this.pending.get(response.Seq);
                if (!call)
                    continue; // Go discards replies nobody waits for
                this.pending.delete(response.Seq);
                if (response.Error !== '')
                    call.reject(new RpcError(call.serviceMethod, response.Error));
                else
                    call.resolve(body);
            }
            this.fail(new ShutdownError());
        }
        catch (err) {
            this.fail(asNetRpcError(err));
            this.stream.destroy();
        }
    }
    fail(err) {
        this.failure ??= err;
        for (const call of this.pending.values())
            call.reject(err);
        this.pending.clear();
    }
}
function asNetRpcError(err) {
    if (err instanceof NetRpcError)
        return err;
    return new ShutdownError(`connection is shut down: ${err instanceof Error ? err.message : String(err)}`);
}

;// CONCATENATED MODULE: ./src/rpc/net-rpc/server.ts


/**
 * Go `rpc.Server` with the GoRpc msgpack codec. Requests on one stream run concurrently and
 * are answered as they finish (Packer needs this: `Hook.Run` blocks while `Ui.Say` calls
 * arrive on the same stream). Error texts for unknown names are Go's.
 */
class server_RpcServer {
    methods = new Map();
    /** Registers `"Service.Method"`; a later registration of the same name replaces it. */
    register(serviceMethod, method) {
        if (serviceMethod.lastIndexOf('.') <= 0) {
            throw new Error(`rpc: method name "${serviceMethod}" must look like "Service.Method"`);
        }
        this.methods.set(serviceMethod, method);
        return this;
    }
    /** Registers every entry of `methods` under `service` (e.g. dynamic `Ui<id>` services). */
    registerService(service, methods) {
        for (const [name, method] of Object.entries(methods))
            this.register(`${service}.${name}`, method);
        return this;
    }
    unregisterService(service) {
        for (const name of [...this.methods.keys()]) {
            if (name.slice(0, name.lastIndexOf('.')) === service)
                this.methods.delete(name);
        }
    }
    /**
     * Serves one stream until the client half-closes it, waits for running calls, then ends the
     * stream. Resolves either way; a broken stream is destroyed.
     */
    async serve(stream) {
        stream.on('error', () => undefined); // a broken stream just ends the serve loop
        const running = new Set();
        try {
            for await (const { header, body } of readMessages(stream)) {
                const request = parseRequestHeader(header);
                const call = this.dispatch(stream, request, body).finally(() => running.delete(call));
                running.add(call);
            }
            await Promise.all(running);
            stream.end();
        }
        catch {
            stream.destroy();
        }
    }
    async dispatch(stream, request, args) {
        const respond = (error, body) => {
            if (stream.writable) {
                stream.write(encodeMessage({ ServiceMethod: request.ServiceMethod, Seq: request.Seq, Error: error }, body));
            }
        };
        const lookup = this.lookup(request.ServiceMethod);
        if (typeof lookup === 'string')
            return respond(lookup, INVALID_REQUEST_BODY);
        try {
            const reply = await lookup(args);
            respond('', reply ?? null);
        }
        catch (err) {
            const message = err instanceof Error ? err.message : String(err);
            // An empty Error would read as success on the Go side.
            respond(message === '' ? 'error' : message, INVALID_REQUEST_BODY);
        }
    }
    /** The method, or Go's error text for a name it cannot serve. */
    lookup(serviceMethod) {
        const dot = serviceMethod.lastIndexOf('.');
        if (dot < 0)
            return `rpc: service/method request ill-formed: ${serviceMethod}`;
        const method = this.methods.get(serviceMethod);
        if (method)
            return method;
        const service = serviceMethod.slice(0, dot);
        const known = [...this.methods.keys()].some((name) => name.slice(0, name.lastIndexOf('.')) === service);
        return known ? `rpc: can't find method ${serviceMethod}` : `rpc: can't find service ${serviceMethod}`;
    }
}

;// CONCATENATED MODULE: ./src/rpc/net-rpc/index.ts
// Go net/rpc over MessagePack (ugorji codec.GoRpc), as Packer's plugins speak it.
// Endpoints


// Wire messages and codec


// Errors


;// CONCATENATED MODULE: ./src/rpc/services/broker.ts

/**
 * Allocates `broker.nextId()`, accepts it at once (before the id is sent anywhere), and serves
 * the one stream that arrives with a fresh RpcServer set up by `register`. `done` settles when
 * that stream ends (or rejects with AcceptTimeoutError when nobody dials within 5 s).
 */
function broker_serveNext(broker, register) {
    const id = broker.nextId();
    const server = new RpcServer();
    register(server);
    const done = broker.accept(id).then((stream) => server.serve(stream));
    return { id, done };
}
/** Dials the peer's broker `id` and returns an RpcClient on that stream. */
async function dialClient(broker, id) {
    return new RpcClient(await broker.dial(id));
}

;// CONCATENATED MODULE: ./src/rpc/services/args.ts
// Validation of decoded (untrusted) net/rpc arguments and replies: every failure names the
// method and the field, as a Go decoder's type error would.
class ServiceArgError extends Error {
    name = 'ServiceArgError';
    constructor(method, what) {
        super(`${method}: ${what}`);
    }
}
/** A msgpack map (Go struct); nil is the zero struct. */
function struct(method, value, what = 'argument') {
    if (value === null || value === undefined)
        return {};
    if (typeof value !== 'object' || Array.isArray(value) || value instanceof Uint8Array || value instanceof Date) {
        throw new ServiceArgError(method, `${what} must be a map, got ${describe(value)}`);
    }
    return value;
}
function describe(value) {
    if (value === null || value === undefined)
        return 'nil';
    if (Array.isArray(value))
        return 'an array';
    if (value instanceof Uint8Array)
        return 'bytes';
    if (value instanceof Date)
        return 'a time';
    return `a ${typeof value}`;
}
function str(method, value, what) {
    if (value === null || value === undefined)
        return '';
    if (typeof value !== 'string')
        throw new ServiceArgError(method, `${what} must be a string, got ${describe(value)}`);
    return value;
}
function integer(method, value, what) {
    if (value === null || value === undefined)
        return 0;
    if (typeof value === 'bigint') {
        if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER))
            throw new ServiceArgError(method, `${what} ${value} is out of range`);
        return Number(value);
    }
    if (typeof value !== 'number' || !Number.isInteger(value))
        throw new ServiceArgError(method, `${what} must be an integer, got ${describe(value)}`);
    return value;
}
function args_int(method, value, what) {
    return integer(method, value, what);
}
function uint32(method, value, what) {
    const n = integer(method, value, what);
    if (n < 0 || n > 0xffffffff)
        throw new ServiceArgError(method, `${what} ${n} is not a uint32`);
    return n;
}
function bool(method, value, what) {
    if (value === null || value === undefined)
        return false;
    if (typeof value !== 'boolean')
        throw new ServiceArgError(method, `${what} must be a bool, got ${describe(value)}`);
    return value;
}
function strings(method, value, what) {
    if (value === null || value === undefined)
        return [];
    if (!Array.isArray(value))
        throw new ServiceArgError(method, `${what} must be a list of strings, got ${describe(value)}`);
    return value.map((item, i) => str(method, item, `${what}[${i}]`));
}
/** Go `*BasicError`: nil or `{Message}`. */
function basicError(method, value, what) {
    if (value === null || value === undefined)
        return undefined;
    return str(method, struct(method, value, what).Message, `${what}.Message`);
}

;// CONCATENATED MODULE: ./src/rpc/services/ui.ts


const ALPHANUMERIC = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
function trackingSuffix() {
    let out = '';
    for (let k = 0; k < 6; k++)
        out += ALPHANUMERIC[(0,external_node_crypto_.randomInt)(ALPHANUMERIC.length)];
    return out;
}
/**
 * Ui.* as packer-plugin-sdk's UiServer. Progress tracking registers `Ui<id>` with Add/Close on
 * the same server, as Go does; the sdk Ui has no progress bar, so the counts are dropped.
 */
function ui_registerUi(server, ui) {
    // When `ui` is itself a uiClient (a Go core proxies a provisioner's Ui through the builder's),
    // the answer waits until the forwarded call was answered, as Go's synchronous proxy does:
    // answering early lets Provision return while its last lines are still on their way, and
    // they are lost when the builder's Hook.Run ends.
    server.registerService('Ui', {
        Say: (args) => (ui.say(str('Ui.Say', args, 'message')), flushUi(ui)),
        Message: (args) => (ui.message(str('Ui.Message', args, 'message')), flushUi(ui)),
        Error: (args) => (ui.error(str('Ui.Error', args, 'message')), flushUi(ui)),
        Ask: (args) => ui.ask(str('Ui.Ask', args, 'query')),
        Machine: (args) => {
            const fields = struct('Ui.Machine', args);
            ui.machine(str('Ui.Machine', fields.Category, 'Category'), ...strings('Ui.Machine', fields.Args, 'Args'));
            return flushUi(ui);
        },
        NewTrackProgress: (args) => {
            const fields = struct('Ui.NewTrackProgress', args);
            const src = str('Ui.NewTrackProgress', fields.Src, 'Src');
            args_int('Ui.NewTrackProgress', fields.TotalSize, 'TotalSize');
            args_int('Ui.NewTrackProgress', fields.CurrentSize, 'CurrentSize');
            const service = `Ui${src}${trackingSuffix()}`;
            server.registerService(service, {
                Add: (n) => void args_int(`${service}.Add`, n, 'argument'),
                Close: () => void server.unregisterService(service),
            });
            return service.slice('Ui'.length);
        },
    });
}
/**
 * An sdk Ui whose calls go to a remote Ui server (say/message/error/machine are fire-and-forget;
 * errors ignored as Go's client does). Calls go out one after the other, as Go's synchronous
 * client makes them: a Go server answers each request in its own goroutine, so overlapping
 * calls would print out of order.
 */
function uiClient(client) {
    let last = Promise.resolve();
    const inTurn = (method, args) => {
        const call = last.then(() => client.call(method, args));
        last = call.catch(() => undefined);
        return call;
    };
    const send = (method, args) => {
        inTurn(method, args).catch(() => undefined);
    };
    const ui = {
        say: (message) => send('Ui.Say', message),
        message: (message) => send('Ui.Message', message),
        error: (message) => send('Ui.Error', message),
        machine: (category, ...args) => send('Ui.Machine', { Category: category, Args: args }),
        ask: async (query) => str('Ui.Ask', await inTurn('Ui.Ask', query), 'reply'),
    };
    queues.set(ui, () => last.then(() => undefined));
    return ui;
}
const queues = new WeakMap();
/**
 * Resolves once every call a uiClient made so far has been answered (at once for any other
 * Ui). Await it before closing the client: say() returns before its message left.
 */
function flushUi(ui) {
    return queues.get(ui)?.() ?? Promise.resolve();
}

;// CONCATENATED MODULE: ./src/rpc/services/artifact.ts


/** Artifact.* as packer-plugin-sdk's ArtifactServer; Destroy replies nil (a Go client decodes nothing else). */
function registerArtifact(server, artifact) {
    server.registerService('Artifact', {
        BuilderId: () => artifact.builderId(),
        Files: () => artifact.files(),
        Id: () => artifact.id(),
        String: () => artifact.string(),
        State: (args) => artifact.state(str('Artifact.State', args, 'name')) ?? null,
        Destroy: async () => {
            await artifact.destroy();
            return null;
        },
    });
}
/**
 * The sdk Artifact is synchronous, so a remote one is fetched up front: BuilderId, Files, Id,
 * String and State for PREFETCHED_STATE; `state()` of any other name returns undefined.
 * `destroy()` calls Artifact.Destroy on the peer.
 */
const PREFETCHED_STATE = ['generated_data', 'par.artifact.metadata', 'atlas.artifact.metadata'];
/** Go's artifact client swallows a method's error (zero value); a dead connection still fails. */
async function get(client, method, args = null) {
    try {
        return await client.call(method, args);
    }
    catch (err) {
        if (err instanceof RpcError)
            return undefined;
        throw err;
    }
}
async function fetchArtifact(client) {
    const [builderId, files, id, string, ...states] = await Promise.all([
        get(client, 'Artifact.BuilderId'),
        get(client, 'Artifact.Files'),
        get(client, 'Artifact.Id'),
        get(client, 'Artifact.String'),
        ...PREFETCHED_STATE.map((name) => get(client, 'Artifact.State', name)),
    ]);
    const state = new Map();
    PREFETCHED_STATE.forEach((name, i) => {
        if (states[i] !== null && states[i] !== undefined)
            state.set(name, states[i]);
    });
    const fetched = {
        builderId: str('Artifact.BuilderId', builderId, 'reply'),
        files: strings('Artifact.Files', files, 'reply'),
        id: str('Artifact.Id', id, 'reply'),
        string: str('Artifact.String', string, 'reply'),
    };
    return {
        builderId: () => fetched.builderId,
        files: () => [...fetched.files],
        id: () => fetched.id,
        string: () => fetched.string,
        state: (name) => state.get(name),
        destroy: async () => {
            await client.call('Artifact.Destroy', null);
        },
    };
}

;// CONCATENATED MODULE: ./src/rpc/gob/errors.ts
/** A gob stream we cannot read: malformed, truncated, or outside the subset Packer still uses. */
class GobError extends Error {
    name = 'GobError';
    constructor(message) {
        super(`gob: ${message}`);
    }
}

;// CONCATENATED MODULE: ./src/rpc/gob/types.ts

/** gob's predefined type ids (encoding/gob type.go) that a struct-of-numbers can use. */
const TypeId = { bool: 1, int: 2, uint: 3, float: 4, bytes: 5, string: 6, interface: 8 };
/** Go's firstUserId; ids are process-wide, so Packer's encoders start at 65 or later. */
const FIRST_USER_TYPE_ID = 64;
const PREDEFINED_NAMES = {
    1: 'bool', 2: 'int', 3: 'uint', 4: 'float', 5: '[]byte', 6: 'string', 7: 'complex', 8: 'interface',
};
const WIRE_KINDS = ['array', 'slice', 'struct', 'map', 'GobEncoder', 'BinaryMarshaler', 'TextMarshaler'];
function typeName(id, types) {
    const def = types.get(id);
    if (def)
        return `${def.kind} ${def.name}`;
    return PREDEFINED_NAMES[id] ?? `unknown type ${id}`;
}
/** Walks one encoded struct: (field delta, value)* then 0; `onField` reads the value. */
function readStruct(r, what, fieldCount, onField) {
    let index = -1;
    for (;;) {
        const delta = r.count(`${what} field delta`);
        if (delta === 0)
            return;
        index += delta;
        if (index >= fieldCount)
            throw new GobError(`${what} has no field number ${index}`);
        onField(index);
    }
}
function small(n, what) {
    if (n < BigInt(Number.MIN_SAFE_INTEGER) || n > BigInt(Number.MAX_SAFE_INTEGER))
        throw new GobError(`${what} ${n} out of range`);
    return Number(n);
}
function readCommon(r, what) {
    const common = { name: '', id: 0 };
    readStruct(r, what, 2, (i) => {
        if (i === 0)
            common.name = r.string(`${what} name`);
        else
            common.id = small(r.int(`${what} id`), `${what} id`);
    });
    return common;
}
function readFields(r, what) {
    const count = r.count(`${what} field count`);
    const fields = [];
    for (let k = 0; k < count; k++) {
        const field = { name: '', typeId: 0 };
        readStruct(r, `${what} field`, 2, (i) => {
            if (i === 0)
                field.name = r.string(`${what} field name`);
            else
                field.typeId = small(r.int(`${what} field type id`), `${what} field type id`);
        });
        fields.push(field);
    }
    return fields;
}
/**
 * One `wireType` value (a type definition). All seven kinds are parsed, so that a stream
 * carrying something else than a struct is rejected by name rather than as garbage.
 */
function readWireType(r) {
    let result;
    readStruct(r, 'type definition', WIRE_KINDS.length, (kindIndex) => {
        const kind = WIRE_KINDS[kindIndex];
        let common = { name: '', id: 0 };
        let fields = [];
        const extra = kind === 'array' ? 3 : kind === 'slice' ? 2 : kind === 'struct' ? 2 : kind === 'map' ? 3 : 1;
        readStruct(r, `${kind} type`, extra, (i) => {
            if (i === 0)
                common = readCommon(r, `${kind} type`);
            else if (kind === 'struct')
                fields = readFields(r, `struct ${common.name}`);
            else
                r.int(`${kind} type element`); // Elem, Key or Len: only needed to skip
        });
        result = { kind, name: common.name, id: common.id, fields };
    });
    if (!result)
        throw new GobError('empty type definition');
    return result;
}

;// CONCATENATED MODULE: ./src/rpc/gob/wire.ts

// gob's integer encodings (encoding/gob encode.go): unsigned < 128 is one byte, otherwise the
// negated byte count followed by big-endian bytes; signed ints are folded into unsigned.
function encodeUint(n) {
    if (n < 0n || n >= 1n << 64n)
        throw new GobError(`uint ${n} out of range`);
    if (n < 128n)
        return Buffer.from([Number(n)]);
    const bytes = [];
    for (let v = n; v > 0n; v >>= 8n)
        bytes.unshift(Number(v & 0xffn));
    return Buffer.from([256 - bytes.length, ...bytes]);
}
function encodeInt(i) {
    if (i < -(1n << 63n) || i >= 1n << 63n)
        throw new GobError(`int ${i} out of range`);
    return encodeUint(i < 0n ? ((-i - 1n) << 1n) | 1n : i << 1n);
}
/** One gob message: its length as uint, then the payload. */
function wire_frame(payload) {
    return Buffer.concat([encodeUint(BigInt(payload.length)), payload]);
}
/** A cursor over gob bytes; every read names what it was reading when the bytes run out. */
class GobReader {
    buf;
    pos = 0;
    constructor(buf) {
        this.buf = buf;
    }
    get done() {
        return this.pos >= this.buf.length;
    }
    byte(what) {
        if (this.pos >= this.buf.length)
            throw new GobError(`stream truncated while reading ${what}`);
        return this.buf[this.pos++];
    }
    uint(what) {
        const first = this.byte(what);
        if (first < 128)
            return BigInt(first);
        const count = 256 - first;
        if (count > 8)
            throw new GobError(`invalid uint length ${count} in ${what}`);
        let n = 0n;
        for (let k = 0; k < count; k++)
            n = (n << 8n) | BigInt(this.byte(what));
        return n;
    }
    int(what) {
        const u = this.uint(what);
        return u & 1n ? -(u >> 1n) - 1n : u >> 1n;
    }
    /** A uint that must fit a JS number (lengths, counts, field deltas). */
    count(what) {
        const n = this.uint(what);
        if (n > BigInt(this.buf.length))
            throw new GobError(`${what} ${n} exceeds the stream`);
        return Number(n);
    }
    bytes(n, what) {
        if (this.pos + n > this.buf.length)
            throw new GobError(`stream truncated while reading ${what}`);
        const out = this.buf.subarray(this.pos, this.pos + n);
        this.pos += n;
        return out;
    }
    string(what) {
        return this.bytes(this.count(`${what} length`), what).toString('utf8');
    }
}

;// CONCATENATED MODULE: ./src/rpc/gob/decode.ts



/**
 * Reads a gob stream up to its first value, which must be a struct whose fields are all
 * `int` or `uint` (as on a Communicator response stream). Type definitions may come in any
 * number and order and fields may have any ids; anything else is a GobError.
 */
function decodeIntStruct(stream) {
    const outer = new GobReader(stream);
    const types = new Map();
    while (!outer.done) {
        const length = outer.count('message length');
        if (length === 0)
            throw new GobError('empty message');
        const r = new GobReader(outer.bytes(length, 'message'));
        const id = r.int('type id');
        if (id < 0n) {
            const def = readWireType(r);
            if (BigInt(def.id) !== -id)
                throw new GobError(`type definition ${-id} carries id ${def.id}`);
            if (def.id < FIRST_USER_TYPE_ID)
                throw new GobError(`type definition redefines predefined type ${def.id}`);
            types.set(def.id, def);
            continue;
        }
        return readValue(r, Number(id), types);
    }
    throw new GobError('stream ended before a value');
}
function readValue(r, id, types) {
    const def = types.get(id);
    if (!def) {
        if (id < FIRST_USER_TYPE_ID)
            throw new GobError(`value is a ${typeName(id, types)}, expected a struct`);
        throw new GobError(`value of type ${id}, which was never defined`);
    }
    if (def.kind !== 'struct')
        throw new GobError(`value is a ${def.kind} (${def.name}), expected a struct`);
    for (const field of def.fields) {
        if (field.typeId !== TypeId.int && field.typeId !== TypeId.uint) {
            throw new GobError(`struct ${def.name} field ${field.name} is a ${typeName(field.typeId, types)}; only int and uint fields are supported`);
        }
    }
    const fields = new Map();
    readStruct(r, `struct ${def.name}`, def.fields.length, (i) => {
        const field = def.fields[i];
        const what = `${def.name}.${field.name}`;
        fields.set(field.name, field.typeId === TypeId.int ? r.int(what) : r.uint(what));
    });
    return { name: def.name, fields, fieldNames: def.fields.map((f) => f.name) };
}

;// CONCATENATED MODULE: ./src/rpc/gob/command-finished.ts



const TYPE_ID = 65n; // a fresh gob.Encoder numbers its first type 65
/**
 * `wireType{StructT: &structType{CommonType{"CommandFinished", 65}, []fieldType{{"ExitStatus", int}}}}`
 * exactly as Go's encoder sends it before the first value (SPEC §3.6).
 */
const TYPE_DEFINITION = wire_frame(Buffer.concat([
    encodeInt(-TYPE_ID),
    Buffer.from([0x03, 0x01, 0x01]), // StructT -> CommonType -> Name
    encodeUint(15n),
    Buffer.from('CommandFinished'),
    Buffer.from([0x01]), // Id
    encodeInt(TYPE_ID),
    Buffer.from([0x00, 0x01, 0x01, 0x01]), // end CommonType; Field: one element; Name
    encodeUint(10n),
    Buffer.from('ExitStatus'),
    Buffer.from([0x01]), // Id
    encodeInt(2n), // int
    Buffer.from([0x00, 0x00, 0x00]), // end fieldType, structType, wireType
]));
/** A whole response stream: `gob.NewEncoder(w).Encode(&CommandFinished{exitStatus})`. */
function encodeCommandFinished(exitStatus) {
    if (!Number.isSafeInteger(exitStatus))
        throw new GobError(`exit status ${exitStatus} is not an integer`);
    const value = exitStatus === 0 ? Buffer.from([0x00]) : Buffer.concat([Buffer.from([0x01]), encodeInt(BigInt(exitStatus)), Buffer.from([0x00])]);
    return Buffer.concat([TYPE_DEFINITION, wire_frame(Buffer.concat([encodeInt(TYPE_ID), value]))]);
}
/** The exit status of a response stream; other fields Go may add are ignored, a missing one is 0. */
function decodeCommandFinished(stream) {
    const value = decodeIntStruct(stream);
    // Like Go's decoder: the struct's name does not matter, a field of the right name does.
    if (!value.fieldNames.includes('ExitStatus'))
        throw new GobError(`struct ${value.name} has no ExitStatus field`);
    const status = value.fields.get('ExitStatus') ?? 0n;
    if (status < BigInt(Number.MIN_SAFE_INTEGER) || status > BigInt(Number.MAX_SAFE_INTEGER)) {
        throw new GobError(`CommandFinished.ExitStatus ${status} out of range`);
    }
    return Number(status);
}

;// CONCATENATED MODULE: ./src/rpc/gob/index.ts
// The gob subset Packer's msgpack net/rpc still carries: CommandFinished on a response stream.




;// CONCATENATED MODULE: ./src/rpc/services/file-info.ts

/** Seconds from Go's zero time (year 1) to the Unix epoch. */
const UNIX_TO_GO = 62135596800n;
/**
 * Go `time.Time` in msgpack: the timestamp extension (decoded to Date), or, from the 2015 codec
 * of upstream Packer 1.6.6, `MarshalBinary` bytes (version 1 or 2); nil is the zero time.
 */
function time(method, value, what) {
    if (value === null || value === undefined)
        return undefined;
    if (value instanceof Date)
        return value;
    if (value instanceof Uint8Array && (value[0] === 1 || value[0] === 2) && value.length >= 15) {
        const bytes = Buffer.from(value);
        const sec = bytes.readBigInt64BE(1) - UNIX_TO_GO;
        const nsec = bytes.readUInt32BE(9);
        return new Date(Number(sec) * 1000 + Math.floor(nsec / 1e6));
    }
    throw new ServiceArgError(method, `${what} must be a time, got ${describe(value)}`);
}
/** packer-plugin-sdk `fileInfo{N, S, M, T}`, or undefined for nil. */
function decodeFileInfo(method, value) {
    if (value === null || value === undefined)
        return undefined;
    const fields = struct(method, value, 'FileInfo');
    const info = {
        name: str(method, fields.N, 'FileInfo.N'),
        size: args_int(method, fields.S, 'FileInfo.S'),
        mode: uint32(method, fields.M, 'FileInfo.M'),
    };
    const mtime = time(method, fields.T, 'FileInfo.T');
    if (mtime)
        info.mtime = mtime;
    return info;
}
function encodeFileInfo(info) {
    if (!info)
        return null;
    return { N: info.name, S: info.size, M: info.mode >>> 0, T: info.mtime ?? null };
}

;// CONCATENATED MODULE: ./src/rpc/services/communicator-server.ts



/** Dials a stream id the client handed us; 0 means the client does not want that stream. */
async function dialIf(broker, id) {
    return id === 0 ? undefined : broker.dial(id);
}
/** Go's `Close` of a net.Conn: FIN for our side, and whatever still arrives is dropped. */
function closeStream(stream) {
    if (!stream)
        return;
    stream.end();
    stream.resume();
}
/** Lets an immediate failure to start (spawn error) become the Start RPC's error, as in Go. */
function startedOrFailed(run) {
    return Promise.race([run.then(() => undefined), new Promise((resolve) => setImmediate(resolve))]);
}
async function start(comm, broker, args) {
    const method = 'Communicator.Start';
    const fields = struct(method, args);
    const command = str(method, fields.Command, 'Command');
    const ids = ['StdinStreamId', 'StdoutStreamId', 'StderrStreamId', 'ResponseStreamId'].map((key) => uint32(method, fields[key], key));
    const streams = [];
    try {
        // As Go's CommunicatorServer: every stream is dialled before the command starts.
        for (const id of ids)
            streams.push(await dialIf(broker, id));
    }
    catch (err) {
        streams.forEach(closeStream);
        throw err;
    }
    const [stdin, stdout, stderr, response] = streams;
    const cmd = { command };
    if (stdin)
        cmd.stdin = stdin;
    if (stdout)
        cmd.stdout = stdout;
    if (stderr)
        cmd.stderr = stderr;
    // Go's server never stops a command; we do once the caller is gone (its response stream
    // closed before the exit status was sent), so no command outlives a dead session.
    const orphaned = new AbortController();
    let finished = false;
    response?.once('close', () => finished || orphaned.abort());
    const run = comm.start(cmd, orphaned.signal);
    const finish = async () => {
        try {
            const { exitStatus } = await run;
            finished = true;
            response?.end(encodeCommandFinished(exitStatus));
            response?.resume();
        }
        catch {
            finished = true;
            // The client then reads no CommandFinished and reports 123, as for any broken command.
            closeStream(response);
        }
        [stdin, stdout, stderr].forEach(closeStream);
    };
    // Go closes the response stream first, then the stdio streams; the client waits for both.
    void finish();
    await startedOrFailed(run);
    return null;
}
/** `comm` undefined: every call fails with a clear error (a builder with `communicator: none`). */
function communicator_server_registerCommunicator(server, comm, broker) {
    const need = (method) => {
        if (!comm)
            throw new Error(`${method}: this build has no communicator (communicator "none")`);
        return comm;
    };
    server.registerService('Communicator', {
        Start: (args) => start(need('Communicator.Start'), broker, args),
        Upload: async (args) => {
            const method = 'Communicator.Upload';
            const c = need(method);
            const fields = struct(method, args);
            const path = str(method, fields.Path, 'Path');
            const info = decodeFileInfo(method, fields.FileInfo);
            const reader = await broker.dial(uint32(method, fields.ReaderStreamId, 'ReaderStreamId'));
            try {
                await c.upload(path, reader, info);
            }
            finally {
                closeStream(reader);
            }
            return null;
        },
        UploadDir: async (args) => {
            const method = 'Communicator.UploadDir';
            const c = need(method);
            const fields = struct(method, args);
            await c.uploadDir(str(method, fields.Dst, 'Dst'), str(method, fields.Src, 'Src'), strings(method, fields.Exclude, 'Exclude'));
            return null;
        },
        Download: async (args) => {
            const method = 'Communicator.Download';
            const c = need(method);
            const fields = struct(method, args);
            const path = str(method, fields.Path, 'Path');
            const writer = await broker.dial(uint32(method, fields.WriterStreamId, 'WriterStreamId'));
            try {
                await c.download(path, writer);
            }
            finally {
                closeStream(writer);
            }
            return null;
        },
        DownloadDir: async (args) => {
            const method = 'Communicator.DownloadDir';
            const c = need(method);
            const fields = struct(method, args);
            await c.downloadDir(str(method, fields.Src, 'Src'), str(method, fields.Dst, 'Dst'), strings(method, fields.Exclude, 'Exclude'));
            return null;
        },
    });
}

// EXTERNAL MODULE: ./src/sdk/index.ts + 3 modules
var sdk = __webpack_require__(5989);
;// CONCATENATED MODULE: ./src/rpc/services/communicator-client.ts



/** Go's exit status for a command whose response stream could not be read. */
const BROKEN_RESPONSE_EXIT_STATUS = 123;
/** Go's serveSingleCopy: accept `id`, copy one way, close. */
function serveCopy(broker, copy) {
    const id = broker.nextId();
    const done = broker.accept(id).then(copy).catch(() => undefined);
    return { id, done };
}
/** Copies `stream` into `dst` until the peer's FIN; `dst` belongs to the caller and stays open. */
function copyOut(dst) {
    return (stream) => new Promise((resolve) => {
        stream.on('end', resolve);
        stream.on('close', resolve);
        stream.on('error', () => resolve());
        stream.pipe(dst, { end: false });
    }).finally(() => stream.end());
}
function copyIn(src) {
    return (stream) => new Promise((resolve) => {
        src.on('error', () => stream.end());
        stream.on('finish', resolve);
        stream.on('close', resolve);
        src.pipe(stream);
        stream.resume(); // nothing comes back on a copy stream; keep its FIN flowing
    });
}
function readAll(stream) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        stream.on('data', (chunk) => chunks.push(chunk));
        stream.on('end', () => resolve(Buffer.concat(chunks)));
        stream.on('error', reject);
        stream.on('close', () => reject(new Error('response stream closed before its end')));
    });
}
async function communicator_client_start(client, broker, cmd, signal) {
    if (signal?.aborted)
        throw new sdk/* CancelledError */.cc();
    const stdin = cmd.stdin ? serveCopy(broker, copyIn(cmd.stdin)) : undefined;
    const stdout = cmd.stdout ? serveCopy(broker, copyOut(cmd.stdout)) : undefined;
    const stderr = cmd.stderr ? serveCopy(broker, copyOut(cmd.stderr)) : undefined;
    const responseId = broker.nextId();
    const response = broker.accept(responseId).then(async (stream) => {
        try {
            return await readAll(stream);
        }
        finally {
            stream.end();
        }
    });
    response.catch(() => undefined);
    // Go waits for stdout and stderr to end before it reads the exit status.
    const exit = Promise.all([stdout?.done, stderr?.done])
        .then(() => response)
        .then(decodeCommandFinished)
        .catch(() => BROKEN_RESPONSE_EXIT_STATUS);
    await client.call('Communicator.Start', {
        Command: cmd.command,
        StdinStreamId: stdin?.id ?? 0,
        StdoutStreamId: stdout?.id ?? 0,
        StderrStreamId: stderr?.id ?? 0,
        ResponseStreamId: responseId,
    });
    // The Communicator RPC has no cancel: stop waiting, as Go's RemoteCmd.RunWithUi does.
    let onAbort = () => undefined;
    const aborted = new Promise((_resolve, reject) => {
        onAbort = () => reject(new sdk/* CancelledError */.cc());
        signal?.addEventListener('abort', onAbort, { once: true });
    });
    aborted.catch(() => undefined);
    try {
        return { exitStatus: await Promise.race([exit, aborted]) };
    }
    finally {
        signal?.removeEventListener('abort', onAbort);
    }
}
function communicatorClient(client, broker) {
    return {
        start: (cmd, signal) => communicator_client_start(client, broker, cmd, signal),
        upload: async (dst, src, info) => {
            const reader = serveCopy(broker, copyIn(src));
            await client.call('Communicator.Upload', { Path: dst, ReaderStreamId: reader.id, FileInfo: encodeFileInfo(info) });
        },
        uploadDir: async (dst, src, exclude = []) => {
            await client.call('Communicator.UploadDir', { Dst: dst, Src: src, Exclude: exclude });
        },
        download: async (src, dst) => {
            const writer = serveCopy(broker, copyOut(dst));
            try {
                await client.call('Communicator.Download', { Path: src, WriterStreamId: writer.id });
            }
            finally {
                // Go returns only once the copy ended, so the caller's writer is complete.
                await writer.done;
            }
        },
        downloadDir: async (src, dst, exclude = []) => {
            await client.call('Communicator.DownloadDir', { Dst: dst, Src: src, Exclude: exclude });
        },
    };
}

;// CONCATENATED MODULE: ./src/rpc/services/communicator.ts
// Communicator.* (SPEC §3.6): server and client, with raw stdio/data streams and the gob exit status.



;// CONCATENATED MODULE: ./src/rpc/services/hook.ts




/**
 * Hook.Run dials StreamId (the caller serves Ui + Communicator there), and calls
 * `hook.run(name, uiClient, communicatorClient, data, signal)`; Hook.Cancel aborts that signal.
 * As Go's HookServer, one cancellation per registration: a cancelled hook stays cancelled.
 */
function registerHook(server, hook, broker) {
    const cancel = new AbortController();
    server.registerService('Hook', {
        Run: async (args) => {
            const method = 'Hook.Run';
            const fields = struct(method, args);
            const name = str(method, fields.Name, 'Name');
            const client = await dialClient(broker, uint32(method, fields.StreamId, 'StreamId'));
            const ui = uiClient(client);
            try {
                await hook.run(name, ui, communicatorClient(client, broker), fields.Data ?? undefined, cancel.signal);
            }
            finally {
                await flushUi(ui);
                client.close();
            }
            return null;
        },
        Cancel: () => {
            cancel.abort();
            return null;
        },
    });
}
/** An sdk Hook calling a remote Hook server: serves `ui` + `comm` on a fresh id; abort → Hook.Cancel. */
function hookClient(client, broker) {
    return {
        run: async (name, ui, comm, data, signal) => {
            const served = serveNext(broker, (server) => {
                registerCommunicator(server, comm, broker);
                registerUi(server, ui);
            });
            served.done.catch(() => undefined);
            const onAbort = () => {
                client.call('Hook.Cancel', null).catch(() => undefined);
            };
            signal.addEventListener('abort', onAbort, { once: true });
            try {
                await client.call('Hook.Run', { Name: name, Data: data ?? null, StreamId: served.id });
            }
            finally {
                signal.removeEventListener('abort', onAbort);
            }
        },
    };
}

;// CONCATENATED MODULE: ./src/rpc/services/index.ts
// The callback services of Packer's plugin protocol (SPEC.md §2.4, §3.4–3.7), each as a server
// registration and a client that implements the matching sdk interface. rpc/remote (core side)
// and rpc/serve (plugin side) are both built from these; neither talks net/rpc method names
// directly for callbacks.
// Broker plumbing

// Services




// Argument validation, shared with rpc/remote and rpc/serve


;// CONCATENATED MODULE: ./src/rpc/services/internal.ts
// For rpc/remote and rpc/serve: the services plus the argument validators they share.



;// CONCATENATED MODULE: ./src/rpc/remote/errors.ts
/** The plugin process went away while a call to it was in flight. */
class PluginExitedError extends Error {
    plugin;
    reason;
    method;
    name = 'PluginExitedError';
    constructor(plugin, reason, method) {
        super(`plugin ${plugin} ${/^killed\b/.test(reason) ? `was ${reason}` : reason} during ${method}`);
        this.plugin = plugin;
        this.reason = reason;
        this.method = method;
    }
}

;// CONCATENATED MODULE: ./src/rpc/remote/call.ts



const CANCEL_AFTER_DIAL_MS = 100;
/** How long a dead connection may precede the process's exit status. */
const EXIT_GRACE_MS = 3_000;
async function exitReason(conn) {
    for (let waited = 0; waited < EXIT_GRACE_MS; waited += 50) {
        const reason = conn.exitReason();
        if (reason !== undefined)
            return reason;
        await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return conn.exitReason();
}
/**
 * Turns a failure of `method` into what a user can act on: the plugin's own error text as is,
 * or, when the connection died, which plugin went away and why.
 */
async function explain(conn, method, err) {
    if (err instanceof RpcError)
        return new Error(err.message);
    if (err instanceof ShutdownError || err instanceof RpcProtocolError || conn.exitReason() !== undefined) {
        const reason = await exitReason(conn);
        if (reason !== undefined)
            return new PluginExitedError(conn.name, reason, method);
        return new PluginExitedError(conn.name, `closed its connection (${err instanceof Error ? err.message : String(err)})`, method);
    }
    return err instanceof Error ? err : new Error(String(err));
}
/** A call on the plugin's main server (broker id 0) with explained failures. */
async function callMain(conn, method, args) {
    try {
        return await conn.main.call(method, args);
    }
    catch (err) {
        throw await explain(conn, method, err);
    }
}
/**
 * Sends `<Service>.Cancel` once when `signal` aborts while `run` is in flight (never before:
 * Go's BuilderServer/ProvisionerServer.Cancel panic when nothing runs yet), once the plugin
 * has dialled the callback id of this call.
 */
async function withCancel(conn, service, signal, dialled, run) {
    // The Go server makes its cancellable context right after dialling our callback id; a Cancel
    // that overtook it would panic the plugin, so it waits for the dial and a moment more.
    const onAbort = () => {
        dialled
            .then(() => new Promise((resolve) => setTimeout(resolve, CANCEL_AFTER_DIAL_MS)))
            .then(() => conn.main.call(`${service}.Cancel`, null).catch(() => undefined), () => undefined);
    };
    if (signal.aborted)
        throw new sdk/* CancelledError */.cc();
    signal.addEventListener('abort', onAbort, { once: true });
    try {
        return await run();
    }
    finally {
        signal.removeEventListener('abort', onAbort);
    }
}

;// CONCATENATED MODULE: ./src/rpc/remote/serve-callback.ts

/** serveNext, plus the moment the plugin dialled: only then may a Cancel follow safely. */
function serveCallback(broker, register) {
    const id = broker.nextId();
    const server = new server_RpcServer();
    register(server);
    const stream = broker.accept(id);
    const dialled = stream.then(() => undefined);
    dialled.catch(() => undefined);
    void stream.then((s) => server.serve(s), () => undefined);
    return { id, dialled };
}

;// CONCATENATED MODULE: ./src/rpc/remote/builder.ts



/** Builder.Prepare/Run/Cancel on the plugin's id 0; Run serves Ui + Hook on a fresh id, dials the artifact id. */
function remoteBuilder(conn) {
    return {
        prepare: async (...raws) => {
            const method = 'Builder.Prepare';
            const reply = struct(method, await callMain(conn, method, { Configs: raws }), 'reply');
            // Already go-multierror text ("1 error occurred:\n\t* …"), shown as the plugin wrote it.
            const error = basicError(method, reply.Error, 'Error');
            if (error !== undefined)
                throw new Error(error);
            return { generatedVars: strings(method, reply.GeneratedVars, 'GeneratedVars'), warnings: strings(method, reply.Warnings, 'Warnings') };
        },
        run: async (signal, ui, hook) => {
            const method = 'Builder.Run';
            // The builder's Ui is this very `ui`, proxied through the plugin: provisioners get it
            // directly instead (SPEC §2.4 allows the short-cut), which halves the hops of every line
            // they print. The Communicator still has to be the builder's.
            const direct = { run: (name, _proxiedUi, comm, data, hookSignal) => hook.run(name, ui, comm, data, hookSignal) };
            const served = serveCallback(conn.broker, (server) => {
                ui_registerUi(server, ui);
                registerHook(server, direct, conn.broker);
            });
            const reply = await withCancel(conn, 'Builder', signal, served.dialled, () => callMain(conn, method, served.id));
            const id = uint32(method, reply, 'reply');
            if (id === 0)
                return undefined;
            return dialArtifact(conn, method, id);
        },
    };
}
/** Dials an artifact id right away (Go's broker drops it after 5 s) and fetches it. */
async function dialArtifact(conn, method, id) {
    try {
        return await fetchArtifact(await dialClient(conn.broker, id));
    }
    catch (err) {
        throw await explain(conn, `${method} (artifact)`, err);
    }
}

;// CONCATENATED MODULE: ./src/rpc/remote/provisioner.ts



/** Provisioner.Prepare/Provision/Cancel; Provision serves Ui + Communicator on a fresh id. */
function remoteProvisioner(conn) {
    return {
        prepare: async (...raws) => {
            await callMain(conn, 'Provisioner.Prepare', { Configs: raws });
        },
        provision: async (signal, ui, comm, generatedData) => {
            const served = serveCallback(conn.broker, (server) => {
                ui_registerUi(server, ui);
                communicator_server_registerCommunicator(server, comm, conn.broker);
            });
            // StreamID with a capital D: Go ignores a misspelt key and would dial id 0.
            const args = { GeneratedData: generatedData ?? {}, StreamID: served.id };
            await withCancel(conn, 'Provisioner', signal, served.dialled, () => callMain(conn, 'Provisioner.Provision', args));
        },
    };
}

;// CONCATENATED MODULE: ./src/rpc/remote/post-processor.ts




/** PostProcessor.Configure/PostProcess/Cancel; PostProcess serves Ui + the input Artifact, dials the result. */
function remotePostProcessor(conn) {
    return {
        configure: async (...raws) => {
            await callMain(conn, 'PostProcessor.Configure', { Configs: raws });
        },
        postProcess: async (signal, ui, artifact) => {
            const method = 'PostProcessor.PostProcess';
            const served = serveCallback(conn.broker, (server) => {
                ui_registerUi(server, ui);
                registerArtifact(server, artifact);
            });
            const reply = struct(method, await withCancel(conn, 'PostProcessor', signal, served.dialled, () => callMain(conn, method, served.id)), 'reply');
            // Errors travel in Err, not as the RPC error.
            const error = basicError(method, reply.Err, 'Err');
            if (error !== undefined)
                throw new Error(error);
            const id = uint32(method, reply.StreamId, 'StreamId');
            const keep = bool(method, reply.Keep, 'Keep');
            const forceOverride = bool(method, reply.ForceOverride, 'ForceOverride');
            return { artifact: id === 0 ? undefined : await dialArtifact(conn, method, id), keep, forceOverride };
        },
    };
}

;// CONCATENATED MODULE: ./src/rpc/remote/index.ts





// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
;// CONCATENATED MODULE: ./src/rpc/yamux/frame.ts
/**
 * yamux frame vocabulary, as hashicorp/yamux `spec.md` and `const.go` define it.
 * Every frame starts with a 12-byte big-endian header; only Data frames carry a body.
 */
/** "The version field is used for future backward compatibility. At the current time, the field is always set to 0." */
const PROTOCOL_VERSION = 0;
/** version(1) + type(1) + flags(2) + stream id(4) + length(4). Not an implementation choice. */
const HEADER_LENGTH = 12;
/**
 * The window every stream starts with in both directions, before any WindowUpdate.
 * Set by the spec (`initialStreamWindow`), independent of any configured maximum.
 */
const INITIAL_STREAM_WINDOW = 256 * 1024;
var FrameType;
(function (FrameType) {
    /** "Used to transmit data. May transmit zero length payloads depending on the flags." */
    FrameType[FrameType["Data"] = 0] = "Data";
    /** "Used to updated the senders receive window size. This is used to implement per-session flow control." */
    FrameType[FrameType["WindowUpdate"] = 1] = "WindowUpdate";
    /** "Used to measure RTT. It can also be used to heart-beat and do keep-alives over TCP." */
    FrameType[FrameType["Ping"] = 2] = "Ping";
    /** "Used to close a session." */
    FrameType[FrameType["GoAway"] = 3] = "GoAway";
})(FrameType || (FrameType = {}));
/** Flags form a bit set: combinations such as SYN|FIN are legal, so test with `&`. */
var Flag;
(function (Flag) {
    /** "Signals the start of a new stream. May be sent with a data or window update message. Also sent with a ping to indicate outbound." */
    Flag[Flag["SYN"] = 1] = "SYN";
    /** "Acknowledges the start of a new stream. May be sent with a data or window update message. Also sent with a ping to indicate response." */
    Flag[Flag["ACK"] = 2] = "ACK";
    /** "Performs a half-close of a stream. May be sent with a data message or window update." */
    Flag[Flag["FIN"] = 4] = "FIN";
    /** "Reset a stream immediately. May be sent with a data or window update message." */
    Flag[Flag["RST"] = 8] = "RST";
})(Flag || (Flag = {}));
/** The reason carried in the length field of a GoAway frame. */
var GoAwayCode;
(function (GoAwayCode) {
    GoAwayCode[GoAwayCode["Normal"] = 0] = "Normal";
    GoAwayCode[GoAwayCode["ProtocolError"] = 1] = "ProtocolError";
    GoAwayCode[GoAwayCode["InternalError"] = 2] = "InternalError";
})(GoAwayCode || (GoAwayCode = {}));
/** Renders a header for logs and test failures, e.g. `WindowUpdate SYN|ACK stream=3 length=0`. */
function stringifyHeader(header) {
    const type = FrameType[header.type] ?? `type(${header.type})`;
    const flags = Object.keys(Flag)
        .filter((name) => Number.isNaN(Number(name)) && (header.flags & Flag[name]) !== 0)
        .join('|');
    return `${type} ${flags || '-'} stream=${header.streamId} length=${header.length}`;
}

;// CONCATENATED MODULE: ./src/rpc/yamux/encode.ts

/** Encodes a frame header; the version is always PROTOCOL_VERSION whatever `header.version` says. */
function encodeHeader(header) {
    const out = Buffer.allocUnsafe(HEADER_LENGTH);
    out.writeUInt8(PROTOCOL_VERSION, 0);
    out.writeUInt8(header.type, 1);
    out.writeUInt16BE(header.flags, 2);
    out.writeUInt32BE(header.streamId >>> 0, 4);
    out.writeUInt32BE(header.length >>> 0, 8);
    return out;
}

;// CONCATENATED MODULE: ./src/rpc/yamux/errors.ts

/**
 * One class per outcome; messages are hashicorp/yamux's (`const.go`) so logs read the
 * same on both sides of a connection. Check with `instanceof`.
 */
class YamuxError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = new.target.name;
    }
}
/** The peer broke the protocol; the session answers with GoAway(`goAwayCode`) and dies. */
class ProtocolError extends YamuxError {
    goAwayCode = GoAwayCode.ProtocolError;
}
class InvalidVersionError extends ProtocolError {
    version;
    constructor(version) {
        super(`invalid protocol version (got ${version})`);
        this.version = version;
    }
}
class InvalidFrameTypeError extends ProtocolError {
    frameType;
    constructor(frameType) {
        super(`invalid msg type (got ${frameType})`);
        this.frameType = frameType;
    }
}
/** A Data frame longer than any receive window we could have granted. */
class FrameTooLargeError extends ProtocolError {
    length;
    limit;
    constructor(length, limit) {
        super(`frame body of ${length} bytes exceeds the ${limit}-byte receive window`);
        this.length = length;
        this.limit = limit;
    }
}
class ReceiveWindowExceededError extends ProtocolError {
    streamId;
    constructor(streamId) {
        super(`recv window exceeded (stream ${streamId})`);
        this.streamId = streamId;
    }
}
class DuplicateStreamError extends ProtocolError {
    streamId;
    constructor(streamId) {
        super(`duplicate stream declared (stream ${streamId})`);
        this.streamId = streamId;
    }
}
/** The peer sent GoAway(ProtocolError or InternalError): it tears the session down. */
class RemoteProtocolError extends YamuxError {
    code;
    constructor(code) {
        super(code === GoAwayCode.ProtocolError ? 'yamux protocol error' : 'remote yamux error');
        this.code = code;
    }
}
/** The session is gone: closed locally, hung up by the peer, or the connection failed (`cause`). */
class SessionShutdownError extends YamuxError {
    constructor(message = 'session shutdown', options) {
        super(message, options);
    }
}
/** The peer sent GoAway(Normal): no new streams may be opened. */
class RemoteGoAwayError extends YamuxError {
    constructor() {
        super('remote end is not accepting connections');
    }
}
class StreamsExhaustedError extends YamuxError {
    constructor() {
        super('streams exhausted');
    }
}
class StreamResetError extends YamuxError {
    streamId;
    constructor(streamId) {
        super(`stream reset (stream ${streamId})`);
        this.streamId = streamId;
    }
}
class StreamClosedError extends YamuxError {
    streamId;
    constructor(streamId) {
        super(`stream closed (stream ${streamId})`);
        this.streamId = streamId;
    }
}
/** A ping got no ACK within ConnectionWriteTimeout. */
class TimeoutError extends YamuxError {
    constructor() {
        super('i/o deadline reached');
    }
}
/** The keepalive ping failed; the session is closed with this error. */
class KeepAliveTimeoutError extends YamuxError {
    constructor() {
        super('keepalive timeout');
    }
}
class ConfigError extends YamuxError {
}

;// CONCATENATED MODULE: ./src/rpc/yamux/decode.ts


/** Decodes and validates the 12 header bytes at `offset`. Throws a ProtocolError subclass. */
function decodeHeader(data, offset = 0) {
    const view = new DataView(data.buffer, data.byteOffset + offset, HEADER_LENGTH);
    const version = view.getUint8(0);
    if (version !== PROTOCOL_VERSION)
        throw new InvalidVersionError(version);
    const type = view.getUint8(1);
    if (type > FrameType.GoAway)
        throw new InvalidFrameTypeError(type);
    return { version, type, flags: view.getUint16(2), streamId: view.getUint32(4), length: view.getUint32(8) };
}
/**
 * Incremental frame decoder. Bytes arrive in arbitrary pieces (Go writes header and body
 * with separate writes, and sockets split them again); a frame is cut only when its header
 * and whole body are present, and the remainder is kept for the next chunk.
 * After a ProtocolError the byte stream is desynchronised, so the decoder stays failed.
 */
class Decoder {
    maxBodyLength;
    chunks = [];
    length = 0;
    header;
    failure;
    constructor(options = {}) {
        this.maxBodyLength = options.maxBodyLength ?? INITIAL_STREAM_WINDOW;
    }
    /** Bytes received but not yet part of an emitted frame. */
    get bufferedLength() {
        return this.length;
    }
    /** Adds a chunk and yields every frame it completes. */
    *emitFrames(chunk) {
        if (this.failure)
            throw this.failure;
        if (chunk.length > 0) {
            this.chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length));
            this.length += chunk.length;
        }
        try {
            for (;;) {
                if (!this.header) {
                    if (this.length < HEADER_LENGTH)
                        return;
                    const header = decodeHeader(this.take(HEADER_LENGTH));
                    if (header.type === FrameType.Data && header.length > this.maxBodyLength) {
                        throw new FrameTooLargeError(header.length, this.maxBodyLength);
                    }
                    this.header = header;
                }
                const header = this.header;
                if (header.type !== FrameType.Data) {
                    this.header = undefined;
                    yield { header };
                    continue;
                }
                if (this.length < header.length)
                    return;
                const body = this.take(header.length);
                this.header = undefined;
                yield { header, body };
            }
        }
        catch (err) {
            this.failure = err;
            this.chunks = [];
            this.length = 0;
            throw err;
        }
    }
    /** Removes `n` buffered bytes; zero-copy when they sit in one chunk. */
    take(n) {
        this.length -= n;
        const first = this.chunks[0];
        if (n === 0)
            return Buffer.alloc(0);
        if (first !== undefined && first.length >= n) {
            if (first.length === n)
                this.chunks.shift();
            else
                this.chunks[0] = first.subarray(n);
            return first.subarray(0, n);
        }
        const out = Buffer.allocUnsafe(n);
        let filled = 0;
        while (filled < n) {
            const chunk = this.chunks[0];
            const used = Math.min(chunk.length, n - filled);
            chunk.copy(out, filled, 0, used);
            filled += used;
            if (used === chunk.length)
                this.chunks.shift();
            else
                this.chunks[0] = chunk.subarray(used);
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./src/rpc/yamux/config.ts


/** `yamux.DefaultConfig()`, which both Packer's core and its plugins use (config `nil`). */
const defaultConfig = Object.freeze({
    acceptBacklog: 256,
    enableKeepAlive: true,
    keepAliveInterval: 30_000,
    connectionWriteTimeout: 10_000,
    maxStreamWindowSize: INITIAL_STREAM_WINDOW,
});
/** Merges overrides onto the defaults and checks them as `VerifyConfig` does. */
function resolveConfig(overrides = {}) {
    const config = { ...defaultConfig, ...overrides };
    if (!(Number.isInteger(config.acceptBacklog) && config.acceptBacklog > 0)) {
        throw new ConfigError('backlog must be positive');
    }
    if (!(config.keepAliveInterval > 0)) {
        throw new ConfigError('keep-alive interval must be positive');
    }
    if (!(config.connectionWriteTimeout > 0)) {
        throw new ConfigError('connection write timeout must be positive');
    }
    if (!(Number.isInteger(config.maxStreamWindowSize) && config.maxStreamWindowSize >= INITIAL_STREAM_WINDOW)) {
        throw new ConfigError(`MaxStreamWindowSize must be larger than ${INITIAL_STREAM_WINDOW}`);
    }
    if (config.maxStreamWindowSize > 0xffffffff) {
        throw new ConfigError('MaxStreamWindowSize must fit in 32 bits');
    }
    return config;
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
;// CONCATENATED MODULE: ./src/rpc/yamux/stream.ts



/**
 * One yamux stream as a Node Duplex, with hashicorp/yamux semantics:
 * - the peer's window is never exceeded: writes wait for WindowUpdate frames;
 * - our window is granted back once the reader has consumed at least half of it,
 *   so a reader that stops reading stops the peer (no unbounded buffering);
 * - `end()` half-closes (FIN) and reading goes on until the peer's FIN;
 * - `destroy()` before both sides closed, or `reset()`, aborts with RST.
 */
class YamuxStream extends external_node_stream_.Duplex {
    id;
    init;
    handshake;
    sendWindow = INITIAL_STREAM_WINDOW;
    recvWindow = INITIAL_STREAM_WINDOW;
    queue = [];
    queuedBytes = 0;
    wantsData = false;
    endPushed = false;
    localClosed = false;
    remoteClosed = false;
    resetSeen = false;
    sessionGone = false;
    gone = false;
    blockedWrite;
    constructor(init) {
        super({ allowHalfOpen: true });
        this.id = init.id;
        this.init = init;
        this.handshake = init.origin === 'local' ? 'init' : 'synReceived';
    }
    /** Session use: a Data frame arrived. Throws ReceiveWindowExceededError (a protocol error). */
    receiveData(flags, body) {
        if (body.length > this.recvWindow)
            throw new ReceiveWindowExceededError(this.id);
        if (body.length > 0 && !this.remoteClosed) {
            this.recvWindow -= body.length;
            this.queue.push(body);
            this.queuedBytes += body.length;
        }
        this.processFlags(flags);
        this.drain();
    }
    /** Session use: a WindowUpdate frame arrived. */
    receiveWindowUpdate(flags, delta) {
        this.processFlags(flags);
        this.sendWindow += delta;
        const resume = this.blockedWrite;
        if (resume && this.sendWindow > 0) {
            this.blockedWrite = undefined;
            resume();
        }
    }
    /**
     * Session use, and the handshake: on open it carries SYN, on accept ACK. Afterwards it
     * grants the peer what the reader consumed, once that is at least half the window.
     */
    sendWindowUpdate() {
        if (this.gone || this.sessionGone)
            return;
        const max = this.init.maxWindow;
        const delta = max - this.queuedBytes - this.recvWindow;
        const flags = this.sendFlags();
        // Nothing more will arrive after the peer's FIN, so only the handshake is still owed.
        if (flags === 0 && (delta < max / 2 || this.remoteClosed))
            return;
        this.recvWindow += delta;
        this.init.sendFrame({ type: FrameType.WindowUpdate, flags, streamId: this.id, length: delta });
    }
    /**
     * Session use: the session is gone; no frame may be sent any more. The error is only
     * emitted to a stream somebody listens on: an orphaned stream must not crash the process.
     */
    abort(err) {
        this.sessionGone = true;
        this.destroy(this.listenerCount('error') > 0 ? err : undefined);
    }
    /** Aborts the stream and tells the peer with RST. */
    reset() {
        this.destroy();
    }
    _read() {
        this.wantsData = true;
        this.drain();
    }
    _write(chunk, _encoding, callback) {
        this.writeFrom(chunk, 0, callback);
    }
    _final(callback) {
        if (this.resetSeen)
            return callback(new StreamResetError(this.id));
        this.localClosed = true;
        this.init.sendFrame({ type: FrameType.WindowUpdate, flags: this.sendFlags() | Flag.FIN, streamId: this.id, length: 0 });
        if (this.remoteClosed)
            this.forget();
        callback();
    }
    _destroy(err, callback) {
        const clean = this.localClosed && this.remoteClosed;
        if (!clean && !this.resetSeen && !this.sessionGone && !this.gone) {
            this.init.sendFrame({ type: FrameType.WindowUpdate, flags: this.sendFlags() | Flag.RST, streamId: this.id, length: 0 });
        }
        this.resetSeen = this.resetSeen || !clean;
        const blocked = this.blockedWrite;
        this.blockedWrite = undefined;
        blocked?.();
        this.forget();
        callback(err);
    }
    /** Sends as much of `chunk` as the peer's window allows, then waits for a WindowUpdate. */
    writeFrom(chunk, offset, callback) {
        if (this.resetSeen || this.destroyed)
            return callback(new StreamResetError(this.id));
        if (this.localClosed)
            return callback(new StreamClosedError(this.id));
        if (offset >= chunk.length)
            return callback();
        while (offset < chunk.length) {
            if (this.sendWindow === 0) {
                this.blockedWrite = () => this.writeFrom(chunk, offset, callback);
                return;
            }
            const n = Math.min(this.sendWindow, chunk.length - offset);
            this.sendWindow -= n;
            const last = offset + n === chunk.length;
            const header = { type: FrameType.Data, flags: this.sendFlags(), streamId: this.id, length: n };
            this.init.sendFrame(header, chunk.subarray(offset, offset + n), last ? callback : undefined);
            offset += n;
        }
    }
    /** SYN on our first frame of an opened stream, ACK on our first frame of an accepted one. */
    sendFlags() {
        if (this.handshake === 'init') {
            this.handshake = 'synSent';
            return Flag.SYN;
        }
        if (this.handshake === 'synReceived') {
            this.handshake = 'established';
            return Flag.ACK;
        }
        return 0;
    }
    processFlags(flags) {
        if (flags & Flag.ACK && this.handshake === 'synSent')
            this.handshake = 'established';
        if (flags & Flag.FIN && !this.remoteClosed) {
            this.remoteClosed = true;
            if (this.localClosed)
                this.forget();
            queueMicrotask(() => this.drain()); // a reader may be waiting for the end
        }
        if (flags & Flag.RST) {
            this.resetSeen = true;
            this.destroy(new StreamResetError(this.id));
        }
    }
    /** Moves queued bytes into the Readable as fast as the consumer takes them. */
    drain() {
        if (this.destroyed)
            return;
        while (this.wantsData && this.queue.length > 0) {
            const chunk = this.queue.shift();
            this.queuedBytes -= chunk.length;
            this.wantsData = this.push(chunk);
        }
        if (this.queue.length === 0 && this.remoteClosed && !this.endPushed) {
            this.endPushed = true;
            this.push(null);
        }
        // An inbound stream stays silent until the application accepts it (the ACK).
        if (this.handshake !== 'synReceived')
            this.sendWindowUpdate();
    }
    forget() {
        if (this.gone)
            return;
        this.gone = true;
        this.init.onClosed(this.id);
    }
}

;// CONCATENATED MODULE: ./src/rpc/yamux/session.ts







/** hashicorp/yamux `Session` over any byte Duplex (a unix socket in Packer). */
class YamuxSession {
    role;
    config;
    /** Settles when the session is shut down: with the cause, or undefined after close(). */
    closed;
    conn;
    log;
    decoder;
    streams = new Map();
    backlog = [];
    acceptWaiters = [];
    pings = new Map();
    nextStreamId;
    nextPingId = 0;
    localGoAway = false;
    remoteGoAway = false;
    shutdown;
    settleClosed;
    keepAlive;
    constructor(conn, options) {
        this.role = options.role;
        this.config = resolveConfig(options.config);
        this.conn = conn;
        this.log = options.log ?? (() => undefined);
        this.decoder = new Decoder({ maxBodyLength: this.config.maxStreamWindowSize });
        this.nextStreamId = options.role === 'client' ? 1 : 2;
        this.closed = new Promise((resolve) => (this.settleClosed = resolve));
        conn.on('data', (chunk) => this.receive(chunk));
        conn.on('end', () => this.close(new SessionShutdownError('connection closed by peer')));
        conn.on('close', () => this.close(new SessionShutdownError('connection closed')));
        conn.on('error', (err) => this.close(new SessionShutdownError(`connection failed: ${err.message}`, { cause: err })));
        if (this.config.enableKeepAlive) {
            this.keepAlive = setInterval(() => this.keepAliveTick(), this.config.keepAliveInterval);
            this.keepAlive.unref();
        }
    }
    get isClosed() {
        return this.shutdown !== undefined;
    }
    /** Streams known to the session (open, half-closed, or waiting to be accepted). */
    get numStreams() {
        return this.streams.size;
    }
    /** Opens a stream: sends SYN at once; data may follow without waiting for the ACK. */
    open() {
        if (this.shutdown)
            throw new SessionShutdownError();
        if (this.remoteGoAway)
            throw new RemoteGoAwayError();
        const id = this.nextStreamId;
        if (id >= 0xffffffff - 1)
            throw new StreamsExhaustedError();
        this.nextStreamId += 2;
        const stream = this.createStream(id, 'local');
        stream.sendWindowUpdate();
        return stream;
    }
    /** Waits for the next inbound stream and acknowledges it (ACK). */
    accept() {
        const queued = this.backlog.shift();
        if (queued)
            return Promise.resolve(this.acknowledge(queued));
        if (this.shutdown)
            return Promise.reject(new SessionShutdownError());
        return new Promise((resolve, reject) => this.acceptWaiters.push({ resolve, reject }));
    }
    /** Round trip of a Ping SYN/ACK in milliseconds; rejects with TimeoutError after connectionWriteTimeout. */
    ping() {
        if (this.shutdown)
            return Promise.reject(new SessionShutdownError());
        const id = this.nextPingId;
        this.nextPingId = (this.nextPingId + 1) >>> 0;
        const started = external_node_perf_hooks_.performance.now();
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => {
                this.pings.delete(id);
                reject(new TimeoutError());
            }, this.config.connectionWriteTimeout);
            this.pings.set(id, {
                resolve: () => {
                    clearTimeout(timer);
                    resolve(external_node_perf_hooks_.performance.now() - started);
                },
                reject: (err) => {
                    clearTimeout(timer);
                    reject(err);
                },
            });
            this.send({ type: FrameType.Ping, flags: Flag.SYN, streamId: 0, length: id });
        });
    }
    /** Tells the peer to open no more streams; inbound SYNs are answered with RST from now on. */
    goAway(code = GoAwayCode.Normal) {
        this.localGoAway = true;
        this.send({ type: FrameType.GoAway, flags: 0, streamId: 0, length: code });
    }
    /** Shuts the session down: every stream ends, the connection is closed. Idempotent. */
    close(cause) {
        if (this.shutdown)
            return;
        this.shutdown = { cause };
        if (this.keepAlive)
            clearInterval(this.keepAlive);
        const streamError = new SessionShutdownError(cause ? `session shutdown: ${cause.message}` : 'session shutdown');
        for (const ping of this.pings.values())
            ping.reject(streamError);
        this.pings.clear();
        for (const waiter of this.acceptWaiters.splice(0))
            waiter.reject(streamError);
        const unaccepted = new Set(this.backlog.splice(0));
        for (const stream of [...this.streams.values()]) {
            // Nobody listens on a stream that was never accepted: end it quietly.
            stream.abort(unaccepted.has(stream) ? undefined : streamError);
        }
        this.streams.clear();
        this.conn.once('finish', () => this.conn.destroy());
        this.conn.end();
        this.settleClosed(cause);
    }
    createStream(id, origin) {
        const stream = new YamuxStream({
            id,
            origin,
            maxWindow: this.config.maxStreamWindowSize,
            sendFrame: (header, body, done) => this.send(header, body, done),
            onClosed: (closedId) => {
                if (this.streams.get(closedId) === stream)
                    this.streams.delete(closedId);
            },
        });
        this.streams.set(id, stream);
        return stream;
    }
    acknowledge(stream) {
        stream.sendWindowUpdate();
        return stream;
    }
    send(header, body, done) {
        if (this.shutdown || !this.conn.writable) {
            if (done)
                queueMicrotask(() => done(new SessionShutdownError()));
            return;
        }
        if (body && body.length > 0) {
            this.conn.write(encodeHeader(header));
            this.conn.write(body, done);
        }
        else {
            this.conn.write(encodeHeader(header), done);
        }
    }
    receive(chunk) {
        if (this.shutdown)
            return;
        try {
            for (const frame of this.decoder.emitFrames(chunk)) {
                this.handleFrame(frame);
                if (this.shutdown)
                    return;
            }
        }
        catch (err) {
            if (err instanceof ProtocolError) {
                this.log(`[ERR] yamux: ${err.message}`);
                this.goAway(err.goAwayCode);
            }
            this.close(err instanceof Error ? err : new Error(String(err)));
        }
    }
    handleFrame({ header, body }) {
        switch (header.type) {
            case FrameType.Data:
            case FrameType.WindowUpdate:
                return this.handleStreamFrame(header, body);
            case FrameType.Ping:
                return this.handlePing(header);
            case FrameType.GoAway:
                return this.handleGoAway(header);
        }
    }
    handleStreamFrame(header, body) {
        if (header.flags & Flag.SYN && !this.incomingStream(header.streamId))
            return;
        const stream = this.streams.get(header.streamId);
        if (!stream) {
            this.log(`[WARN] yamux: frame for missing stream: ${stringifyHeader(header)}`);
            return;
        }
        if (header.type === FrameType.Data)
            stream.receiveData(header.flags, body ?? Buffer.alloc(0));
        else
            stream.receiveWindowUpdate(header.flags, header.length);
    }
    /** Registers a stream the peer opened; false when it was refused with RST. */
    incomingStream(id) {
        const refuse = (why) => {
            this.log(`[WARN] yamux: ${why}, forcing stream ${id} reset`);
            this.send({ type: FrameType.WindowUpdate, flags: Flag.RST, streamId: id, length: 0 });
            return false;
        };
        if (this.localGoAway)
            return refuse('go away sent');
        if (this.streams.has(id))
            throw new DuplicateStreamError(id);
        if (this.backlog.length >= this.config.acceptBacklog)
            return refuse('backlog exceeded');
        const stream = this.createStream(id, 'remote');
        const waiter = this.acceptWaiters.shift();
        if (waiter)
            waiter.resolve(this.acknowledge(stream));
        else
            this.backlog.push(stream);
        return true;
    }
    handlePing(header) {
        if (header.flags & Flag.SYN) {
            // Answered inline: the peer kills the session if the ACK is late.
            this.send({ type: FrameType.Ping, flags: Flag.ACK, streamId: 0, length: header.length });
            return;
        }
        if (header.flags & Flag.ACK) {
            const ping = this.pings.get(header.length);
            this.pings.delete(header.length);
            ping?.resolve();
        }
    }
    handleGoAway(header) {
        if (header.length === GoAwayCode.Normal) {
            this.remoteGoAway = true;
            return;
        }
        this.log(`[ERR] yamux: received go away with code ${header.length}`);
        this.close(new RemoteProtocolError(header.length));
    }
    keepAliveTick() {
        this.ping().catch((err) => {
            if (err instanceof TimeoutError) {
                this.log('[ERR] yamux: keepalive failed: i/o deadline reached');
                this.close(new KeepAliveTimeoutError());
            }
        });
    }
}

;// CONCATENATED MODULE: ./src/rpc/yamux/index.ts
// yamux as hashicorp/yamux speaks it (spec.md, const.go, session.go, stream.go).
// Sessions and streams



// Frames and codec



// Errors


;// CONCATENATED MODULE: ./src/rpc/errors.ts
/** MuxBroker outcomes (Packer `rpc/mux_broker.go`), one class each; check with `instanceof`. */
class BrokerError extends Error {
    constructor(message) {
        super(message);
        this.name = new.target.name;
    }
}
/** Nobody dialled the id within the accept timeout (Go: 5 s). */
class AcceptTimeoutError extends BrokerError {
    id;
    constructor(id) {
        super('timeout waiting for accept');
        this.id = id;
    }
}
/** The acceptor echoed another id than the one dialled. */
class BadAckError extends BrokerError {
    id;
    ack;
    constructor(id, ack) {
        super(`bad ack: ${ack} (expected ${id})`);
        this.id = id;
        this.ack = ack;
    }
}
/** The stream ended or failed before the 4-byte id or its ack arrived. */
class PreambleError extends BrokerError {
}

;// CONCATENATED MODULE: ./src/rpc/read-exactly.ts
/**
 * Reads exactly `n` bytes, leaving the rest in the stream for the next reader.
 * Rejects with `onShort(received)` when the stream ends, fails or closes first.
 */
function readExactly(stream, n, onShort) {
    return new Promise((resolve, reject) => {
        const cleanup = () => {
            stream.off('readable', onReadable);
            stream.off('end', onEnd);
            stream.off('error', onError);
            stream.off('close', onClose);
        };
        const fail = (why) => {
            cleanup();
            reject(onShort(why));
        };
        const onReadable = () => {
            const chunk = stream.read(n);
            if (chunk === null)
                return;
            if (chunk.length < n)
                return fail(`stream ended after ${chunk.length} of ${n} bytes`);
            cleanup();
            resolve(chunk);
        };
        const onEnd = () => fail(`stream ended before ${n} bytes`);
        const onError = (err) => fail(err.message);
        const onClose = () => fail('stream closed');
        stream.on('readable', onReadable);
        stream.on('end', onEnd);
        stream.on('error', onError);
        stream.on('close', onClose);
    });
}

;// CONCATENATED MODULE: ./src/rpc/mux-broker.ts


/** Go's MuxBroker waits this long in Accept, and for an inbound id to be claimed. */
const ACCEPT_TIMEOUT_MS = 5_000;
function encodeId(id) {
    const out = Buffer.alloc(4);
    out.writeUInt32LE(id >>> 0);
    return out;
}
/**
 * Packer's MuxBroker: many logical connections over one yamux session. Every stream starts
 * with the dialler writing a uint32 little-endian id; the acceptor of that id echoes it as
 * the ack. Ids belong to the side that allocates them (`nextId`): it accepts, sends the id
 * inside an RPC, and the peer dials. Id 0 is the plugin's main server.
 */
class MuxBroker {
    session;
    acceptTimeoutMs;
    pending = new Map();
    lastId = 0;
    constructor(session, options = {}) {
        this.session = session;
        this.acceptTimeoutMs = options.acceptTimeoutMs ?? ACCEPT_TIMEOUT_MS;
    }
    /** A fresh id of this side, counting 1, 2, 3… */
    nextId() {
        this.lastId = (this.lastId + 1) >>> 0;
        return this.lastId;
    }
    /** Accepts inbound streams and routes them by id until the session ends (Go `Run`). */
    async run() {
        for (;;) {
            let stream;
            try {
                stream = await this.session.accept();
            }
            catch {
                return;
            }
            void this.route(stream);
        }
    }
    /** Opens a stream to the peer's `id` and checks the ack. */
    async dial(id) {
        const stream = this.session.open();
        stream.on('error', () => undefined); // the preamble read reports it
        stream.write(encodeId(id));
        try {
            const ack = (await readExactly(stream, 4, (why) => new PreambleError(`dial ${id}: ${why}`))).readUInt32LE(0);
            if (ack !== id)
                throw new BadAckError(id, ack);
        }
        catch (err) {
            stream.destroy();
            throw err;
        }
        return stream;
    }
    /** Waits for the peer to dial `id`, acks it, and hands over the stream. */
    accept(id) {
        const entry = this.entry(id);
        const ack = (stream) => {
            stream.write(encodeId(id));
            return stream;
        };
        if (entry.stream) {
            const stream = entry.stream;
            this.forget(id);
            return Promise.resolve(ack(stream));
        }
        return new Promise((resolve, reject) => {
            entry.waiter = (stream) => resolve(ack(stream));
            entry.timer = setTimeout(() => {
                this.forget(id);
                reject(new AcceptTimeoutError(id));
            }, this.acceptTimeoutMs);
        });
    }
    async route(stream) {
        stream.on('error', () => undefined);
        let id;
        try {
            id = (await readExactly(stream, 4, (why) => new PreambleError(why))).readUInt32LE(0);
        }
        catch {
            stream.destroy();
            return;
        }
        const entry = this.entry(id);
        if (entry.waiter) {
            const deliver = entry.waiter;
            this.forget(id);
            deliver(stream);
            return;
        }
        if (entry.stream) {
            // Go's buffered channel holds one stream; a second dial of the same id is dropped.
            stream.destroy();
            return;
        }
        entry.stream = stream;
        entry.timer = setTimeout(() => {
            // Unclaimed: close it as Go does, so the dialler's ack read fails.
            this.forget(id);
            stream.end();
            stream.resume();
        }, this.acceptTimeoutMs);
    }
    entry(id) {
        let entry = this.pending.get(id);
        if (!entry) {
            entry = {};
            this.pending.set(id, entry);
        }
        return entry;
    }
    forget(id) {
        const entry = this.pending.get(id);
        if (entry?.timer)
            clearTimeout(entry.timer);
        this.pending.delete(id);
    }
}

;// CONCATENATED MODULE: ./src/rpc/index.ts
// Packer's plugin wire protocol, lowest layer: yamux, MuxBroker, net/rpc over msgpack.
// Transport

// Broker ids over the session


// net/rpc


;// CONCATENATED MODULE: ./src/plugins/child-life.ts
function watchChild(child, stderr) {
    let reason;
    const spawned = new Promise((resolve) => {
        child.once('spawn', () => resolve(undefined));
        child.once('error', (err) => {
            reason ??= `could not start: ${err.message}`;
            resolve(err);
        });
    });
    const exit = new Promise((resolve) => {
        child.once('exit', (code, signal) => {
            reason = code !== null ? `exited with status ${code}` : `killed by ${signal ?? 'a signal'}`;
            resolve(reason);
        });
        child.once('error', () => resolve(reason ?? 'could not start'));
    });
    child.stdout?.on('error', () => undefined);
    child.stderr?.on('error', () => undefined);
    child.stderr?.on('data', (chunk) => stderr.write(chunk));
    const stderrEnd = new Promise((resolve) => {
        if (!child.stderr)
            return resolve();
        child.stderr.once('close', () => {
            stderr.end();
            resolve();
        });
    });
    return { spawned, exit, stderrEnd, reason: () => reason };
}
/** `p`'s value, or undefined once `ms` have passed (or it rejected). */
function withTimeout(p, ms) {
    return new Promise((resolve) => {
        const t = setTimeout(() => resolve(undefined), ms);
        p.then((v) => {
            clearTimeout(t);
            resolve(v);
        }, () => {
            clearTimeout(t);
            resolve(undefined);
        });
    });
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./src/plugins/dial.ts

/** Connects to the address of the handshake; errors worded as Go's `dial unix …: connect: …`. */
function dialPlugin(hs) {
    return new Promise((resolve, reject) => {
        let socket;
        if (hs.network === 'unix') {
            socket = (0,external_node_net_.createConnection)({ path: hs.address });
        }
        else {
            const { host, port } = splitHostPort(hs.address);
            socket = (0,external_node_net_.createConnection)({ host, port });
        }
        socket.once('connect', () => {
            socket.removeAllListeners('error');
            if (hs.network === 'tcp')
                socket.setKeepAlive(true); // as Packer's netAddrDialer
            resolve(socket);
        });
        socket.once('error', (err) => {
            socket.destroy();
            reject(new Error(`dial ${hs.network} ${hs.address}: connect: ${errnoText(err)}`));
        });
    });
}
function splitHostPort(address) {
    const m = /^\[?([^\]]*)\]?:(\d+)$/.exec(address);
    if (!m)
        throw new Error(`dial tcp ${address}: missing port in address`);
    return { host: m[1], port: Number(m[2]) };
}
/** Go's strerror texts for what a connect can meet. */
function errnoText(err) {
    switch (err.code) {
        case 'ENOENT':
            return 'no such file or directory';
        case 'ECONNREFUSED':
            return 'connection refused';
        case 'EACCES':
            return 'permission denied';
        case 'ENOTSOCK':
            return 'socket operation on non-socket';
        default:
            return err.message;
    }
}

;// CONCATENATED MODULE: ./src/plugins/first-line.ts
/** A handshake is short; a plugin printing this much without a newline is not speaking it. */
const MAX_HANDSHAKE = 64 * 1024;
/**
 * Resolves with the first stdout line (without its newline; a last unterminated line counts, as
 * with Go's ReadBytes), or undefined when stdout ends empty. Everything after is read and
 * dropped, so the plugin never blocks on a full pipe.
 */
function readFirstLine(stdout) {
    return new Promise((resolve) => {
        const parts = [];
        let size = 0;
        let done = false;
        const finish = (line) => {
            if (done)
                return;
            done = true;
            resolve(line);
        };
        stdout.on('data', (chunk) => {
            if (done)
                return;
            const nl = chunk.indexOf(0x0a);
            if (nl >= 0) {
                parts.push(chunk.subarray(0, nl));
                return finish(Buffer.concat(parts).toString('utf8'));
            }
            parts.push(chunk);
            size += chunk.length;
            if (size > MAX_HANDSHAKE)
                finish(Buffer.concat(parts).toString('utf8'));
        });
        stdout.once('end', () => finish(size > 0 ? Buffer.concat(parts).toString('utf8') : undefined));
        stdout.once('error', () => finish(undefined));
    });
}

;// CONCATENATED MODULE: ./src/plugins/plugin-errors.ts

/** Why a plugin could not be started; the message names it and quotes its last log lines. */
class PluginStartError extends Error {
    plugin;
    reason;
    logTail;
    pid;
    constructor(plugin, reason, logTail, 
    /** The process that was started and has been reaped (undefined when spawning failed). */
    pid) {
        super(`${plugin}: ${reason}${formatTail(plugin, logTail)}`);
        this.plugin = plugin;
        this.reason = reason;
        this.logTail = logTail;
        this.pid = pid;
        this.name = 'PluginStartError';
    }
}
/** An RPC to a plugin whose process is gone: names the plugin and how it ended. */
class PluginShutdownError extends ShutdownError {
    plugin;
    exitReason;
    logTail;
    constructor(plugin, cause, exitReason, logTail) {
        super(`${plugin}: ${cause}: plugin ${exitReason}${formatTail(plugin, logTail)}`);
        this.plugin = plugin;
        this.exitReason = exitReason;
        this.logTail = logTail;
    }
}
function formatTail(plugin, tail) {
    if (tail.length === 0)
        return '';
    return `\nlast log lines of ${plugin}:\n${tail.map((l) => `  ${l}`).join('\n')}`;
}

;// CONCATENATED MODULE: ./src/plugins/plugin-rpc-client.ts


/** The connection can drop a moment before the exit is reported; wait this long for it. */
const plugin_rpc_client_EXIT_GRACE_MS = 2_000;
/**
 * The main net/rpc client of a plugin. A call that dies because the connection went away is
 * reported as the plugin's death (name, exit status, last log lines) instead of Go's bare
 * "connection is shut down"; it stays a ShutdownError for callers that test for one.
 */
class PluginRpcClient extends RpcClient {
    watch;
    constructor(stream, watch) {
        super(stream);
        this.watch = watch;
    }
    async call(serviceMethod, args) {
        try {
            return await super.call(serviceMethod, args);
        }
        catch (err) {
            if (!(err instanceof ShutdownError) || err instanceof PluginShutdownError)
                throw err;
            const reason = await this.watch.exitedWithin(plugin_rpc_client_EXIT_GRACE_MS);
            if (reason === undefined)
                throw new ShutdownError(`${this.watch.name}: ${err.message}`);
            throw new PluginShutdownError(this.watch.name, err.message, reason, this.watch.logTail());
        }
    }
}

// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
;// CONCATENATED MODULE: ./src/plugins/stderr-log.ts

/** Bytes of stderr kept for error messages, however much the plugin writes. */
const TAIL_BYTES = 8 * 1024;
/** A line longer than this is logged in pieces: a plugin without newlines cannot grow our memory. */
const MAX_LINE = 64 * 1024;
const TAIL_LINES = 10;
/**
 * Packer's logStderr: every stderr line re-logged as `<name> plugin: <line>`, right-trimmed.
 * Only a bounded tail is kept, for "exited before we could connect" and crash reports.
 */
class StderrLog {
    name;
    sink;
    decoder = new external_node_string_decoder_.StringDecoder('utf8');
    pending = '';
    tailText = '';
    truncated = false;
    constructor(name, sink) {
        this.name = name;
        this.sink = sink;
    }
    write(chunk) {
        const text = this.decoder.write(chunk);
        this.keepTail(text);
        if (!this.sink)
            return;
        this.pending += text;
        let nl;
        while ((nl = this.pending.indexOf('\n')) >= 0) {
            this.emit(this.pending.slice(0, nl));
            this.pending = this.pending.slice(nl + 1);
        }
        while (this.pending.length > MAX_LINE) {
            this.emit(this.pending.slice(0, MAX_LINE));
            this.pending = this.pending.slice(MAX_LINE);
        }
    }
    end() {
        const rest = this.decoder.end();
        this.keepTail(rest);
        if (!this.sink)
            return;
        this.pending += rest;
        if (this.pending !== '')
            this.emit(this.pending);
        this.pending = '';
    }
    /** The last few non-empty lines, right-trimmed (a first line cut by the bound is dropped). */
    tail() {
        const lines = this.tailText.split('\n');
        if (this.truncated)
            lines.shift();
        return lines.map((l) => l.trimEnd()).filter((l) => l !== '').slice(-TAIL_LINES);
    }
    emit(line) {
        // Go logs every line read, empty ones too (ReadString returns "\n").
        this.sink?.(`${this.name} plugin: ${line.trimEnd()}`);
    }
    keepTail(text) {
        if (text === '')
            return;
        this.tailText += text;
        if (this.tailText.length > TAIL_BYTES) {
            this.tailText = this.tailText.slice(-TAIL_BYTES);
            this.truncated = true;
        }
    }
}

;// CONCATENATED MODULE: ./src/plugins/process.ts











const DEFAULT_HANDSHAKE_TIMEOUT_MS = 60_000;
/** A grandchild can hold the stderr pipe after the plugin died; stop waiting for EOF then. */
const STDERR_GRACE_MS = 2_000;
/**
 * Packer's plugin client Start: spawn with the cookie, read the handshake line, connect, run a
 * yamux client session and the broker, dial the main server (id 0). Any failure kills the process
 * (and its process group) before the error, which names the plugin, is thrown.
 */
async function startPlugin(cmd, options = {}) {
    const name = pluginName(cmd);
    const stderr = new StderrLog(name, options.log);
    const child = (0,external_node_child_process_.spawn)(cmd.path, cmd.args ?? [], {
        env: pluginEnv(options.env ?? process.env),
        ...(options.cwd !== undefined ? { cwd: options.cwd } : {}),
        // Plugins never read stdin (Ui.Ask is an RPC); their own process group lets kill() reach
        // whatever a plugin spawned, and keeps a terminal's Ctrl-C for us to handle.
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
    });
    reapOnExit(child);
    const life = watchChild(child, stderr);
    const proc = new Process(name, child, stderr, life);
    const timeoutMs = options.handshakeTimeoutMs ?? DEFAULT_HANDSHAKE_TIMEOUT_MS;
    let timer;
    const deadline = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('timeout while waiting for plugin to start')), timeoutMs);
    });
    const died = life.exit.then((reason) => {
        throw new Error(`plugin exited before we could connect (${reason})`);
    });
    let onAbort = () => undefined;
    const aborted = new Promise((_, reject) => {
        onAbort = () => reject(new Error('cancelled while waiting for plugin to start'));
        if (options.signal?.aborted)
            onAbort();
        else
            options.signal?.addEventListener('abort', onAbort, { once: true });
    });
    const giveUp = Promise.race([deadline, aborted]);
    for (const p of [died, deadline, aborted, giveUp])
        p.catch(() => undefined);
    try {
        const spawned = await Promise.race([life.spawned, giveUp]);
        if (spawned)
            throw new Error(`fork/exec ${cmd.path}: ${errnoText(spawned)}`);
        const line = await Promise.race([readFirstLine(child.stdout), giveUp, died]);
        if (line === undefined)
            await Promise.race([died, giveUp]);
        const handshake = parseHandshake(shorten(line ?? ''));
        const dialling = dialPlugin(handshake);
        // A connection that completes after we gave up must not hold its descriptor open.
        dialling.then((socket) => void (proc.gaveUp && socket.destroy()), () => undefined);
        const socket = await Promise.race([dialling, giveUp, died]);
        await Promise.race([proc.connect(socket, handshake, options.log), giveUp, died]);
        return proc;
    }
    catch (err) {
        proc.gaveUp = true;
        await proc.kill();
        throw new PluginStartError(name, err instanceof Error ? err.message : String(err), stderr.tail(), child.pid);
    }
    finally {
        clearTimeout(timer);
        options.signal?.removeEventListener('abort', onAbort);
    }
}
class Process {
    name;
    child;
    stderr;
    life;
    broker;
    main;
    handshake;
    /** Set when the start failed: late results are discarded. */
    gaveUp = false;
    session;
    killing;
    constructor(name, child, stderr, life) {
        this.name = name;
        this.child = child;
        this.stderr = stderr;
        this.life = life;
    }
    get pid() {
        return this.child.pid ?? -1;
    }
    exitReason() {
        return this.life.reason();
    }
    async connect(socket, handshake, log) {
        this.handshake = handshake;
        this.session = new YamuxSession(socket, { role: 'client', ...(log ? { log: (m) => log(`${this.name}: ${m}`) } : {}) });
        this.broker = new MuxBroker(this.session);
        void this.broker.run();
        const stream = await this.broker.dial(0);
        this.main = new PluginRpcClient(stream, {
            name: this.name,
            exitedWithin: (ms) => withTimeout(this.life.exit, ms),
            logTail: () => this.stderr.tail(),
        });
    }
    kill() {
        this.killing ??= (async () => {
            this.session?.close();
            if (this.child.pid !== undefined)
                killGroup(this.child);
            await this.life.exit;
            if ((await withTimeout(this.life.stderrEnd.then(() => 'ended'), STDERR_GRACE_MS)) === undefined) {
                this.child.stderr?.destroy();
                this.stderr.end();
            }
            this.child.stdout?.destroy();
        })();
        return this.killing;
    }
}
/** Quoting a megabyte of garbage helps nobody. */
function shorten(line) {
    return line.length > 500 ? `${line.slice(0, 500)}…` : line;
}

;// CONCATENATED MODULE: ./src/plugins/component-set.ts



/**
 * Packer's component stores with plugins in them: a type served by a plugin binary overrides the
 * built-in of the same type, as in Packer. Every start is a new process (one per instance); the
 * set keeps them all and `close()` SIGKILLs them (Packer's CleanupClients). After close, starting
 * is refused, and a start still in flight is killed as it completes.
 */
function pluginComponentSet(plugins, builtins, options = {}, refused = []) {
    const started = new Set();
    const pending = new Set();
    let closing;
    // close() (or the caller's signal) gives up starts still waiting for a handshake.
    const stop = new AbortController();
    const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
    const start = async (kind, type, wrap) => {
        const component = plugins[kind].get(type);
        if (!component)
            throw new Error(`Unknown ${kind} ${type}`);
        if (closing)
            throw new Error(`cannot start ${kind} ${type}: the plugins are being shut down`);
        if (component.verifyChecksum)
            await verifyChecksum(component.command.path);
        const starting = startPlugin(component.command, { ...options, signal });
        pending.add(starting);
        const proc = await starting.finally(() => pending.delete(starting));
        started.add(proc);
        if (closing) {
            await proc.kill();
            throw new Error(`cannot start ${kind} ${type}: the plugins are being shut down`);
        }
        try {
            return wrap(proc);
        }
        catch (err) {
            started.delete(proc);
            await proc.kill();
            throw err;
        }
    };
    return {
        // Component `amazon-ebs` or the default `amazon` would have come from plugin `amazon`.
        whyUnknown: (_kind, type) => {
            const r = refused.find((p) => type === p.name || type.startsWith(`${p.name}-`));
            return r && `the installed plugin ${r.path} was refused: ${r.reason}`;
        },
        hasBuilder: (t) => plugins.builder.has(t) || builtins.hasBuilder(t),
        hasProvisioner: (t) => plugins.provisioner.has(t) || builtins.hasProvisioner(t),
        hasPostProcessor: (t) => plugins['post-processor'].has(t) || builtins.hasPostProcessor(t),
        startBuilder: (t) => (plugins.builder.has(t) ? start('builder', t, remoteBuilder) : builtins.startBuilder(t)),
        startProvisioner: (t) => plugins.provisioner.has(t) ? start('provisioner', t, remoteProvisioner) : builtins.startProvisioner(t),
        startPostProcessor: (t) => plugins['post-processor'].has(t) ? start('post-processor', t, remotePostProcessor) : builtins.startPostProcessor(t),
        close: () => (closing ??= (async () => {
            stop.abort();
            await Promise.all([...pending].map((p) => p.catch(() => undefined)));
            await Promise.all([...started].map((p) => p.kill()));
            await builtins.close?.();
        })()),
    };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/sdk/duration.ts
var duration = __webpack_require__(1394);
;// CONCATENATED MODULE: ./src/plugins/packer-log.ts

/** Packer's rule: PACKER_LOG set to anything but "" or "0" turns the log on. */
function packerLogEnabled(env) {
    const v = env['PACKER_LOG'];
    return v !== undefined && v !== '' && v !== '0';
}
/**
 * The PACKER_LOG sink: Go `log` lines (`2006/01/02 15:04:05 message`) to PACKER_LOG_PATH when
 * set, else to `stderr`; undefined when logging is off, so callers skip formatting altogether.
 */
function packerLogSink(env, stderr) {
    if (!packerLogEnabled(env))
        return undefined;
    const file = env['PACKER_LOG_PATH'];
    const write = file
        ? (s) => {
            try {
                (0,external_node_fs_.appendFileSync)(file, s);
            }
            catch {
                stderr(s); // an unwritable log path must not break the build
            }
        }
        : stderr;
    return (message) => write(`${goLogTime(new Date())} ${message}\n`);
}
function goLogTime(d) {
    const p = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}/${p(d.getMonth() + 1)}/${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

;// CONCATENATED MODULE: ./src/plugins/load.ts







/**
 * What a command needs: discover every plugin (resolvePlugins), log what Packer would log, and
 * return the built-ins overridden by plugins. Throws PackerConfigFileError on a broken config file.
 */
async function loadComponentSet(input, builtins, options = {}) {
    const resolved = await resolvePlugins(input);
    for (const n of resolved.notes)
        options.log?.(`[INFO] ${n}`);
    for (const w of resolved.warnings)
        options.log?.(`[WARN] ${w}`);
    return pluginComponentSet(resolved.components, builtins, {
        env: input.env,
        cwd: input.cwd,
        ...(options.log ? { log: options.log } : {}),
        ...(options.handshakeTimeoutMs !== undefined ? { handshakeTimeoutMs: options.handshakeTimeoutMs } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
    }, resolved.refused);
}
/**
 * The DiscoveryInput of this process: the executable's directory is the one of the script that
 * was run (bin/image-build.js), as Packer uses its own binary's; home is $HOME as Go's.
 */
function processDiscoveryInput(env, cwd) {
    const script = process.argv[1];
    let executableDir = external_node_path_.dirname(process.execPath);
    if (script) {
        try {
            executableDir = external_node_path_.dirname((0,external_node_fs_.realpathSync)(script));
        }
        catch {
            executableDir = external_node_path_.dirname(external_node_path_.resolve(cwd, script));
        }
    }
    return { executableDir, homeDir: env['HOME'] || external_node_os_.homedir(), cwd, env };
}
/**
 * The CLI's one call: this process's discovery input, PACKER_LOG's sink on `stderr`, the
 * built-ins overridden by plugins. The caller must `await close()` on every path.
 */
function componentsForCommand(io, builtins, signal) {
    const log = packerLogSink(io.env, (s) => io.stderr(s));
    const timeout = startTimeout(io.env);
    return loadComponentSet(processDiscoveryInput(io.env, io.cwd), builtins, {
        ...(log ? { log } : {}),
        ...(signal ? { signal } : {}),
        ...(timeout !== undefined ? { handshakeTimeoutMs: timeout } : {}),
    });
}
/**
 * IMAGE_BUILD_PLUGIN_START_TIMEOUT (a Go duration, e.g. `10s`): how long a plugin may take to
 * print its handshake. Packer has no such setting (its StartTimeout is a fixed minute, our default).
 */
const START_TIMEOUT_ENV = 'IMAGE_BUILD_PLUGIN_START_TIMEOUT';
function startTimeout(env) {
    const text = env[START_TIMEOUT_ENV];
    if (text === undefined || text === '')
        return undefined;
    let ms;
    try {
        ms = (0,duration/* parseDuration */.E9)(text);
    }
    catch (e) {
        throw new Error(`${START_TIMEOUT_ENV}=${text}: ${e.message}`);
    }
    if (ms <= 0)
        throw new Error(`${START_TIMEOUT_ENV}=${text}: must be more than 0`);
    return ms;
}

;// CONCATENATED MODULE: ./src/plugins/index.ts
// Plugins: where external components come from, and the life of their processes.
// Discovery (Packer 1.6.6 legacy rules): which external binaries serve which components.

// Where discovery looks; exposed so the CLI can explain it.

// The config file (`PACKER_CONFIG` or `~/.packerconfig`).

// Installed plugins (Packer ≥ 1.11 versioned layout), describe, checksums.




// Everything together, with precedence; the ComponentSet the core runs with.



// Process lifecycle: start, handshake, stderr log, kill, reaping.








/***/ })

};
