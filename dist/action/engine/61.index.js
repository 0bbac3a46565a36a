export const id = 61;
export const ids = [61,796];
export const modules = {

/***/ 9281:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __webpack_require__) => {

/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
// Bundling ssh2: the bundles ship without its optional native addons (package.json's allowScripts
// denies their builds, so dist/ is the same on every machine; ssh2 then uses its JS code) and
// without pagent.exe (Windows Pageant only; build:action removes it).
//
// ssh2's poly1305 (an emscripten module) reads the CommonJS `__dirname` when it loads; in our
// ESM bundle there is none and its init promise rejects, which kills the process. Imported before
// ssh2 so that the name exists. (Its wasm is inlined: the value is never used as a path.)


const g = globalThis;
g.__dirname ??= (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(import.meta.url));


/***/ }),

/***/ 9061:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SshTimeoutError: () => (/* reexport */ SshTimeoutError),
  waitForSsh: () => (/* reexport */ waitForSsh)
});

// UNUSED EXPORTS: CmdDisconnect, SshCommunicator, SshConfigError, SshDialError, SshHandshakeError, connectOnce, privateKeyFileProblem

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/communicator/ssh/cjs-globals.ts
var cjs_globals = __webpack_require__(9281);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: ./node_modules/ssh2/lib/index.js
var lib = __webpack_require__(5472);
;// CONCATENATED MODULE: ./src/communicator/ssh/errors.ts
/** A TCP connection (or the bastion's forwarding) to the ssh port failed: retried. */
class SshDialError extends Error {
}
/** The ssh handshake failed; `auth` when the server refused every credential offered. */
class SshHandshakeError extends Error {
    auth;
    constructor(message, auth = false) {
        super(message);
        this.auth = auth;
    }
}
/** Building the client configuration failed (agent socket, key parsing): retried, as in Packer. */
class SshConfigError extends Error {
}
/** `ssh_timeout` elapsed (packer StepConnectSSH's text). */
class SshTimeoutError extends Error {
    constructor() {
        super('Timeout waiting for SSH.');
    }
}
/** What packer prefixes to an authentication failure before giving up. */
function authFailureMessage(original) {
    return ('Packer experienced an authentication error when trying to connect via SSH. This can happen if your ' +
        'username/password are wrong. You may want to double-check your credentials as part of your debugging ' +
        `process. original error: ${original}`);
}

;// CONCATENATED MODULE: ./src/communicator/ssh/auth.ts



/**
 * The auth methods in the order Go's `ssh.ClientConfig.Auth` gets them from packer's
 * SSHConfigFunc: agent, private keys, password, keyboard-interactive answering with the password.
 * Go tries each method *name* once, so only the first "publickey" source counts (the agent when
 * enabled, else the first key) — kept, so that the same configs fail the same way.
 */
function authMethods(username, auth) {
    const methods = [];
    if (auth.agent) {
        const sock = process.env['SSH_AUTH_SOCK'];
        if (!sock)
            throw new SshConfigError('SSH_AUTH_SOCK is not set');
        methods.push({ type: 'agent', username, agent: sock });
    }
    for (const text of auth.privateKeys ?? []) {
        const parsed = lib.utils.parseKey(text);
        const key = Array.isArray(parsed) ? parsed[0] : parsed;
        if (!key || key instanceof Error) {
            throw new SshConfigError(`Error on parsing SSH private key: ${key instanceof Error ? key.message : 'no key found'}`);
        }
        methods.push({ type: 'publickey', username, key: key });
    }
    if (auth.password) {
        const password = auth.password;
        methods.push({ type: 'password', username, password });
        methods.push({
            type: 'keyboard-interactive',
            username,
            prompt: (_name, _instructions, _lang, prompts, finish) => finish(prompts.map(() => password)),
        });
    }
    return methods;
}
/** Go's method names: the agent is a source of public keys. */
const goName = (m) => (m.type === 'agent' ? 'publickey' : m.type);
/**
 * An ssh2 auth handler that walks `methods` as Go's client does (none first, then each untried
 * method name the server still accepts) and records the names tried, for Go's error text.
 */
function goAuthHandler(username, methods) {
    const tried = [];
    const handler = (methodsLeft, _partial, next) => {
        if (methodsLeft === null) {
            tried.push('none');
            return next({ type: 'none', username });
        }
        const m = methods.find((c) => !tried.includes(goName(c)) && methodsLeft.includes(goName(c)));
        if (!m)
            return next(false);
        tried.push(goName(m));
        return next(m);
    };
    return { handler, tried };
}
/** x/crypto/ssh's message once no method is left, as packer reports it. */
function unableToAuthenticate(tried) {
    return `ssh: handshake failed: ssh: unable to authenticate, attempted methods [${tried.join(' ')}], no supported methods remain`;
}

;// CONCATENATED MODULE: ./src/communicator/ssh/connect.ts





function abortError() {
    return new Error('SSH wait cancelled');
}
/** packer `ssh.ConnectFunc`: a TCP connection to host:port, cut short by `signal`. */
function dial(host, port, signal) {
    return new Promise((resolve, reject) => {
        const sock = (0,external_node_net_.connect)({ host, port });
        const onAbort = () => {
            sock.destroy();
            reject(abortError());
        };
        signal.addEventListener('abort', onAbort, { once: true });
        sock.once('connect', () => {
            signal.removeEventListener('abort', onAbort);
            sock.removeAllListeners('error');
            resolve(sock);
        });
        sock.once('error', (e) => {
            signal.removeEventListener('abort', onAbort);
            sock.destroy();
            reject(new SshDialError(`dial tcp ${host}:${port}: ${e.message}`));
        });
    });
}
/** The ssh handshake and authentication over `sock`; resolves once the session is ready. */
function handshake(sock, ep, opts, signal, extra = {}) {
    let methods;
    try {
        methods = authMethods(ep.username, ep.auth);
    }
    catch (e) {
        sock.destroy();
        return Promise.reject(e);
    }
    const { handler, tried } = goAuthHandler(ep.username, methods);
    return new Promise((resolve, reject) => {
        const client = new lib.Client();
        let settled = false;
        const fail = (e) => {
            if (settled)
                return;
            settled = true;
            signal.removeEventListener('abort', onAbort);
            client.end();
            sock.destroy();
            reject(e);
        };
        const onAbort = () => fail(abortError());
        signal.addEventListener('abort', onAbort, { once: true });
        client.once('ready', () => {
            if (settled)
                return;
            settled = true;
            signal.removeEventListener('abort', onAbort);
            resolve(client);
        });
        client.on('error', (e) => {
            if (e.level === 'client-authentication')
                fail(new SshHandshakeError(unableToAuthenticate(tried), true));
            else if (/timed out/i.test(e.message))
                fail(new SshHandshakeError('Timeout during SSH handshake'));
            else
                fail(new SshHandshakeError(`ssh: handshake failed: ${e.message}`));
        });
        client.once('close', () => fail(new SshHandshakeError('ssh: handshake failed: EOF')));
        const algorithms = {};
        if (opts.ciphers?.length)
            algorithms.cipher = opts.ciphers;
        if (opts.kexAlgorithms?.length)
            algorithms.kex = opts.kexAlgorithms;
        try {
            client.connect({
                sock: sock,
                username: ep.username,
                authHandler: handler,
                readyTimeout: opts.handshakeTimeoutMs ?? 60_000,
                keepaliveInterval: opts.keepAliveIntervalMs && opts.keepAliveIntervalMs > 0 ? opts.keepAliveIntervalMs : 0,
                algorithms,
                ...extra,
            });
        }
        catch (e) {
            fail(new SshHandshakeError(`ssh: handshake failed: ${e.message}`));
        }
    });
}
/** A channel from the bastion to host:port (packer `ssh.BastionConnectFunc`). */
function forward(bastion, host, port) {
    return new Promise((resolve, reject) => {
        bastion.forwardOut('127.0.0.1', 0, host, port, (err, stream) => {
            if (err)
                reject(new SshDialError(`Error connecting to ${host}:${port} through the bastion: ${err.message}`));
            else
                resolve(stream);
        });
    });
}
/**
 * One connection attempt (packer's `connFunc` then `ssh.New`): dial, through the bastion when
 * one is set, then handshake. Errors are SshDialError, SshHandshakeError or SshConfigError.
 */
async function connectOnce(opts, signal) {
    let bastion;
    let sock;
    if (opts.bastion) {
        const b = opts.bastion;
        bastion = await handshake(await dial(b.host, b.port, signal), b, opts, signal, { keepaliveInterval: 0 });
        try {
            sock = await forward(bastion, opts.host, opts.port);
        }
        catch (e) {
            bastion.end();
            throw e;
        }
    }
    else {
        const tcp = await dial(opts.host, opts.port, signal);
        if (opts.readWriteTimeoutMs && opts.readWriteTimeoutMs > 0) {
            // Go's timeoutConn: a read or write that waits longer than this fails the connection.
            tcp.setTimeout(opts.readWriteTimeoutMs, () => tcp.destroy(new Error('i/o timeout')));
        }
        sock = tcp;
    }
    try {
        // packer forwards the local agent whenever SSH_AUTH_SOCK is set, unless told not to.
        const agentSock = process.env['SSH_AUTH_SOCK'];
        const forwarding = agentSock && !opts.disableAgentForwarding ? { agent: agentSock, agentForward: true } : {};
        const client = await handshake(sock, opts, opts, signal, forwarding);
        if (bastion) {
            const b = bastion;
            client.once('close', () => b.end());
        }
        return { client, bastion };
    }
    catch (e) {
        bastion?.end();
        throw e;
    }
}

// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
;// CONCATENATED MODULE: ./src/communicator/ssh/options.ts
/** packer `packersdk.CmdDisconnect`: the exit status of a command whose connection was lost. */
const CmdDisconnect = 2300218;

;// CONCATENATED MODULE: ./src/communicator/ssh/exec.ts


/** Go's `ssh.Waitmsg` status for a command killed by a signal: 128 + the signal's number. */
const signalNumbers = {
    ABRT: 6, ALRM: 14, FPE: 8, HUP: 1, ILL: 4, INT: 2, KILL: 9, PIPE: 13, QUIT: 3, SEGV: 11, TERM: 15, USR1: 10, USR2: 12,
};
function signalStatus(name) {
    return 128 + (signalNumbers[name.replace(/^SIG/, '')] ?? 0);
}
/** packer's pty request: xterm 40x80, no echo, 14.4 kbaud. */
const packerPty = {
    term: 'xterm',
    rows: 40,
    cols: 80,
    modes: { ECHO: 0, TTY_OP_ISPEED: 14400, TTY_OP_OSPEED: 14400 },
};
/** Opens a session channel running `command` (ssh2's exec, as a promise). */
function openExec(client, command, opts = {}) {
    return new Promise((resolve, reject) => {
        try {
            client.exec(command, opts, (err, ch) => (err ? reject(err) : resolve(ch)));
        }
        catch (e) {
            reject(e);
        }
    });
}
/** Resolves with the channel's exit status once it has closed (Go's session.Wait). */
function channelExit(ch) {
    return new Promise((resolve) => {
        let status = CmdDisconnect; // no exit-status nor exit-signal: packer's "disconnected"
        ch.on('exit', (code, signal) => {
            if (typeof code === 'number')
                status = code;
            else if (signal)
                status = signalStatus(signal);
        });
        ch.once('close', () => resolve(status));
    });
}
/**
 * packer `comm.Start` + `RemoteCmd.Wait`: runs the command (with a newline, as packer sends it),
 * feeds stdin (or EOF at once), streams stdout/stderr into the caller's writers without ending
 * them, and resolves with the exit status. Aborting closes the channel after asking the remote
 * side to stop the command.
 */
async function execCommand(client, cmd, opts, signal) {
    const execOpts = {};
    if (opts.pty)
        execOpts.pty = packerPty;
    const ch = await openExec(client, cmd.command + '\n', execOpts);
    const exited = channelExit(ch);
    let onAbandon = () => undefined;
    if (cmd.stdout)
        ch.pipe(cmd.stdout, { end: false });
    else
        ch.resume();
    if (cmd.stderr)
        ch.stderr.pipe(cmd.stderr, { end: false });
    else
        ch.stderr.resume();
    if (cmd.stdin) {
        cmd.stdin.on('error', () => ch.end());
        cmd.stdin.pipe(ch);
    }
    else
        ch.end();
    // sshd keeps a channel open until its command ends, and may ignore signal requests (no pty):
    // after a short grace the command is reported lost rather than waited for.
    let giveUp;
    const abandoned = new Promise((resolve) => {
        onAbandon = () => {
            giveUp = setTimeout(() => resolve(CmdDisconnect), 2000);
            giveUp.unref();
        };
    });
    const onAbort = () => {
        try {
            ch.signal('TERM');
        }
        catch {
            // The channel may already be closing.
        }
        ch.close();
        onAbandon();
    };
    if (signal?.aborted)
        onAbort();
    else
        signal?.addEventListener('abort', onAbort, { once: true });
    try {
        // All output is delivered before the status is: the readers must reach their end too.
        const drained = (s) => (0,promises_.finished)(s, { writable: false }).catch(() => undefined);
        const ended = Promise.all([exited, drained(ch), drained(ch.stderr)]).then(([status]) => status);
        return await Promise.race([ended, abandoned]);
    }
    finally {
        if (giveUp)
            clearTimeout(giveUp);
        signal?.removeEventListener('abort', onAbort);
        if (cmd.stdin)
            cmd.stdin.unpipe(ch);
        if (cmd.stdout)
            ch.unpipe(cmd.stdout);
        if (cmd.stderr)
            ch.stderr.unpipe(cmd.stderr);
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/communicator/ssh/exclude.ts

/**
 * An excluded entry is one whose path below the copied directory, or whose name, is listed — the
 * rule of the local communicator. (Packer's ssh communicator ignores excludes; its only caller,
 * the file provisioner, passes none.)
 */
function isExcluded(rel, exclude) {
    if (rel === '' || exclude.length === 0)
        return false;
    return exclude.includes(rel) || exclude.includes((0,external_node_path_.basename)(rel));
}

;// CONCATENATED MODULE: ./src/communicator/ssh/reader.ts
/** Go's io.EOF, which packer's scp session treats as "the other side ended early". */
class EOFError extends Error {
    constructor() {
        super('EOF');
    }
}
/** Writes with backpressure (Go's blocking Write). */
function writeAll(w, data) {
    return new Promise((resolve, reject) => {
        const onError = (e) => reject(e);
        w.once('error', onError);
        const ok = w.write(data, (e) => {
            w.removeListener('error', onError);
            if (e)
                reject(e);
            else if (ok)
                resolve();
        });
        if (!ok)
            w.once('drain', () => resolve());
    });
}
/**
 * A bufio.Reader over a stream, for the scp protocol: bytes, lines, and exactly n bytes copied
 * on. It pulls only what it needs, so the stream keeps its backpressure.
 */
class BufReader {
    buf = Buffer.alloc(0);
    ended = false;
    it;
    constructor(src) {
        this.it = src[Symbol.asyncIterator]();
    }
    async fill() {
        if (this.ended)
            return false;
        const { value, done } = await this.it.next();
        if (done) {
            this.ended = true;
            return false;
        }
        this.buf = this.buf.length ? Buffer.concat([this.buf, value]) : value;
        return true;
    }
    async readByte() {
        while (this.buf.length === 0)
            if (!(await this.fill()))
                throw new EOFError();
        const b = this.buf[0];
        this.buf = this.buf.subarray(1);
        return b;
    }
    /** Up to and including '\n' (Go's ReadString('\n')); EOF when the stream ends first. */
    async readLine() {
        for (;;) {
            const i = this.buf.indexOf(0x0a);
            if (i >= 0) {
                const line = this.buf.subarray(0, i + 1).toString('utf8');
                this.buf = this.buf.subarray(i + 1);
                return line;
            }
            if (!(await this.fill()))
                throw new EOFError();
        }
    }
    /** io.CopyN: exactly n bytes to `dst`. */
    async copyN(dst, n) {
        let left = n;
        while (left > 0) {
            if (this.buf.length === 0 && !(await this.fill()))
                throw new EOFError();
            const chunk = this.buf.subarray(0, Math.min(left, this.buf.length));
            this.buf = this.buf.subarray(chunk.length);
            left -= chunk.length;
            await writeAll(dst, chunk);
        }
    }
    /** What is left (io.ReadAll). */
    async rest() {
        while (await this.fill())
            ;
        const all = this.buf;
        this.buf = Buffer.alloc(0);
        return all;
    }
}

;// CONCATENATED MODULE: ./src/communicator/ssh/scp-session.ts


/**
 * packer-plugin-sdk `scpSession`: runs `command` (the remote scp in source or sink mode), lets
 * `f` speak the protocol, closes stdin and waits. An EOF from the other side is not an error in
 * itself (the exit status tells); status 127 means there is no scp there.
 */
async function scpSession(client, command, f) {
    const ch = await openExec(client, command);
    const exited = channelExit(ch);
    ch.stderr.resume(); // scp -v's chatter, which packer only logs
    const r = new BufReader(ch);
    try {
        await f(ch, r);
    }
    catch (e) {
        if (!(e instanceof EOFError)) {
            ch.close();
            throw e;
        }
    }
    ch.end();
    const drain = r.rest().catch(() => Buffer.alloc(0));
    const status = await exited;
    await drain;
    if (status !== 0) {
        if (status === 127)
            throw new Error('SCP failed to start. This usually means that SCP is not\nproperly installed on the remote system.');
        throw new Error(`Process exited with status ${status}`);
    }
}
/** checkSCPStatus: a 0 byte, or 1/2 followed by the error line. */
async function checkStatus(r) {
    const code = await r.readByte();
    if (code === 0)
        return;
    let line;
    try {
        line = await r.readLine();
    }
    catch (e) {
        throw new Error(`Error reading error message: ${e.message}`);
    }
    throw new Error(line.replace(/\r?\n$/, ''));
}
const perms = (mode) => (mode & 0o777).toString(8).padStart(4, '0');

;// CONCATENATED MODULE: ./src/communicator/ssh/scp-download.ts






/** Go's strconv.Quote, enough for paths. */
const goQuote = (s) => JSON.stringify(s);
/** scp -vf: one remote file into `output`. */
function scpDownload(client, path, output) {
    const command = path.includes(' ') ? `scp -vf ${goQuote(path)}` : `scp -vf ${path}`;
    return scpSession(client, command, async (w, r) => {
        await writeAll(w, '\x00');
        const fi = await r.readLine();
        switch (fi[0]) {
            case '\x01':
            case '\x02':
                throw new Error(fi.slice(1)); // with its newline, as packer reports it
            case 'C':
                break;
            case 'D':
                throw new Error('remote file is directory');
            default:
                throw new Error(`unexpected server response (${fi.charCodeAt(0).toString(16)})`);
        }
        const m = /^C(\S{1,5})\s+(-?\d+)\s/.exec(fi);
        if (!m)
            throw new Error(`can't parse server response (${fi})`);
        const size = Number(m[2]);
        if (size < 0)
            throw new Error('negative file size');
        await writeAll(w, '\x00');
        await r.copyN(output, size);
        await writeAll(w, '\x00');
        await checkStatus(r);
    });
}
/** scp -vrf src: the remote directory, created by its name inside the local `dst`. */
function scpDownloadDir(client, src, dst, exclude) {
    return scpSession(client, `scp -vrf ${src}`, async (w, r) => {
        const stack = [dst];
        const rels = [];
        const skipped = [];
        for (;;) {
            await writeAll(w, '\x00');
            const fi = await r.readLine();
            if (fi.length === 0)
                throw new Error('empty response from server');
            const kind = fi[0];
            if (kind === '\x01' || kind === '\x02')
                throw new Error(fi.slice(1));
            if (kind === 'E') {
                stack.pop();
                rels.pop();
                skipped.pop();
                if (stack.length === 0) {
                    await writeAll(w, '\x00');
                    return;
                }
                continue;
            }
            if (kind !== 'C' && kind !== 'D')
                throw new Error(`unexpected server response (${fi.charCodeAt(0).toString(16)})`);
            const m = /^[CD]([0-7]+) (\d+) (\S+)/.exec(fi);
            if (!m)
                throw new Error(`can't parse server response (${fi})`);
            const mode = parseInt(m[1], 8);
            const size = Number(m[2]);
            const name = m[3];
            const dir = (0,external_node_path_.join)(...stack);
            // The top directory is the one asked for: excludes apply below it.
            const rel = [...rels.slice(1), name].join('/');
            const skip = skipped.includes(true) || (rels.length > 0 && isExcluded(rel, exclude));
            if (kind === 'D') {
                if (!skip)
                    await (0,external_node_fs_promises_.mkdir)((0,external_node_path_.join)(dir, name), { recursive: true, mode });
                stack.push(name);
                rels.push(name);
                skipped.push(skip);
                continue;
            }
            await writeAll(w, '\x00');
            if (skip)
                await r.copyN(devNull(), size);
            else {
                const f = await (0,external_node_fs_promises_.open)((0,external_node_path_.join)(dir, name), 'w', mode);
                const out = f.createWriteStream();
                try {
                    await r.copyN(out, size);
                }
                finally {
                    await new Promise((res) => out.end(res));
                }
            }
            await checkStatus(r);
        }
    });
}
function devNull() {
    return (0,external_node_fs_.createWriteStream)('/dev/null');
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/communicator/ssh/scp-upload.ts








/** scpUploadFile: the C record, the bytes, a 0. Without a regular file's info, sizes via a temp file. */
async function uploadFile(name, src, w, r, info) {
    let tmp;
    let mode = 0o644;
    let size;
    try {
        if (info) {
            mode = info.mode;
            size = info.size;
        }
        else {
            tmp = await (0,external_node_fs_promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'packer-upload'));
            const file = (0,external_node_path_.join)(tmp, 'data');
            await (0,promises_.pipeline)(src, (0,external_node_fs_.createWriteStream)(file));
            size = (await (0,external_node_fs_promises_.stat)(file)).size;
            src = (0,external_node_fs_.createReadStream)(file);
        }
        await writeAll(w, `C${perms(mode)} ${size} ${name}\n`);
        await checkStatus(r);
        await copyN(src, w, size);
        await writeAll(w, '\x00');
        await checkStatus(r);
    }
    finally {
        if (tmp)
            await (0,external_node_fs_promises_.rm)(tmp, { recursive: true, force: true });
    }
}
/** io.CopyN from a stream: exactly `n` bytes, EOF when it has fewer. */
async function copyN(src, w, n) {
    let left = n;
    for await (const chunk of src) {
        const part = chunk.length > left ? chunk.subarray(0, left) : chunk;
        if (part.length)
            await writeAll(w, part);
        left -= part.length;
        if (left === 0)
            break;
    }
    if (left > 0)
        throw new EOFError();
}
/** scp -vt: one file named `name` into directory `dir`. */
function scpUpload(client, dir, name, src, info) {
    return scpSession(client, `scp -vt ${dir}`, (w, r) => uploadFile(name, src, w, r, info));
}
async function uploadDirProtocol(name, mode, w, r, body) {
    await writeAll(w, `D${perms(mode)} 0 ${name}\n`);
    await checkStatus(r);
    await body();
    await writeAll(w, 'E\n');
    await checkStatus(r);
}
/**
 * scpUploadDirWithTracking: each entry of `root` (symlinks followed, a directory reached twice
 * through links sent once); files keep their mode, a symlinked file goes as 0644 as in packer.
 */
async function uploadEntries(root, rel, w, r, visited, exclude) {
    const real = await (0,external_node_fs_promises_.realpath)(root);
    if (visited.has(real))
        return;
    visited.add(real);
    for (const name of await (0,external_node_fs_promises_.readdir)(root)) {
        const path = (0,external_node_path_.join)(root, name);
        const relPath = rel ? `${rel}/${name}` : name;
        if (isExcluded(relPath, exclude))
            continue;
        const fi = await (0,external_node_fs_promises_.lstat)(path);
        const isLink = fi.isSymbolicLink();
        const target = isLink ? await (0,external_node_fs_promises_.stat)(path) : fi;
        if (!target.isDirectory()) {
            const info = fi.isFile() ? { name, size: fi.size, mode: fi.mode & 0o777 } : undefined;
            await uploadFile(name, (0,external_node_fs_.createReadStream)(path), w, r, info);
            continue;
        }
        await uploadDirProtocol(name, fi.mode, w, r, () => uploadEntries(path, relPath, w, r, visited, exclude));
    }
}
/** scp -rvt dst: `src` itself (no trailing slash) or only its contents (trailing slash). */
function scpUploadDir(client, dst, src, exclude) {
    return scpSession(client, `scp -rvt ${dst}`, async (w, r) => {
        const visited = new Set();
        if (!src.endsWith('/')) {
            const fi = await (0,external_node_fs_promises_.stat)(src);
            await uploadDirProtocol((0,external_node_path_.basename)(src), fi.mode, w, r, () => uploadEntries(src, '', w, r, visited, exclude));
        }
        else
            await uploadEntries(src, '', w, r, visited, exclude);
    });
}

;// CONCATENATED MODULE: ./src/communicator/ssh/sftp.ts





const fxNames = {
    1: 'SSH_FX_EOF', 4: 'SSH_FX_FAILURE', 5: 'SSH_FX_BAD_MESSAGE', 6: 'SSH_FX_NO_CONNECTION',
    7: 'SSH_FX_CONNECTION_LOST', 8: 'SSH_FX_OP_UNSUPPORTED',
};
/** pkg/sftp's error texts: "no such file" and "permission denied" become Go's os errors. */
function sftpError(e) {
    const err = e;
    if (err.code === 2)
        return new Error('file does not exist');
    if (err.code === 3)
        return new Error('permission denied');
    if (typeof err.code === 'number')
        return new Error(`sftp: "${err.message}" (${fxNames[err.code] ?? `SSH_FX_${err.code}`})`);
    return err instanceof Error ? err : new Error(String(e));
}
function openSftp(client) {
    return new Promise((resolve, reject) => client.sftp((err, s) => (err ? reject(err) : resolve(s))));
}
/** packer `sftpSession`: an sftp subsystem for the duration of `f`. */
async function sftpSession(client, f) {
    let s;
    try {
        s = await openSftp(client);
    }
    catch (e) {
        // x/crypto's text for a server without the sftp subsystem.
        const msg = e.message.startsWith('Unable to start subsystem') ? 'ssh: subsystem request failed' : e.message;
        throw new Error(`sftpSession error: ${msg}`);
    }
    try {
        return await f(s);
    }
    finally {
        s.end();
    }
}
/** Go's filepath.Join: cleaned, no trailing slash. */
const goJoin = (...parts) => external_node_path_.posix.join(...parts).replace(/(.)\/+$/, '$1');
const call = (fn) => new Promise((resolve, reject) => fn((err, v) => (err ? reject(sftpError(err)) : resolve(v))));
/** sftpUploadFile (1.6.6): into a directory when `path` is one; the sent mode set afterwards. */
async function sftp_uploadFile(s, isDir, path, src, info, regular = true) {
    if (info && (await isDir(path)))
        path = goJoin(path, (0,external_node_path_.basename)(info.name));
    try {
        await (0,promises_.pipeline)(src, s.createWriteStream(path, { flags: 'w' }));
    }
    catch (e) {
        throw sftpError(e);
    }
    if (info && regular)
        await call((cb) => s.chmod(path, info.mode & 0o777, cb));
}
function sftpUpload(client, isDir, path, src, info) {
    return sftpSession(client, (s) => sftp_uploadFile(s, isDir, path, src, info));
}
/** sftpMkdir: an existing directory is fine; the mode is set either way. */
async function mkdirMode(s, path, mode) {
    try {
        await call((cb) => s.mkdir(path, cb));
    }
    catch (e) {
        const st = await call((cb) => s.lstat(path, cb)).catch(() => undefined);
        if (!st?.isDirectory())
            throw e;
    }
    await call((cb) => s.chmod(path, mode & 0o777, cb));
}
/** filepath.Walk: lexical order, links not followed (a linked file is sent by content). */
async function walk(path, visit) {
    const fi = await (0,external_node_fs_promises_.lstat)(path);
    const descend = await visit(path, fi.isDirectory(), fi.mode, fi.isFile());
    if (!fi.isDirectory() || !descend)
        return;
    for (const name of (await (0,external_node_fs_promises_.readdir)(path)).sort())
        await walk((0,external_node_path_.join)(path, name), visit);
}
/**
 * sftpUploadDirSession: `src` without a trailing slash lands as dst/<basename>, with one its
 * contents land in dst; `dst` itself is never created (unless spelled differently, as in packer).
 */
function sftpUploadDir(client, isDir, dst, src, exclude) {
    return sftpSession(client, async (s) => {
        const rootDst = src.endsWith('/') ? dst : goJoin(dst, (0,external_node_path_.basename)(src));
        await walk(src, async (path, dir, mode, regular) => {
            const rel = (0,external_node_path_.relative)(src, path);
            if (isExcluded(rel, exclude))
                return false;
            const finalDst = goJoin(rootDst, rel || '.');
            if (finalDst === dst)
                return true;
            if (dir)
                await mkdirMode(s, finalDst, mode);
            else
                await sftp_uploadFile(s, isDir, finalDst, (0,external_node_fs_.createReadStream)(path), { name: (0,external_node_path_.basename)(path), size: 0, mode }, regular);
            return true;
        });
    });
}
function sftpDownload(client, path, output) {
    return sftpSession(client, async (s) => {
        try {
            await (0,promises_.pipeline)(s.createReadStream(path), output, { end: false });
        }
        catch (e) {
            throw sftpError(e);
        }
    });
}

;// CONCATENATED MODULE: ./src/communicator/ssh/communicator.ts






/** Go's filepath.Dir: everything up to the last slash, cleaned ("/a/b/" gives "/a/b"). */
function goDir(p) {
    const i = p.lastIndexOf('/');
    if (i < 0)
        return '.';
    return external_node_path_.posix.normalize(p.slice(0, i + 1)).replace(/(.)\/+$/, '$1');
}
/**
 * packer-plugin-sdk's ssh communicator on ssh2: commands over exec channels, files over scp
 * (the remote `scp -t/-f`) or sftp. A session that cannot be opened reconnects once, as packer's
 * newSession does. `close` ends the connection (and the bastion's).
 */
class SshCommunicator {
    conn;
    opts;
    closed = false;
    constructor(conn, opts) {
        this.conn = conn;
        this.opts = opts;
    }
    /** packer newSession: use the connection, or reconnect once if it is gone. */
    async withClient(f) {
        if (this.closed)
            throw new Error('client not available');
        try {
            return await f(this.conn.client);
        }
        catch (e) {
            if (!/not connected|No response from server|closed|ECONNRESET/i.test(e.message))
                throw e;
            this.conn.client.end();
            this.conn = await connectOnce(this.opts, new AbortController().signal);
            return f(this.conn.client);
        }
    }
    start(cmd, signal) {
        return this.withClient(async (c) => ({ exitStatus: await execCommand(c, cmd, { pty: this.opts.pty }, signal) }));
    }
    /** `test -d "<path>"`, packer 1.6.6's check before an upload. */
    async isRemoteDir(path) {
        const { exitStatus } = await this.start({ command: `test -d "${path}"` });
        return exitStatus === 0;
    }
    async upload(dst, src, info) {
        const isDir = (p) => this.isRemoteDir(p);
        if (this.opts.fileTransfer === 'sftp')
            return this.withClient((c) => sftpUpload(c, isDir, dst, src, info));
        let dir = goDir(dst);
        let name = external_node_path_.posix.basename(dst);
        if (info && (await isDir(dst))) {
            dir = dst;
            name = external_node_path_.posix.basename(info.name);
        }
        return this.withClient((c) => scpUpload(c, dir, name, src, info));
    }
    uploadDir(dst, src, exclude = []) {
        if (this.opts.fileTransfer === 'sftp') {
            return this.withClient((c) => sftpUploadDir(c, (p) => this.isRemoteDir(p), dst, src, exclude));
        }
        return this.withClient((c) => scpUploadDir(c, dst, src, exclude));
    }
    download(src, dst) {
        if (this.opts.fileTransfer === 'sftp')
            return this.withClient((c) => sftpDownload(c, src, dst));
        return this.withClient((c) => scpDownload(c, src, dst));
    }
    /** Always scp, whatever the transfer method (as packer). */
    downloadDir(src, dst, exclude = []) {
        return this.withClient((c) => scpDownloadDir(c, src, dst, exclude));
    }
    /** Ends the connection; resolves once the socket is closed. Idempotent. */
    async close() {
        if (this.closed)
            return;
        this.closed = true;
        const { client, bastion } = this.conn;
        await new Promise((resolve) => {
            const t = setTimeout(resolve, 5000);
            t.unref();
            client.once('close', () => {
                clearTimeout(t);
                resolve();
            });
            client.end();
        });
        bastion?.end();
    }
}

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./src/sdk/index.ts + 3 modules
var sdk = __webpack_require__(5989);
;// CONCATENATED MODULE: ./src/communicator/ssh/wait.ts





/** Resolves after `ms`, or at once when `signal` aborts (the loop then sees the abort). */
const sleep = (ms, signal) => (0,external_node_timers_promises_.setTimeout)(ms, undefined, { signal }).catch(() => undefined);
/**
 * packer StepConnectSSH's wait: try to connect until it works, retrying refused connections and
 * failed handshakes, giving up after `handshakeAttempts` authentication failures (their error,
 * wrapped as Packer does) or when `timeoutMs` has passed (SshTimeoutError). Aborting `signal`
 * stops at once with CancelledError; nothing is left open.
 */
async function waitForSsh(opts, w, signal) {
    const stop = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
        timedOut = true;
        stop.abort();
    }, w.timeoutMs);
    const onAbort = () => stop.abort();
    signal.addEventListener('abort', onAbort, { once: true });
    if (signal.aborted)
        stop.abort();
    const log = w.log ?? (() => undefined);
    let authFailures = 0;
    try {
        for (let first = true;; first = false) {
            if (!first)
                await sleep(w.retryDelayMs ?? 5000, stop.signal);
            if (stop.signal.aborted)
                break;
            try {
                const conn = await connectOnce(opts, stop.signal);
                if (stop.signal.aborted) {
                    conn.client.end();
                    break;
                }
                return new SshCommunicator(conn, opts);
            }
            catch (e) {
                if (stop.signal.aborted)
                    break;
                const err = e;
                log(`[DEBUG] SSH connection attempt failed: ${err.message}`);
                if (err instanceof SshHandshakeError && err.auth) {
                    authFailures++;
                    if (authFailures >= w.handshakeAttempts)
                        throw new Error(authFailureMessage(err.message));
                    await sleep(w.authRetryDelayMs ?? 2000, stop.signal);
                }
            }
        }
        if (timedOut && !signal.aborted)
            throw new SshTimeoutError();
        throw new sdk/* CancelledError */.cc();
    }
    finally {
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
    }
}

// EXTERNAL MODULE: ./src/communicator/ssh/key-file.ts
var key_file = __webpack_require__(6796);
;// CONCATENATED MODULE: ./src/communicator/ssh/index.ts
// The ssh communicator: connect (packer's wait loop), then commands and file transfers.








/***/ }),

/***/ 6796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   privateKeyFileProblem: () => (/* binding */ privateKeyFileProblem)
/* harmony export */ });
/* harmony import */ var _cjs_globals_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9281);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var ssh2__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5472);
/* harmony import */ var ssh2__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(ssh2__WEBPACK_IMPORTED_MODULE_2__);



/**
 * packer's `FileSigner` check at prepare time: a private key file that holds no usable key is a
 * config error then, not five minutes of "Waiting for SSH" later. Returns the error text in
 * Packer 1.6.6's words (`path` as the user wrote it), or undefined for a good key.
 */
function privateKeyFileProblem(fullPath, path) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(fullPath);
    }
    catch (e) {
        return `Failed to read key '${path}': ${e.message}`;
    }
    const parsed = ssh2__WEBPACK_IMPORTED_MODULE_2__.utils.parseKey(text);
    const key = Array.isArray(parsed) ? parsed[0] : parsed;
    if (key && !(key instanceof Error))
        return undefined;
    if (key instanceof Error && /passphrase|encrypted/i.test(key.message))
        return 'ssh: this private key is passphrase protected';
    return `Failed to read key '${path}': no key found`;
}


/***/ })

};
