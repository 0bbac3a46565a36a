import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 2250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:events"
const external_node_events_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/ui/github/commands.ts

/**
 * Workflow commands on the step's stdout, escaped exactly as @actions/core does
 * (actions/toolkit packages/core/src/command.ts, `escapeData` / `escapeProperty`): the runner
 * unescapes `%25`, `%0D`, `%0A` in data and also `%3A`, `%2C` in properties
 * (actions/runner src/Runner.Common/ActionCommand.cs). `%` goes first, or `%0A` in a value would
 * come back as a newline.
 */
function escapeData(s) {
    return s.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
/** `::name k=v,k=v::message`; empty properties are left out, as toolkit's Command does. */
function commands_workflowCommand(name, props, message) {
    const list = Object.entries(props)
        .filter((p) => p[1] !== undefined && p[1] !== '')
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
    return `::${name}${list.length > 0 ? ` ${list.join(',')}` : ''}::${escapeData(message)}`;
}
/**
 * Build output must never act as a workflow command. The runner reads its stdout line by line,
 * where `\r` also ends a line (.NET ReadLine), and takes a line as a command when, after leading
 * blanks, it starts with `::` (v2) or holds `##[` anywhere (the v1 syntax it still parses). Our
 * `==> web: ` prefixes defeat the first but not the second, and a diagnostic or error text has no
 * prefix at all. Escaping would change what the user reads, so such a line is printed between
 * `::stop-commands::<token>` and `::<token>::` — GitHub's own answer — with a token no build can
 * know (random per renderer). Clean lines, the vast majority, are printed as they are.
 */
class commands_CommandGuard {
    token = `image-build-${randomUUID().replaceAll('-', '')}`;
    /** The text to write for these plain lines (each ends in `\n`). */
    lines(lines) {
        let out = '';
        let stopped = false;
        for (const l of lines) {
            const risky = isRisky(l);
            if (risky && !stopped)
                out += `::stop-commands::${this.token}\n`;
            if (!risky && stopped)
                out += `::${this.token}::\n`;
            stopped = risky;
            out += `${l}\n`;
        }
        if (stopped)
            out += `::${this.token}::\n`;
        return out;
    }
}
function isRisky(line) {
    if (line.includes('##['))
        return true;
    return line.split('\r').some((part) => part.trimStart().startsWith('::'));
}

;// CONCATENATED MODULE: ./src/ui/github/annotations.ts



/**
 * Error and warning annotations, at most `max` of each kind (GitHub shows 10 of each per step
 * and drops the rest silently; we count what we leave out and say so once, at the end).
 */
class annotations_Annotations {
    o;
    counts = new Map();
    constructor(o) {
        this.o = o;
    }
    diagnostic(d) {
        const kind = d.severity === 'error' ? 'template error' : 'warning';
        const props = d.range
            ? { file: annotationPath(d.range.file, this.o.workspace), line: d.range.line, col: d.range.column }
            : {};
        const title = firstLine(d.summary);
        const rest = d.format === 'hcl' ? d.detail : [d.summary, d.detail].filter((s) => s !== '').join('\n\n');
        const message = d.build !== undefined ? `${d.build}: ${rest || d.summary}` : rest || d.summary;
        return this.take(kind, workflowCommand(d.severity, { ...props, title }, message));
    }
    failedBuild(r) {
        if (r.status !== 'failed')
            return [];
        return this.take('failed build', workflowCommand('error', { title: `Build '${r.name}' failed` }, errorOf(r)));
    }
    /** One line per kind that had annotations left out. */
    overflow() {
        const out = [];
        for (const [kind, n] of this.counts) {
            const left = n - this.o.max;
            if (left > 0)
                out.push(`${left} more ${kind} annotation${left === 1 ? '' : 's'} left out (at most ${this.o.max} per kind).`);
        }
        return out;
    }
    take(kind, command) {
        if (!this.o.enabled)
            return [];
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
function annotationPath(file, workspace) {
    if (workspace === undefined || workspace === '')
        return file;
    const abs = resolve(file);
    const rel = relative(resolve(workspace), abs);
    if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel))
        return file;
    return rel.split(sep).join('/');
}
function firstLine(s) {
    const i = s.indexOf('\n');
    return i < 0 ? s : s.slice(0, i);
}

;// CONCATENATED MODULE: ./src/ui/github/renderer.ts






/**
 * The engine's event stream as a GitHub step log: one `::group::` per build holding that build's
 * whole log, contiguous, while every running build still shows progress.
 *
 * Why this design: GitHub groups cannot nest, and while a group is open every line printed
 * belongs to it. So a line about build B (even a heartbeat) printed while A's group is open breaks
 * "A's group holds A's log"; and a group opened for a running build A while B runs would have to
 * stay open for all of A's life, leaving B silent in the log. Hence:
 * - a build streams live, inside its open group, only when it is the one build running and no
 *   other can start before it ends (a single build; the last of a parallel run; every build under
 *   `-parallel-builds=1`) — nothing else can then need the log while its group is open;
 * - any other build's lines are held back; its group is written whole, at once, when it ends (no
 *   group is open then: a live group exists only while its build runs alone);
 * - a held-back build shows progress outside every group: a `▶` line when it starts and a `⏳`
 *   line (time running, lines so far, the last one) whenever heartbeatMs passed without one;
 *   a live build silent for heartbeatMs gets a `⏳` line in its own group;
 * - after each group, one status line (`✔ web: finished after …`); at run-end, Packer's summary.
 * finish() (engine gone without run-end) closes the live group and writes every held-back log
 * whole, marked incomplete: nothing is lost. Text outside groups that arrives while a live group
 * is open (only in streams the core does not emit, e.g. a line for an unknown build) waits until
 * the group closes. Build output can never act as a workflow command (see CommandGuard).
 */
class GithubRenderer {
    o;
    builds = new Map();
    guard = new CommandGuard();
    annotations;
    heartbeatMs;
    live;
    /** The run's parallel limit: under 1, a build still to start cannot start while one runs. */
    limit = Infinity;
    /** Text for outside any group, held while the live group is open. */
    outside = [];
    ended = false;
    constructor(o) {
        this.o = o;
        this.heartbeatMs = o.heartbeatMs ?? 30_000;
        this.annotations = new Annotations({
            enabled: o.annotations ?? true,
            max: o.maxAnnotationsPerKind ?? 10,
            ...(o.workspace !== undefined ? { workspace: o.workspace } : {}),
        });
    }
    onEvent(e) {
        switch (e.kind) {
            case 'run-start':
                return this.runStart(e.builds, e.parallelBuilds ?? Infinity);
            case 'build-start':
                return this.buildStart(e.build, e.type, e.time.getTime());
            case 'ui':
                return this.say(e.build, uiLines(e), e.time);
            case 'machine':
                return; // records of -machine-readable; Packer's human output drops them too
            case 'build-end':
                return this.buildEnd(e.result, e.time);
            case 'diagnostic':
                return this.diagnostic(e.diagnostic);
            case 'run-end':
                this.flushAll();
                renderSummary(this.textOutput(), e, (s) => s);
                return this.end();
        }
    }
    /** Prints the heartbeats that are due. */
    tick(now) {
        const t = now.getTime();
        for (const b of this.builds.values()) {
            if (b.state !== 'running' || t - b.lastShown < this.heartbeatMs)
                continue;
            b.lastShown = t;
            if (b === this.live)
                this.o.write(this.guard.lines([silentLine(b, t, this.stamp)]));
            else
                this.emit(this.guard.lines([heartbeatLine(b, t, this.stamp)]));
        }
    }
    /** Writes everything still held (the engine ended without run-end); idempotent. */
    finish() {
        this.flushAll();
        this.end();
    }
    stamp = (line, time) => this.o.timestamps ? `${time.toISOString()} ${line}` : line;
    runStart(names, limit) {
        this.limit = limit;
        for (const n of names)
            this.entry(n);
        if (names.length <= 1)
            return;
        this.emit(this.guard.lines(limit === 1 ? [
            `Running ${names.length} builds one at a time: ${names.join(', ')}. Each streams live in its own group.`,
        ] : [
            `Running ${names.length} builds: ${names.join(', ')}.`,
            `Each build's log is shown whole in its own group when it ends (the last one running streams live); until then a ⏳ line shows its progress at least every ${formatDuration(this.heartbeatMs)}.`,
        ]));
    }
    buildStart(name, type, at) {
        const b = this.entry(name);
        if (b.state !== 'pending')
            return;
        b.type = type;
        b.state = 'running';
        b.startedAt = b.lastShown = b.lastOutput = at;
        this.reconcile(at);
        if (b !== this.live)
            this.emit(this.guard.lines([`▶ ${groupTitle(b)}: started`]));
    }
    say(name, lines, time) {
        const b = this.entry(name);
        const stamped = lines.map((l) => this.stamp(l, time));
        b.lineCount += lines.length;
        b.lastLine = lines[lines.length - 1];
        b.lastOutput = time.getTime();
        if (b === this.live) {
            b.lastShown = time.getTime();
            this.o.write(this.guard.lines(stamped));
        }
        else if (b.shown) {
            this.emit(this.guard.lines(stamped)); // a line after its group was written: still not lost
        }
        else {
            b.lines.push(...stamped);
        }
    }
    buildEnd(r, time) {
        const b = this.entry(r.name);
        if (b.type === '')
            b.type = r.type;
        this.say(r.name, buildEndLines(r), time);
        b.state = 'ended';
        b.result = r;
        this.close(b);
        this.emit(this.annotations.failedBuild(r).map((l) => `${l}\n`).join(''));
        this.reconcile(time.getTime());
    }
    diagnostic(d) {
        const text = d.format === 'hcl' ? formatHclDiagnostic(d) : formatPlainDiagnostic(d);
        this.emit(this.guard.lines(text.split('\n')));
        this.emit(this.annotations.diagnostic(d).map((l) => `${l}\n`).join(''));
    }
    /** Ends a build's group: the live one closes, a held-back one is written whole. */
    close(b) {
        if (b === this.live) {
            this.live = undefined;
            this.o.write(`::endgroup::\n${this.guard.lines(statusLines(b))}`);
            this.flushOutside();
            return;
        }
        if (b.shown)
            return;
        b.shown = true;
        const text = `${workflowCommand('group', {}, groupTitle(b))}\n${this.guard.lines(b.lines)}::endgroup::\n`;
        b.lines = [];
        this.emit(text + this.guard.lines(statusLines(b)));
    }
    /**
     * Opens the live group when exactly one build runs and no other can start before it ends: none
     * is still to start, or the parallel limit is 1.
     */
    reconcile(at) {
        if (this.live)
            return;
        let running;
        for (const b of this.builds.values()) {
            if (b.state === 'pending' && this.limit > 1)
                return;
            if (b.state === 'running') {
                if (running)
                    return;
                running = b;
            }
        }
        if (!running || running.shown)
            return;
        running.shown = true;
        running.lastShown = at;
        this.live = running;
        this.o.write(`${workflowCommand('group', {}, groupTitle(running))}\n${this.guard.lines(running.lines)}`);
        running.lines = [];
    }
    flushAll() {
        // Builds still running will not end in this log: no more heartbeats, status "incomplete".
        for (const b of this.builds.values())
            if (b.state === 'running')
                b.state = 'ended';
        if (this.live)
            this.close(this.live);
        for (const b of this.builds.values()) {
            if (b.shown)
                continue;
            if (b.state === 'pending' && b.lines.length === 0) {
                b.shown = true;
                this.emit(this.guard.lines(statusLines(b)));
            }
            else
                this.close(b);
        }
    }
    end() {
        if (this.ended)
            return;
        this.ended = true;
        this.emit(this.guard.lines(this.annotations.overflow()));
    }
    entry(name) {
        let b = this.builds.get(name);
        if (!b)
            this.builds.set(name, (b = newBuildLog(name)));
        return b;
    }
    /** Text outside every group: now, or when the live group closes. */
    emit(text) {
        if (text === '')
            return;
        if (this.live)
            this.outside.push(text);
        else
            this.o.write(text);
    }
    flushOutside() {
        const held = this.outside;
        this.outside = [];
        for (const t of held)
            this.o.write(t);
    }
    /** Packer's summary writer (src/ui/summary.ts) onto plain lines outside groups. */
    textOutput() {
        const line = (text) => this.emit(this.guard.lines(text.split('\n')));
        return { say: line, message: line, error: line, machine: () => { } };
    }
}

;// CONCATENATED MODULE: ./src/ui/github/job-summary.ts






const RESULT = {
    success: '✅ success',
    partial: '⚠️ partial success',
    failure: '❌ failure',
    cancelled: '🚫 cancelled',
};
const STATUS = {
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
function jobSummary(run, o = {}) {
    const incomplete = incompleteBuilds(run);
    let md = `## ${html(o.title ?? 'image-build')}\n\n`;
    md += `**${RESULT[runResult(run)]}**`;
    if (!run.ended)
        md += ' — the run did not end: builds without a result are *incomplete*';
    md += ` (${formatDuration(run.durationMs)})\n\n`;
    if (run.cancelled)
        md += 'The run was cancelled; every build that started ran its cleanup.\n\n';
    const skipped = skippedCleanup(run, o.onError);
    if (skipped !== undefined)
        md += `⚠️ **Cleanup skipped.** ${html(skipped)}\n\n`;
    if (run.results.length + incomplete.length > 0) {
        md += '| Build | Status | Duration | Artifact IDs |\n| --- | --- | --- | --- |\n';
        for (const r of run.results) {
            const ids = r.artifacts.map((a) => `<code>${cell(a.id)}</code>`).join('<br>');
            md += `| ${cell(r.name)} (${cell(r.type)}) | ${STATUS[r.status]} | ${formatDuration(r.durationMs)} | ${ids} |\n`;
        }
        for (const name of incomplete)
            md += `| ${cell(name)} | ⏳ incomplete | — | |\n`;
        md += '\n';
    }
    const errors = [
        ...run.diagnostics.filter((d) => d.severity === 'error')
            .map((d) => [d.build ?? 'template', d.format === 'hcl' ? formatHclDiagnostic(d) : formatPlainDiagnostic(d)]),
        ...run.results.filter((r) => r.status === 'failed').map((r) => [r.name, errorOf(r)]),
    ];
    if (errors.length > 0) {
        md += `<details><summary>Errors (${errors.length})</summary>\n\n`;
        for (const [who, text] of errors.slice(0, ERRORS_MAX))
            md += `<p><strong>${html(who)}</strong></p>\n<pre>${html(cut(text.trimEnd()))}</pre>\n\n`;
        if (errors.length > ERRORS_MAX)
            md += `<p>… and ${errors.length - ERRORS_MAX} more: see the step log.</p>\n\n`;
        md += '</details>\n';
    }
    return md;
}
function cut(s) {
    return s.length <= ERROR_MAX ? s : `${s.slice(0, ERROR_MAX)}\n… (${s.length - ERROR_MAX} more characters)`;
}
function html(s) {
    return s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}
/** A table cell: no `|` or newline may end it early. */
function cell(s) {
    return html(s).replaceAll('|', '&#124;').replace(/\r?\n/g, '<br>');
}

;// CONCATENATED MODULE: ./src/ui/github/event-stream.ts

/**
 * The event stream file between the engine child and the action's steps: JSON Lines, one
 * EngineEvent per line, `time` as ISO-8601 (JSON.stringify's Date form). JSON escapes every
 * `\n` and `\r` inside strings, so a line is always one event.
 */
function encodeEvent(e) {
    return `${JSON.stringify(e)}\n`;
}
/**
 * Events of the complete lines of `text`; `rest` is an unfinished last line (the writer is still
 * writing it), to be prefixed to the next chunk read. Blank lines are skipped. The file is written
 * by another process, so every line is validated; a bad one throws an Error naming its line
 * number (counted from the start of `text`) and what is wrong.
 */
function decodeEvents(text) {
    const end = text.lastIndexOf('\n');
    const rest = text.slice(end + 1);
    const events = [];
    if (end < 0)
        return { events, rest };
    const lines = text.slice(0, end).split('\n');
    lines.forEach((raw, i) => {
        const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        if (line.trim() === '')
            return;
        let value;
        try {
            value = JSON.parse(line);
        }
        catch (e) {
            throw new Error(`event stream line ${i + 1}: not JSON: ${e.message}`);
        }
        try {
            events.push(decodeEvent(value));
        }
        catch (e) {
            throw new Error(`event stream line ${i + 1}: ${e.message}`);
        }
    });
    return { events, rest };
}

;// CONCATENATED MODULE: ./src/ui/github/index.ts
// The GitHub face's renderers: the step log (groups, heartbeats, annotations), the job summary,
// the step outputs, and the event stream file between the engine child and the action's steps.
// --- step log

// --- run record, outputs, summary




// --- event stream file (JSON Lines)

// --- workflow-command escaping, for the action's own commands


;// CONCATENATED MODULE: ./src/action/run-files.ts

function runFiles(runnerTemp, runUuid) {
    return runFilesIn(path.join(runnerTemp, `image-build-${runUuid}`));
}
function runFilesIn(dir) {
    return {
        dir,
        request: path.join(dir, 'request.json'),
        events: path.join(dir, 'events.jsonl'),
        exitCode: path.join(dir, 'exit-code'),
        engineLog: path.join(dir, 'engine.log'),
        enginePid: path.join(dir, 'engine.pid'),
        manifest: path.join(dir, 'packer-manifest.json'),
    };
}
function decodeRequest(v) {
    const o = v;
    const strs = (k) => {
        const a = o[k];
        if (!Array.isArray(a) || !a.every((s) => typeof s === 'string'))
            throw new Error(`engine request: '${k}' must be a list of strings`);
        return a;
    };
    const str = (k) => {
        if (typeof o[k] !== 'string')
            throw new Error(`engine request: '${k}' must be a string`);
        return o[k];
    };
    if (typeof v !== 'object' || v === null)
        throw new Error('engine request: not an object');
    const vars = o['variables'];
    if (!Array.isArray(vars) || !vars.every((p) => Array.isArray(p) && p.length === 2 && p.every((s) => typeof s === 'string'))) {
        throw new Error("engine request: 'variables' must be a list of [name, value]");
    }
    const onError = str('onError');
    if (onError !== 'cleanup' && onError !== 'abort' && onError !== 'run-cleanup-provisioner')
        throw new Error(`engine request: bad onError '${onError}'`);
    const pb = o['parallelBuilds'];
    if (typeof pb !== 'number' || !Number.isInteger(pb) || pb < 0)
        throw new Error("engine request: 'parallelBuilds' must be an integer ≥ 0");
    return {
        template: str('template'),
        cwd: str('cwd'),
        variables: vars,
        varFiles: strs('varFiles'),
        only: strs('only'),
        except: strs('except'),
        parallelBuilds: pb,
        onError,
        events: str('events'),
        exitCode: str('exitCode'),
        now: str('now'),
    };
}

;// CONCATENATED MODULE: ./src/action/engine.ts
/**
 * The detached engine: the main step spawns it in its own process group, so the runner's SIGKILL
 * of the step (sent to the node process only) cannot cut a cloud cleanup short. It runs the builds
 * and appends each event to the events file as one JSON line; the main and post steps render that
 * file. SIGINT/SIGTERM cancel the run (cleanups run, plugins get Cancel); the exit code is written
 * last, after every plugin process is gone.
 */





async function main() {
    const requestFile = process.argv[2];
    if (!requestFile)
        throw new Error('usage: engine <request.json>');
    const req = decodeRequest(JSON.parse((0,external_node_fs_.readFileSync)(requestFile, 'utf8')));
    const fd = (0,external_node_fs_.openSync)(req.events, 'a');
    const emit = (e) => void (0,external_node_fs_.writeSync)(fd, encodeEvent(e));
    const controller = new AbortController();
    (0,external_node_events_namespaceObject.setMaxListeners)(0, controller.signal);
    // The first signal cancels; later ones (the runner's SIGTERM after SIGINT) change nothing: the
    // cleanups keep running. Main says so in the step log.
    const onSignal = () => controller.abort();
    process.on('SIGINT', onSignal).on('SIGTERM', onSignal);
    // Written once signals are handled: main holds a cancel until then, post finds us by it.
    (0,external_node_fs_.writeFileSync)(external_node_path_.join(external_node_path_.dirname(requestFile), 'engine.pid'), `${process.pid}\n`);
    let code = 1;
    try {
        code = await run(req, emit, controller.signal);
    }
    finally {
        (0,external_node_fs_.writeFileSync)(req.exitCode, `${code}\n`);
    }
    return code;
}
async function run(req, emit, signal) {
    const started = Date.now();
    const now = new Date(req.now);
    const endEarly = () => {
        emit({ kind: 'run-end', time: new Date(), durationMs: Date.now() - started, results: [], cancelled: signal.aborted });
        return 1;
    };
    const { loadTemplate } = await Promise.all(/* import() */[__nccwpck_require__.e(989), __nccwpck_require__.e(517)]).then(__nccwpck_require__.bind(__nccwpck_require__, 517));
    const env = process.env;
    const loaded = await loadTemplate({ path: req.template, vars: req.variables, varFiles: req.varFiles, env, cwd: req.cwd, now });
    for (const diagnostic of loaded.diagnostics)
        emit({ kind: 'diagnostic', time: new Date(), diagnostic });
    const template = loaded.template;
    if (!template || loaded.diagnostics.some((d) => d.severity === 'error'))
        return endEarly();
    const [{ builtinComponentSet }, { componentsForCommand }, { runBuilds }, { selectionDiagnostics }] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(989), __nccwpck_require__.e(412)]).then(__nccwpck_require__.bind(__nccwpck_require__, 412)),
        Promise.all(/* import() */[__nccwpck_require__.e(435), __nccwpck_require__.e(989), __nccwpck_require__.e(652)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3652)),
        Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(989), __nccwpck_require__.e(920)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5920)),
        Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(989), __nccwpck_require__.e(228)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8228)),
    ]);
    const selection = selectionDiagnostics(template, external_node_path_.relative(req.cwd, req.template) || req.template, req.only, req.except);
    for (const diagnostic of selection)
        emit({ kind: 'diagnostic', time: new Date(), diagnostic });
    if (selection.some((d) => d.severity === 'error'))
        return endEarly();
    let components;
    try {
        components = await componentsForCommand({ env, cwd: req.cwd, stderr: (s) => process.stderr.write(s) }, builtinComponentSet(), signal);
    }
    catch (e) {
        const detail = e instanceof Error ? e.message : String(e);
        emit({ kind: 'diagnostic', time: new Date(), diagnostic: { severity: 'error', format: 'plain', summary: `Error loading configuration: \n\n${detail}`, detail: '' } });
        return endEarly();
    }
    try {
        const summary = await runBuilds(template, {
            only: req.only,
            except: req.except,
            parallelBuilds: req.parallelBuilds,
            onError: req.onError,
            debug: false,
            force: false,
            signal,
            emit,
            components,
            now,
        });
        return summary.exitCode;
    }
    finally {
        await components.close();
    }
}
main().then((code) => process.exit(code), (e) => {
    process.stderr.write(`engine: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
});

