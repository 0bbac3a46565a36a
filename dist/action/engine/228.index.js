export const id = 228;
export const ids = [228,920];
export const modules = {

/***/ 8228:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   selectionDiagnostics: () => (/* binding */ selectionDiagnostics)
/* harmony export */ });
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5920);

/**
 * The action is stricter than Packer, which builds nothing and succeeds when `-only` names no
 * build: in CI that is a matrix typo that would pass green while building nothing. An `only`
 * pattern that selects no build is an error; an `except` pattern that names neither a build nor a
 * post-processor is a warning (it changes nothing).
 */
/** `file`: the template as the user named it (the step log's paths are relative to the working directory). */
function selectionDiagnostics(template, file, only, except) {
    const builds = template.builders.map((b) => b.name);
    const postProcessors = template.postProcessors.flat().map((p) => p.name);
    const list = (ps) => ps.map((p) => JSON.stringify(p)).join(', ');
    const known = `the builds of ${file}: ${builds.length > 0 ? builds.join(', ') : '(none)'}`;
    const out = [];
    const badOnly = (0,_core_index_js__WEBPACK_IMPORTED_MODULE_0__.unmatchedPatterns)(builds, only);
    if (badOnly.length > 0) {
        out.push({ severity: 'error', format: 'plain', summary: `input 'only': ${list(badOnly)} ${badOnly.length === 1 ? 'matches' : 'match'} no build (${known})`, detail: '' });
    }
    const badExcept = (0,_core_index_js__WEBPACK_IMPORTED_MODULE_0__.unmatchedPatterns)([...builds, ...postProcessors], except);
    if (badExcept.length > 0) {
        out.push({ severity: 'warning', format: 'plain', summary: `input 'except': ${list(badExcept)} ${badExcept.length === 1 ? 'matches' : 'match'} no build or post-processor (${known})`, detail: '' });
    }
    return out;
}


/***/ }),

/***/ 5920:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BuildUi: () => (/* reexport */ BuildUi),
  prepareBuilds: () => (/* reexport */ prepareBuilds),
  runBuilds: () => (/* reexport */ runBuilds),
  unmatchedPatterns: () => (/* reexport */ unmatchedPatterns),
  validateBuilds: () => (/* reexport */ validateBuilds)
});

;// CONCATENATED MODULE: ./src/core/internal/mask-deep.ts
/** Masks every string inside a JSON-like value. */
function maskDeep(value, mask) {
    if (typeof value === 'string')
        return mask(value);
    if (Array.isArray(value))
        return value.map((v) => maskDeep(v, mask));
    if (value !== null && typeof value === 'object') {
        const out = {};
        for (const [k, v] of Object.entries(value))
            out[k] = maskDeep(v, mask);
        return out;
    }
    return value;
}

;// CONCATENATED MODULE: ./src/core/artifact-record.ts

/** Reads an artifact once into plain data for the event stream (renderers never call plugins). */
function toArtifactRecord(a, mask) {
    const record = {
        builderId: a.builderId(),
        id: mask(a.id()),
        string: mask(a.string()),
        files: [...a.files()],
    };
    const generated = a.state('generated_data');
    if (generated !== null && typeof generated === 'object' && !Array.isArray(generated)) {
        record.generatedData = maskDeep(generated, mask);
    }
    return record;
}

;// CONCATENATED MODULE: ./src/core/build-ui.ts
/**
 * The Ui handed to a component (Packer's TargetedUI): turns each call into an event of the
 * build's stream, with secrets masked at this one choke point.
 */
class BuildUi {
    o;
    constructor(o) {
        this.o = o;
    }
    /** The same build's Ui for another target (a post-processor's `<build> (<type>)`). */
    withTarget(target) {
        return new BuildUi({ ...this.o, target });
    }
    say(message) {
        this.line('say', message);
    }
    message(message) {
        this.line('message', message);
    }
    error(message) {
        this.line('error', message);
    }
    machine(type, ...args) {
        const { emit, build, target, mask } = this.o;
        emit({ kind: 'machine', time: new Date(), build, target, type, args: args.map(mask) });
    }
    async ask(query) {
        if (!this.o.ask)
            throw new Error('no input available: standard input is not a terminal');
        this.say(query);
        return this.o.ask(this.o.mask(query));
    }
    line(level, text) {
        const { emit, build, target, mask } = this.o;
        emit({ kind: 'ui', time: new Date(), build, target, level, text: mask(text) });
    }
}

// EXTERNAL MODULE: ./src/sdk/index.ts + 3 modules
var sdk = __webpack_require__(5989);
;// CONCATENATED MODULE: ./src/core/provision-hook.ts

/**
 * The hook the core gives a builder (Packer's DispatchHook + ProvisionHook): `packer_provision`
 * runs the build's provisioners in order, `packer_cleanup_provision` the error-cleanup
 * provisioner. The first failing provisioner's error fails the hook.
 */
class ProvisionHook {
    provisioners;
    cleanupProvisioner;
    constructor(provisioners, cleanupProvisioner) {
        this.provisioners = provisioners;
        this.cleanupProvisioner = cleanupProvisioner;
    }
    async run(name, ui, comm, data, signal) {
        const list = name === sdk/* HookProvision */.Zo
            ? this.provisioners
            : name === sdk/* HookCleanupProvision */.L3 && this.cleanupProvisioner
                ? [this.cleanupProvisioner]
                : [];
        if (list.length === 0)
            return;
        if (!comm) {
            throw new Error('No communicator found for provisioners! This is usually because the\n' +
                '`communicator` config was set to "none". If you have any provisioners\n' +
                'then a communicator is required. Please fix this to continue.');
        }
        const generated = toGeneratedData(data);
        for (const p of list)
            await p.provision(signal, ui, comm, generated);
    }
}
function toGeneratedData(data) {
    if (data !== null && typeof data === 'object' && !Array.isArray(data))
        return { ...data };
    return {};
}

;// CONCATENATED MODULE: ./src/core/core-build.ts


/**
 * Runs one prepared build (Packer's CoreBuild.Run): the builder with the provision hook, then
 * every post-processor chain. Keep semantics as Packer's: the original artifact survives when
 * there are no post-processors or when the first step of any chain keeps it; an intermediate
 * artifact is destroyed when the next step does not keep it. Post-processor errors fail the
 * build but the other chains still run.
 */
async function runCoreBuild(build, ui, signal) {
    const hook = new ProvisionHook(build.provisioners.map((p) => p.provisioner), build.cleanupProvisioner?.provisioner);
    const builderArtifact = await build.builder.run(signal, ui, hook);
    if (signal.aborted)
        throw new sdk/* CancelledError */.cc();
    if (!builderArtifact)
        return [];
    const artifacts = [];
    const errors = [];
    let keepOriginal = build.postProcessors.length === 0;
    for (const chain of build.postProcessors) {
        let prior = builderArtifact;
        let chainFailed = false;
        for (const [i, pp] of chain.entries()) {
            if (signal.aborted)
                throw new sdk/* CancelledError */.cc();
            ui.say(pp.name === pp.type ? `Running post-processor: ${pp.type}` : `Running post-processor: ${pp.name} (type ${pp.type})`);
            let result;
            try {
                result = await pp.postProcessor.postProcess(signal, ui.withTarget(`${build.name} (${pp.type})`), prior);
            }
            catch (e) {
                if (signal.aborted)
                    throw new sdk/* CancelledError */.cc();
                errors.push(new Error(`Post-processor failed: ${e instanceof Error ? e.message : String(e)}`));
                chainFailed = true;
                break;
            }
            if (result.artifact === undefined) {
                // Packer: "Nil artifact, halting post-processor chain." — the input is neither kept nor destroyed.
                chainFailed = true;
                break;
            }
            let keep = result.keep;
            if (pp.keepInputArtifact !== undefined && !(result.keep && !pp.keepInputArtifact && result.forceOverride)) {
                keep = pp.keepInputArtifact;
            }
            if (i === 0) {
                if (keep)
                    keepOriginal = true;
            }
            else if (keep) {
                artifacts.push(prior);
            }
            else {
                await destroy(prior, errors, `Failed cleaning up prior artifact: %s; pp is ${pp.type}`);
            }
            prior = result.artifact;
        }
        if (!chainFailed)
            artifacts.push(prior);
    }
    if (keepOriginal)
        artifacts.unshift(builderArtifact);
    else
        await destroy(builderArtifact, errors, 'Error destroying builder artifact: %s');
    if (errors.length > 0)
        throw new sdk/* PackerMultiError */.aR(errors);
    return artifacts;
}
async function destroy(a, errors, format) {
    try {
        await a.destroy();
    }
    catch (e) {
        errors.push(new Error(format.replace('%s', e instanceof Error ? e.message : String(e))));
    }
}

;// CONCATENATED MODULE: ./src/ui/mask.ts
/** What every sensitive value is replaced by (Packer's LogSecretFilter). */
const SENSITIVE = '<sensitive>';
/**
 * A function replacing every secret value in a text by `<sensitive>`. Longest values first, so
 * a secret containing another is masked whole; empty values are never secrets (Packer skips
 * them too). One regular expression for all values keeps masking linear in the text.
 */
function createMasker(secrets) {
    const values = [...new Set([...secrets].filter((s) => s.length > 0))].sort((a, b) => b.length - a.length);
    if (values.length === 0)
        return (text) => text;
    const re = new RegExp(values.map(escapeRegExp).join('|'), 'g');
    return (text) => (text.length === 0 ? text : text.replace(re, SENSITIVE));
}
/** The secrets of a loaded template: the values of its sensitive variables. */
function templateSecrets(t) {
    return t.sensitiveVariables.map((n) => t.userVariables[n] ?? '');
}
function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// EXTERNAL MODULE: ./src/sdk/interpolate/index.ts + 17 modules
var interpolate = __webpack_require__(9636);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/core/internal/name-filter.ts

/**
 * `-only`/`-except` matching. Packer 1.6.6 compares JSON build names exactly; HCL mode (and
 * image-build everywhere) also accepts globs (`web-*`), so CI matrices can select families of
 * builds. A pattern without glob characters still matches exactly.
 */
function matchesAny(name, patterns) {
    return patterns.some((p) => p === name || (/[*?[\]{}]/.test(p) && picomatch_default().isMatch(name, p, { dot: true })));
}
/** Builds selected by -only/-except, sorted by name as Packer runs them. */
function selectBuildNames(names, only, except) {
    return names
        .filter((n) => (only.length === 0 || matchesAny(n, only)) && !matchesAny(n, except))
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
/** The patterns that select none of `names` (a typo in a CI matrix's `only` builds nothing). */
function unmatchedPatterns(names, patterns) {
    return patterns.filter((p) => !names.some((n) => matchesAny(n, [p])));
}

;// CONCATENATED MODULE: ./src/core/placeholder-data.ts
/**
 * What provisioners and post-processors receive as their last raw config at prepare time
 * (Packer's BasicPlaceholderData): each generated-data key maps to a marker that the SDK's
 * `build` function turns into `{{.Key}}`, to be filled in with real values at provision time.
 * The SDK recognises this map by its PackerRunUUID marker, so the shape must stay exactly so.
 */
const PlaceholderMsg = 'To set this dynamically in the Packer template, you must use the `build` function';
const BuilderDataCommonKeys = [
    'ID',
    'Host',
    'Port',
    'User',
    'Password',
    'ConnType',
    'PackerRunUUID',
    'PackerHTTPPort',
    'PackerHTTPIP',
    'PackerHTTPAddr',
    'SSHPublicKey',
    'SSHPrivateKey',
    'WinRMPassword',
];
function placeholderData(generatedVars) {
    const data = {};
    for (const key of BuilderDataCommonKeys)
        data[key] = `Build_${key}. ${PlaceholderMsg}`;
    // Backwards compatibility kept by Packer: WinRMPassword passes without the `build` function.
    data['WinRMPassword'] = '{{.WinRMPassword}}';
    for (const key of generatedVars)
        data[key] = `Build_${key}. ${PlaceholderMsg}`;
    return data;
}

;// CONCATENATED MODULE: ./src/core/provisioner-wrappers.ts

/**
 * Packer wraps provisioners for the template's common keys (packer/provisioner.go,
 * provisioner_timeout.go). Same wording and the same quirk: a provisioner with `pause_before`
 * gets no timeout even when `timeout` is set.
 */
class Wrapped {
    inner;
    constructor(inner) {
        this.inner = inner;
    }
    prepare(...raws) {
        return this.inner.prepare(...raws);
    }
}
class PausedProvisioner extends Wrapped {
    pauseMs;
    constructor(inner, pauseMs) {
        super(inner);
        this.pauseMs = pauseMs;
    }
    async provision(signal, ui, comm, data) {
        ui.say(`Pausing ${(0,sdk/* formatGoDuration */.IL)(this.pauseMs)} before the next provisioner...`);
        await sleep(this.pauseMs, signal);
        return this.inner.provision(signal, ui, comm, data);
    }
}
class TimeoutProvisioner extends Wrapped {
    timeoutMs;
    constructor(inner, timeoutMs) {
        super(inner);
        this.timeoutMs = timeoutMs;
    }
    async provision(signal, ui, comm, data) {
        ui.say(`Setting a ${(0,sdk/* formatGoDuration */.IL)(this.timeoutMs)} timeout for the next provisioner...`);
        const timer = new AbortController();
        const t = setTimeout(() => {
            ui.error('Cancelling provisioner after a timeout...');
            timer.abort();
        }, this.timeoutMs);
        try {
            return await this.inner.provision(AbortSignal.any([signal, timer.signal]), ui, comm, data);
        }
        finally {
            clearTimeout(t);
        }
    }
}
class RetriedProvisioner extends Wrapped {
    maxRetries;
    constructor(inner, maxRetries) {
        super(inner);
        this.maxRetries = maxRetries;
    }
    async provision(signal, ui, comm, data) {
        if (signal.aborted)
            throw new sdk/* CancelledError */.cc();
        let err;
        try {
            return await this.inner.provision(signal, ui, comm, data);
        }
        catch (e) {
            err = e;
        }
        for (let left = this.maxRetries; left > 0; left--) {
            if (signal.aborted)
                throw new sdk/* CancelledError */.cc();
            ui.say(`Provisioner failed with ${(0,sdk/* goQuote */.dg)(messageOf(err))}, retrying with ${left} trie(s) left`);
            try {
                return await this.inner.provision(signal, ui, comm, data);
            }
            catch (e) {
                // Packer reports the first error, not the last retry's: the inner `err` shadows it.
            }
        }
        ui.say('retry limit reached.');
        throw err;
    }
}
/** `-debug`: wait for Enter before each provisioner. */
class DebuggedProvisioner extends Wrapped {
    async provision(signal, ui, comm, data) {
        try {
            await raceAbort(ui.ask('Pausing before the next provisioner . Press enter to continue.'), signal);
        }
        catch (e) {
            if (signal.aborted)
                throw new sdk/* CancelledError */.cc();
            // No terminal: Packer logs the failed ask and goes on.
        }
        return this.inner.provision(signal, ui, comm, data);
    }
}
function messageOf(e) {
    return e instanceof Error ? e.message : String(e);
}
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal.aborted)
            return reject(new sdk/* CancelledError */.cc());
        const t = setTimeout(() => {
            signal.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        const onAbort = () => {
            clearTimeout(t);
            reject(new sdk/* CancelledError */.cc());
        };
        signal.addEventListener('abort', onAbort, { once: true });
    });
}
function raceAbort(p, signal) {
    return Promise.race([p, sleep(2 ** 31 - 1, signal).then(() => p)]);
}

;// CONCATENATED MODULE: ./src/core/prepare-builds.ts





/**
 * Starts and prepares every selected build, in name order, before anything runs (Packer's
 * Core.GetBuilds). A build that fails to initialise or prepare becomes an error diagnostic and is
 * left out; the others still run, as in Packer.
 */
async function prepareBuilds(template, opts) {
    const byName = new Map(template.builders.map((b) => [b.name, b]));
    const names = selectBuildNames([...byName.keys()], opts.only, opts.except);
    const builds = [];
    const diagnostics = [];
    for (const name of names) {
        const def = byName.get(name);
        let build;
        try {
            build = await initBuild(template, def, opts);
        }
        catch (e) {
            diagnostics.push(buildError(def, `Failed to initialize build ${(0,sdk/* goQuote */.dg)(name)}`, messageOf(e)));
            continue;
        }
        try {
            const warnings = await prepareBuild(template, def, build, opts);
            builds.push(build);
            for (const w of warnings)
                diagnostics.push({ ...buildError(def, `Warning when preparing build: ${(0,sdk/* goQuote */.dg)(name)}`, w), severity: 'warning' });
        }
        catch (e) {
            diagnostics.push(buildError(def, `Failed to prepare build: ${(0,sdk/* goQuote */.dg)(name)}`, messageOf(e)));
        }
    }
    return { builds, diagnostics };
}
/** Points at the builder's block: component errors name the key, the position names the build. */
function buildError(def, summary, detail) {
    const d = { severity: 'error', format: 'hcl', summary, detail, build: def.name };
    if (def.pos)
        d.range = def.pos;
    return d;
}
/** Packer's text, plus why when a plugin that would have served the type was refused. */
function unknown(components, kind, type) {
    const why = components.whyUnknown?.(kind, type);
    return new Error(`error initializing ${kind} '${type}': Unknown ${kind} ${type}${why ? ` (${why})` : ''}`);
}
async function initBuild(template, def, opts) {
    const { components } = opts;
    if (!components.hasBuilder(def.type))
        throw unknown(components, 'builder', def.type);
    const builder = await start(() => components.startBuilder(def.type), 'builder', def.type);
    const provisioners = [];
    for (const p of template.provisioners) {
        if (skips(p, def.rawName))
            continue;
        provisioners.push(await initProvisioner(template, p, def.rawName, opts));
    }
    const cleanupProvisioner = template.errorCleanupProvisioner
        ? await initProvisioner(template, template.errorCleanupProvisioner, def.rawName, opts)
        : undefined;
    const postProcessors = [];
    for (const chain of template.postProcessors) {
        const current = [];
        for (const pp of chain) {
            if (skips(pp, def.rawName))
                continue;
            // `-except <pp name>` drops that step and the rest of its chain (Packer's `break`).
            if (opts.except.length > 0 && matchesAny(pp.name, opts.except))
                break;
            if (!components.hasPostProcessor(pp.type))
                throw unknown(components, 'post-processor', pp.type);
            const postProcessor = await start(() => components.startPostProcessor(pp.type), 'post-processor', pp.type);
            current.push({ postProcessor, type: pp.type, name: pp.name, keepInputArtifact: pp.keepInputArtifact, config: pp.config });
        }
        if (current.length > 0)
            postProcessors.push(current);
    }
    return { name: def.name, rawName: def.rawName, type: def.type, builder, provisioners, cleanupProvisioner, postProcessors };
}
async function initProvisioner(template, p, rawName, opts) {
    if (!opts.components.hasProvisioner(p.type))
        throw unknown(opts.components, 'provisioner', p.type);
    let prov = await start(() => opts.components.startProvisioner(p.type), 'provisioner', p.type);
    if (p.pauseBeforeMs !== 0)
        prov = new PausedProvisioner(prov, p.pauseBeforeMs);
    else if (p.timeoutMs !== 0)
        prov = new TimeoutProvisioner(prov, p.timeoutMs);
    const maxRetries = resolveMaxRetries(template, p.maxRetries);
    if (maxRetries !== 0)
        prov = new RetriedProvisioner(prov, maxRetries);
    // Packer wraps for -debug at run time, outside every other wrapper.
    if (opts.debug)
        prov = new DebuggedProvisioner(prov);
    const override = p.override[rawName];
    return { provisioner: prov, type: p.type, configs: override ? [p.config, override] : [p.config] };
}
function resolveMaxRetries(template, raw) {
    if (typeof raw === 'number')
        return raw;
    if (raw === '')
        return 0;
    let rendered;
    try {
        rendered = (0,interpolate/* render */.XX)(raw, { userVariables: template.userVariables, templatePath: template.path });
    }
    catch (e) {
        throw new Error(`failed to interpolate \`max_retries\`: ${messageOf(e)}`);
    }
    if (!/^[+-]?\d+$/.test(rendered)) {
        throw new Error(`\`max_retries\` must be a valid integer: strconv.Atoi: parsing ${(0,sdk/* goQuote */.dg)(rendered)}: invalid syntax`);
    }
    return Number(rendered);
}
async function start(fn, kind, type) {
    try {
        return await fn();
    }
    catch (e) {
        throw new Error(`error initializing ${kind} '${type}': ${messageOf(e)}`);
    }
}
function skips(c, rawName) {
    if (c.only.length > 0 && !c.only.includes(rawName))
        return true;
    return c.except.includes(rawName);
}
/** Builder first, then its generated-data names reach provisioners and post-processors. */
async function prepareBuild(template, def, build, opts) {
    const packerConfig = (0,sdk/* packerConfigRaw */.NA)(packerConfigFor(template, def, opts));
    const { generatedVars, warnings } = await build.builder.prepare(def.config, packerConfig);
    const placeholders = placeholderData(generatedVars);
    for (const p of build.provisioners)
        await p.provisioner.prepare(...p.configs, packerConfig, placeholders);
    const cleanup = build.cleanupProvisioner;
    if (cleanup)
        await cleanup.provisioner.prepare(...cleanup.configs, packerConfig, placeholders);
    for (const chain of build.postProcessors) {
        for (const pp of chain)
            await pp.postProcessor.configure(pp.config, packerConfig, placeholders);
    }
    return warnings;
}
function packerConfigFor(template, def, opts) {
    return {
        buildName: def.name,
        builderType: def.type,
        coreVersion: sdk/* PackerCompatVersion */.NN,
        debug: opts.debug,
        force: opts.force,
        onError: opts.onError,
        templatePath: template.path === '-' ? '' : templateAbsPath(template),
        userVariables: template.userVariables,
        sensitiveVariables: template.sensitiveVariables,
    };
}
function templateAbsPath(t) {
    const base = t.path.split('/').pop() ?? t.path;
    return `${t.dir}/${base}`;
}

;// CONCATENATED MODULE: ./src/core/run-builds.ts






/**
 * Prepares every selected build, reports every problem at once, then runs the good builds in
 * parallel (at most `parallelBuilds`, name order as Packer; one at a time under -debug). A
 * failing build never stops the others. Resolves only when every build, and so every cleanup,
 * has finished — also after the signal was aborted.
 */
async function runBuilds(template, opts) {
    const started = performance.now();
    const mask = secretMasker(template);
    const emit = (e) => opts.emit(e);
    const { builds, diagnostics } = await prepareBuilds(template, opts);
    for (const d of diagnostics)
        emit({ kind: 'diagnostic', time: new Date(), diagnostic: maskDiagnostic(d, mask) });
    const limit = opts.debug ? 1 : opts.parallelBuilds > 0 ? opts.parallelBuilds : Infinity;
    emit({
        kind: 'run-start', time: new Date(), builds: builds.map((b) => b.name),
        ...(Number.isFinite(limit) ? { parallelBuilds: limit } : {}),
    });
    const results = await runLimited(builds, limit, (b) => runOne(b, opts, mask));
    const cancelled = opts.signal.aborted;
    const hadErrors = diagnostics.some((d) => d.severity === 'error');
    emit({ kind: 'run-end', time: new Date(), durationMs: performance.now() - started, results, cancelled });
    const failed = hadErrors || cancelled || results.some((r) => r.status !== 'success');
    return { results, hadErrors, cancelled, exitCode: failed ? 1 : 0 };
}
/** Prepares every selected build without running anything (`validate`). */
async function validateBuilds(template, opts) {
    const mask = secretMasker(template);
    const { diagnostics } = await prepareBuilds(template, opts);
    return diagnostics.map((d) => maskDiagnostic(d, mask));
}
async function runOne(build, opts, mask) {
    const t0 = performance.now();
    opts.emit({ kind: 'build-start', time: new Date(), build: build.name, type: build.type });
    const ui = new BuildUi({ emit: opts.emit, build: build.name, target: build.name, mask, ask: opts.ask });
    const result = { name: build.name, type: build.type, status: 'success', durationMs: 0, artifacts: [] };
    try {
        const artifacts = await runCoreBuild(build, ui, opts.signal);
        result.artifacts = artifacts.map((a) => toArtifactRecord(a, mask));
    }
    catch (e) {
        result.status = opts.signal.aborted ? 'cancelled' : 'failed';
        result.error = mask(messageOf(e));
    }
    result.durationMs = performance.now() - t0;
    opts.emit({ kind: 'build-end', time: new Date(), result });
    return result;
}
/** Runs `fn` over items with at most `limit` in flight, starting them in order; results in order. */
async function runLimited(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}
function secretMasker(t) {
    return createMasker(templateSecrets(t));
}
function maskDiagnostic(d, mask) {
    return { ...d, summary: mask(d.summary), detail: mask(d.detail) };
}

;// CONCATENATED MODULE: ./src/core/index.ts
// The engine: turns a template model into running builds and an event stream.






/***/ })

};
