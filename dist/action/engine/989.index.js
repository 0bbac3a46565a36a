export const id = 989;
export const ids = [989];
export const modules = {

/***/ 144:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Fu: () => (/* reexport */ decodeConfig),
  jX: () => (/* reexport */ defineSpec),
  Av: () => (/* reexport */ goValue)
});

// UNUSED EXPORTS: ConfigDecodeError, contextFromPacker, decodePackerConfig, detectContextData, goTypeName, mergeRaws, unknownKeyError

// EXTERNAL MODULE: ./src/sdk/interpolate/index.ts + 17 modules
var interpolate = __webpack_require__(9636);
// EXTERNAL MODULE: ./src/sdk/errors.ts
var sdk_errors = __webpack_require__(8370);
;// CONCATENATED MODULE: ./src/sdk/config/decode-error.ts

/**
 * Type errors found while decoding, printed as mapstructure prints them
 * (`2 error(s) decoding:\n\n* 'content' expected type 'string', …`, points sorted).
 * A MultiError, so callers that collect errors treat it as one.
 */
class ConfigDecodeError extends sdk_errors/* MultiError */.q6 {
    points;
    constructor(points) {
        super(points.map((p) => new Error(p)));
        this.points = points;
        const lines = points.map((p) => `* ${p}`).sort();
        this.message = `${points.length} error(s) decoding:\n\n${lines.join('\n')}`;
    }
}
/**
 * Keys that `packer fix` rewrites (Packer 1.6.6 helper/config/deprecated_options.go, generated
 * from the fixers): an unknown key in this list gets a pointer to `packer fix` instead.
 */
const DeprecatedOptions = new Set([
    'iso_md5', 'guest_additions_attach', 'headless', 'parallels_tools_host_path', 'guest_os_distribution',
    'ssh_key_path', 'ssh_disable_agent', 'access_key', 'filename', 'shutdown_behaviour', 'enhanced_networking',
    'ssh_private_ip', 'temporary_security_group_source_cidr', 'login_email', 'tag', 'vhd_temp_path',
    'clone_from_vmxc_path', 'cpu', 'ram_size', 'clean_image_name', 'clean_ami_name', 'spot_price_auto_product',
    'galaxycommand', 'ssh_host_port_min', 'ssh_host_port_max', 'ssh_skip_nat_mapping', 'ssh_wait_timeout',
    'network_card', 'network', 'networkCard', 'disk_size', 'disk_thin_provisioned', 'disk_eagerly_scrub',
    'iso_checksum_url', 'iso_checksum_type', 'exlude_from_latest',
]);
/** Packer's `unknown configuration key: %q`, inside quotes as config.Decode wraps it. */
function unknownKeyError(key) {
    if (DeprecatedOptions.has(key)) {
        return new Error(`Deprecated configuration key: '${key}'. Please call \`packer fix\` against your template to ` +
            'update your template to be compatible with the current version of Packer. Visit ' +
            'https://www.packer.io/docs/commands/fix/ for more detail.');
    }
    return new Error(`unknown configuration key: '${JSON.stringify(key)}'`);
}

;// CONCATENATED MODULE: ./src/sdk/config/merge.ts
const isMap = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/**
 * Merges raw configs the way decoding them one after another into one Go struct does: later
 * raws win key by key, and nested maps are merged rather than replaced.
 */
function mergeRaws(raws) {
    const out = {};
    for (const raw of raws)
        mergeInto(out, raw);
    return out;
}
function mergeInto(target, src) {
    for (const [k, v] of Object.entries(src)) {
        const cur = target[k];
        if (isMap(cur) && isMap(v)) {
            const copy = { ...cur };
            mergeInto(copy, v);
            target[k] = copy;
        }
        else {
            target[k] = isMap(v) ? mergeCopy(v) : v;
        }
    }
}
function mergeCopy(v) {
    const copy = {};
    mergeInto(copy, v);
    return copy;
}

// EXTERNAL MODULE: ./src/sdk/packer-config.ts
var packer_config = __webpack_require__(9815);
// EXTERNAL MODULE: ./src/sdk/duration.ts
var duration = __webpack_require__(1394);
;// CONCATENATED MODULE: ./src/sdk/config/go-format.ts
/**
 * How Go prints the values a plugin received over RPC, so that decode errors read exactly as
 * Packer's (mapstructure's `%v` and the Go type names of msgpack-decoded JSON values).
 */
/** Go's `%T` of a JSON value after Packer's template → RPC round trip. */
function goTypeName(v) {
    if (v === null || v === undefined)
        return '<nil>';
    if (typeof v === 'string')
        return 'string';
    if (typeof v === 'boolean')
        return 'bool';
    if (typeof v === 'number')
        return 'float64';
    if (Array.isArray(v))
        return '[]interface {}';
    return 'map[interface {}]interface {}';
}
/** Go's reflect.Kind name, used by mapstructure's "expected a map, got '<kind>'". */
function goKindName(v) {
    if (v === null || v === undefined)
        return 'invalid';
    if (typeof v === 'string')
        return 'string';
    if (typeof v === 'boolean')
        return 'bool';
    if (typeof v === 'number')
        return 'float64';
    if (Array.isArray(v))
        return 'slice';
    return 'map';
}
/** Go's `%v`. Map keys are printed sorted, as fmt does since Go 1.12. */
function goValue(v) {
    if (v === null || v === undefined)
        return '<nil>';
    if (typeof v === 'string')
        return v;
    if (typeof v === 'boolean' || typeof v === 'number')
        return goFloat(v);
    if (Array.isArray(v))
        return `[${v.map(goValue).join(' ')}]`;
    const obj = v;
    const parts = Object.keys(obj)
        .sort()
        .map((k) => `${k}:${goValue(obj[k])}`);
    return `map[${parts.join(' ')}]`;
}
function goFloat(v) {
    if (typeof v === 'boolean')
        return String(v);
    if (Number.isNaN(v))
        return 'NaN';
    if (!Number.isFinite(v))
        return v > 0 ? '+Inf' : '-Inf';
    // Go's %v for float64 is %g with the shortest repr: exponent form from 1e21 up, as JS does.
    return String(v).replace(/e([+-])(\d)$/, 'e$10$2');
}

;// CONCATENATED MODULE: ./src/sdk/config/weak.ts


const weak_isMap = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function unconvertible(name, want, v, errs) {
    errs.push(`'${name}' expected type '${want}', got unconvertible type '${goTypeName(v)}', value: '${goValue(v)}'`);
    return undefined;
}
function weakString(name, v, errs) {
    if (typeof v === 'string')
        return v;
    if (typeof v === 'boolean')
        return v ? '1' : '0';
    if (typeof v === 'number')
        return goNumberString(v);
    return unconvertible(name, 'string', v, errs);
}
/** strconv.FormatFloat(f, 'f', -1, 64) for floats, FormatInt for whole numbers. */
function goNumberString(v) {
    if (Number.isInteger(v) && Math.abs(v) < 1e21)
        return v.toFixed(0);
    return String(v);
}
function weakInt(name, v, errs) {
    if (typeof v === 'number')
        return Math.trunc(v);
    if (typeof v === 'boolean')
        return v ? 1 : 0;
    if (typeof v === 'string') {
        const text = v === '' ? '0' : v;
        // strconv.ParseInt(s, 0, 64): decimal, 0x, 0o/0 and 0b prefixes, optional sign.
        const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO]?[0-7]+|[1-9]\d*|0)$/.exec(text);
        if (!m) {
            errs.push(`cannot parse '${name}' as int: strconv.ParseInt: parsing ${JSON.stringify(v)}: invalid syntax`);
            return undefined;
        }
        const body = m[2];
        let n;
        if (/^0[xX]/.test(body))
            n = parseInt(body.slice(2), 16);
        else if (/^0[bB]/.test(body))
            n = parseInt(body.slice(2), 2);
        else if (/^0[oO]/.test(body))
            n = parseInt(body.slice(2), 8);
        else if (body.length > 1 && body.startsWith('0'))
            n = parseInt(body.slice(1), 8);
        else
            n = parseInt(body, 10);
        return m[1] === '-' ? -n : n;
    }
    return unconvertible(name, 'int', v, errs);
}
const goTrue = ['1', 't', 'T', 'TRUE', 'true', 'True'];
const goFalse = ['0', 'f', 'F', 'FALSE', 'false', 'False'];
function weakBool(name, v, errs) {
    if (typeof v === 'boolean')
        return v;
    if (typeof v === 'number')
        return v !== 0;
    if (typeof v === 'string') {
        if (v === '' || goFalse.includes(v))
            return false;
        if (goTrue.includes(v))
            return true;
        errs.push(`cannot parse '${name}' as bool: strconv.ParseBool: parsing ${JSON.stringify(v)}: invalid syntax`);
        return undefined;
    }
    return unconvertible(name, 'bool', v, errs);
}
/** Packer's StringToTimeDurationHookFunc for strings; numbers are nanoseconds as in Go. */
function weakDuration(name, v, errs) {
    if (typeof v === 'string') {
        try {
            return Number((0,duration/* parseDurationNs */.PA)(v)) / 1e6;
        }
        catch (e) {
            errs.push(`error decoding '${name}': ${e.message}`);
            return undefined;
        }
    }
    const ns = weakInt(name, v, errs);
    return ns === undefined ? undefined : ns / 1e6;
}
/** Weak input lifts a single value into a one-element list; an empty map is an empty list. */
function weakList(name, v, errs, elem, zero) {
    let items;
    if (Array.isArray(v))
        items = v;
    else if (weak_isMap(v) && Object.keys(v).length === 0)
        items = [];
    else
        items = [v];
    const out = [];
    const before = errs.length;
    items.forEach((x, i) => {
        const d = x === null ? zero : elem(`${name}[${i}]`, x, errs);
        if (d !== undefined)
            out.push(d);
    });
    return errs.length > before ? undefined : out;
}
function weakStringMap(name, v, errs) {
    let maps;
    if (weak_isMap(v))
        maps = [v];
    else if (Array.isArray(v) && v.every(weak_isMap))
        maps = v; // weak input merges a list of maps
    else {
        errs.push(`'${name}' expected a map, got '${goKindName(v)}'`);
        return undefined;
    }
    const out = {};
    const before = errs.length;
    for (const m of maps) {
        for (const [k, x] of Object.entries(m)) {
            // Keys arrive as interface{} over RPC, hence mapstructure's odd element name.
            const s = x === null ? '' : weakString(`${name}[<interface {} Value>]`, x, errs);
            if (s !== undefined)
                out[k] = s;
        }
    }
    return errs.length > before ? undefined : out;
}
function decodeKind(kind, name, v, errs) {
    switch (kind) {
        case 'string':
            return weakString(name, v, errs);
        case 'int':
            return weakInt(name, v, errs);
        case 'bool':
            return weakBool(name, v, errs);
        case 'duration':
            return weakDuration(name, v, errs);
        case 'string-list':
            return weakList(name, v, errs, weakString, '');
        case 'int-list':
            return weakList(name, v, errs, weakInt, 0);
        case 'string-map':
            return weakStringMap(name, v, errs);
        case 'any':
            return v;
    }
}

;// CONCATENATED MODULE: ./src/sdk/config/packer.ts


const onErrors = ['cleanup', 'abort', 'ask', 'run-cleanup-provisioner'];
/**
 * Reads the core's `packer_*` settings out of the (merged) raw config: packer-plugin-sdk
 * `common.PackerConfig`. Missing keys take the values Packer's core would send by default.
 * Type problems are pushed onto `errs` with mapstructure's wording.
 */
function decodePackerConfig(raw, errs = []) {
    const get = (key, kind, dflt) => {
        const v = raw[key];
        if (v === undefined || v === null)
            return dflt;
        const d = decodeKind(kind, key, v, errs);
        return d === undefined ? dflt : d;
    };
    const onError = get(packer_config/* PackerConfigKeys */.nF.onError, 'string', 'cleanup');
    return {
        buildName: get(packer_config/* PackerConfigKeys */.nF.buildName, 'string', ''),
        builderType: get(packer_config/* PackerConfigKeys */.nF.builderType, 'string', ''),
        coreVersion: get(packer_config/* PackerConfigKeys */.nF.coreVersion, 'string', ''),
        debug: get(packer_config/* PackerConfigKeys */.nF.debug, 'bool', false),
        force: get(packer_config/* PackerConfigKeys */.nF.force, 'bool', false),
        // Packer leaves an unknown value to the runner, which treats it as the default.
        onError: onErrors.includes(onError) ? onError : 'cleanup',
        templatePath: get(packer_config/* PackerConfigKeys */.nF.templatePath, 'string', ''),
        userVariables: get(packer_config/* PackerConfigKeys */.nF.userVariables, 'string-map', {}),
        sensitiveVariables: get(packer_config/* PackerConfigKeys */.nF.sensitiveVariables, 'string-list', []),
    };
}

;// CONCATENATED MODULE: ./src/sdk/config/decode.ts






/** The interpolation context Packer's config.Decode builds from the core's settings. */
function contextFromPacker(p, extra = {}) {
    return {
        buildName: p.buildName,
        buildType: p.builderType,
        templatePath: p.templatePath,
        userVariables: p.userVariables,
        sensitiveVariables: p.sensitiveVariables,
        coreVersion: p.coreVersion,
        ...extra,
    };
}
/**
 * packer-plugin-sdk `DetectContextData`: a provisioner's last raw may be the core's placeholder
 * map of generated data (`PackerRunUUID: "Build_PackerRunUUID. …"`). It is not config: it becomes
 * the context data, so that `{{ build `ID` }}` survives the first rendering as `{{.ID}}`.
 */
function detectContextData(raws) {
    const last = raws[raws.length - 1];
    const uuid = last?.['PackerRunUUID'];
    if (typeof uuid === 'string' && uuid.includes('Build_PackerRunUUID.'))
        return [last, raws.slice(0, -1)];
    return [undefined, raws];
}
/**
 * packer-plugin-sdk `config.Decode`: merge the raws (later wins), render templates, decode with
 * weak typing, then reject unknown keys. Throws the interpolation error, a ConfigDecodeError
 * (all type errors), or a MultiError of unknown keys — in that order, as Packer does.
 */
function decodeConfig(spec, raws, opts = {}) {
    const [placeholders, rest] = detectContextData(raws);
    const merged = mergeRaws(rest);
    const packerErrs = [];
    const packer = decodePackerConfig(merged, packerErrs);
    const ctx = contextFromPacker(packer, placeholders ? { data: placeholders, ...opts.ctx } : opts.ctx);
    const own = {};
    for (const [k, v] of Object.entries(merged))
        if (!k.startsWith('packer_'))
            own[k] = v;
    const rendered = opts.interpolate === false ? own : (0,interpolate/* renderDeep */.PQ)(own, ctx, opts.exclude ?? []);
    const typeErrs = [...packerErrs];
    const config = {};
    const present = new Set();
    const used = new Set(['type']);
    for (const [key, field] of Object.entries(spec)) {
        const name = field.goField ?? key;
        const rawKey = mapstructureKey(name, rendered);
        if (rawKey !== undefined)
            used.add(rawKey);
        const v = rawKey === undefined ? undefined : rendered[rawKey];
        if (v === undefined || v === null) {
            if (field.default !== undefined)
                config[key] = structuredClone(field.default);
            continue;
        }
        present.add(key);
        const d = decodeKind(field.kind, name, v, typeErrs);
        if (d !== undefined)
            config[key] = d;
    }
    if (typeErrs.length > 0)
        throw new ConfigDecodeError(typeErrs);
    const unknown = Object.keys(rendered)
        .filter((k) => !used.has(k))
        .sort();
    sdk_errors/* MultiError */.q6.throwIfAny(unknown.map(unknownKeyError));
    const errors = [];
    for (const [key, field] of Object.entries(spec)) {
        const v = config[key];
        const empty = v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
        if (field.required && empty)
            errors.push(new Error(`${key} must be specified`));
    }
    return { config: config, packer, ctx, present, errors };
}
/**
 * mapstructure's key lookup for a struct field: the exact name, else the first key equal to it
 * ignoring case (`DURATION`, `Output` are accepted, as by Packer). Errors name the field, not
 * the key written.
 */
function mapstructureKey(name, raw) {
    if (Object.hasOwn(raw, name))
        return name;
    const lower = name.toLowerCase();
    return Object.keys(raw).find((k) => k.toLowerCase() === lower);
}

;// CONCATENATED MODULE: ./src/sdk/config/spec.ts
/** Declares a spec while keeping its literal kinds, so ConfigOf can type the result. */
function defineSpec(spec) {
    return spec;
}

;// CONCATENATED MODULE: ./src/sdk/config/index.ts
// Config decoding for components: packer-plugin-sdk `template/config` + mapstructure (weak typing).








/***/ }),

/***/ 1394:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   IL: () => (/* binding */ formatGoDuration),
/* harmony export */   PA: () => (/* binding */ parseDurationNs)
/* harmony export */ });
/* unused harmony export DurationError */
/**
 * Go's `time.ParseDuration` (Go 1.15, the toolchain of Packer 1.6.6), with its error wording,
 * because templates give `pause_before`, `timeout`, `start_retry_timeout`… as Go durations and
 * users grep Packer's messages. Arithmetic is done in BigInt nanoseconds so overflow is detected
 * exactly as Go does (int64).
 */
const NS_PER_UNIT = {
    ns: 1n,
    us: 1000n,
    'µs': 1000n, // U+00B5 micro sign
    'μs': 1000n, // U+03BC Greek mu
    ms: 1000000n,
    s: 1000000000n,
    m: 60000000000n,
    h: 3600000000000n,
};
const MAX_INT64 = (1n << 63n) - 1n;
/** Go's internal `quote`: no escaping, as in Go 1.15. */
const quote = (s) => `"${s}"`;
class DurationError extends Error {
    name = 'DurationError';
}
const isDigit = (c) => c !== undefined && c >= '0' && c <= '9';
/** Parses a Go duration string into nanoseconds. Throws DurationError with Go's message. */
function parseDurationNs(orig) {
    const invalid = () => new DurationError(`time: invalid duration ${quote(orig)}`);
    let s = orig;
    let neg = false;
    if (s !== '' && (s[0] === '-' || s[0] === '+')) {
        neg = s[0] === '-';
        s = s.slice(1);
    }
    if (s === '0')
        return 0n;
    if (s === '')
        throw invalid();
    let total = 0n;
    while (s !== '') {
        if (!(s[0] === '.' || isDigit(s[0])))
            throw invalid();
        let i = 0;
        let v = 0n;
        while (isDigit(s[i])) {
            v = v * 10n + BigInt(s.charCodeAt(i) - 48);
            if (v > MAX_INT64)
                throw invalid();
            i++;
        }
        const pre = i > 0;
        s = s.slice(i);
        let post = false;
        let frac = 0n;
        let scale = 1;
        if (s[0] === '.') {
            s = s.slice(1);
            let j = 0;
            let overflow = false;
            while (isDigit(s[j])) {
                // Go's leadingFraction stops accumulating (but keeps consuming) on overflow.
                if (!overflow) {
                    const next = frac * 10n + BigInt(s.charCodeAt(j) - 48);
                    if (next > MAX_INT64)
                        overflow = true;
                    else {
                        frac = next;
                        scale *= 10;
                    }
                }
                j++;
            }
            post = j > 0;
            s = s.slice(j);
        }
        if (!pre && !post)
            throw invalid();
        let u = 0;
        while (u < s.length && !(s[u] === '.' || isDigit(s[u])))
            u++;
        if (u === 0)
            throw new DurationError(`time: missing unit in duration ${quote(orig)}`);
        const unitName = s.slice(0, u);
        s = s.slice(u);
        const unit = NS_PER_UNIT[unitName];
        if (unit === undefined) {
            throw new DurationError(`time: unknown unit ${quote(unitName)} in duration ${quote(orig)}`);
        }
        if (v > MAX_INT64 / unit)
            throw invalid();
        v *= unit;
        if (frac > 0n) {
            v += BigInt(Math.trunc(Number(frac) * (Number(unit) / scale)));
            if (v > MAX_INT64)
                throw invalid();
        }
        total += v;
        if (total > MAX_INT64)
            throw invalid();
    }
    return neg ? -total : total;
}
/** Parses a Go duration string into milliseconds (fractions kept: `1ns` = 0.000001). */
function parseDuration(s) {
    return Number(parseDurationNs(s)) / 1e6;
}
/**
 * Go's `time.Duration.String()` ("1s", "100ms", "1m30s", "1h0m0s"), which Packer prints in
 * `Pausing 1s before…` and `Setting a 1s timeout…`. Input in milliseconds.
 */
function formatGoDuration(ms) {
    if (ms === 0)
        return '0s';
    const neg = ms < 0;
    let rest = Math.abs(ms);
    let out;
    if (rest < 1000) {
        out = trimFraction(rest) + 'ms';
    }
    else {
        const h = Math.floor(rest / 3_600_000);
        rest -= h * 3_600_000;
        const m = Math.floor(rest / 60_000);
        rest -= m * 60_000;
        const s = trimFraction(rest / 1000) + 's';
        out = h > 0 ? `${h}h${m}m${s}` : m > 0 ? `${m}m${s}` : s;
    }
    return neg ? '-' + out : out;
}
function trimFraction(n) {
    return String(Number(n.toFixed(9)));
}


/***/ }),

/***/ 8370:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aR: () => (/* binding */ PackerMultiError),
/* harmony export */   cc: () => (/* binding */ CancelledError),
/* harmony export */   dZ: () => (/* binding */ throwIfCancelled),
/* harmony export */   q6: () => (/* binding */ MultiError)
/* harmony export */ });
/* unused harmony exports formatMulti, BuildHaltedError */
/**
 * Outcomes a component or the core can report, one class each, checked with `instanceof`.
 * Messages follow Packer's wording where users (and scripts) already depend on it.
 */
/** Several errors at once, formatted as hashicorp/go-multierror does (Packer prints this form). */
class MultiError extends Error {
    errors;
    name = 'MultiError';
    constructor(errors) {
        super(formatMulti(errors));
        this.errors = errors;
    }
    static of(errors) {
        return new MultiError(errors.map((e) => (typeof e === 'string' ? new Error(e) : e)));
    }
    /** Throws a MultiError when `errors` is not empty. */
    static throwIfAny(errors) {
        if (errors.length > 0)
            throw MultiError.of(errors);
    }
}
function formatMulti(errors) {
    if (errors.length === 1)
        return `1 error occurred:\n\t* ${errors[0].message}\n\n`;
    const points = errors.map((e) => `* ${e.message}`).join('\n\t');
    return `${errors.length} errors occurred:\n\t${points}\n\n`;
}
/** The build was cancelled (signal aborted). Not a failure of the component. */
class CancelledError extends Error {
    name = 'CancelledError';
    constructor(message = 'Build was cancelled.') {
        super(message);
    }
}
/** A step halted the build; `message` is what the step reported. */
class BuildHaltedError extends (/* unused pure expression or super */ null && (Error)) {
    name = 'BuildHaltedError';
}
/** Throws CancelledError when `signal` is aborted; call between units of work. */
function throwIfCancelled(signal) {
    if (signal?.aborted)
        throw new CancelledError();
}
/**
 * packer-plugin-sdk's own `packer.MultiError` (not go-multierror): `N error(s) occurred:\n\n* a\n* b`.
 * Packer uses it for post-processor failures and some components' prepare errors.
 */
class PackerMultiError extends Error {
    errors;
    name = 'PackerMultiError';
    constructor(errors) {
        super(`${errors.length} error(s) occurred:\n\n${errors.map((e) => `* ${e.message}`).join('\n')}`);
        this.errors = errors;
    }
}


/***/ }),

/***/ 5989:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cc: () => (/* reexport */ errors/* CancelledError */.cc),
  L3: () => (/* reexport */ HookCleanupProvision),
  Zo: () => (/* reexport */ HookProvision),
  NN: () => (/* reexport */ packer_config/* PackerCompatVersion */.NN),
  aR: () => (/* reexport */ errors/* PackerMultiError */.aR),
  IL: () => (/* reexport */ duration/* formatGoDuration */.IL),
  gC: () => (/* reexport */ goPathError),
  dg: () => (/* reexport */ quote/* quote */.hD),
  r: () => (/* reexport */ mkdirAll),
  NA: () => (/* reexport */ packer_config/* packerConfigRaw */.NA),
  PA: () => (/* reexport */ duration/* parseDurationNs */.PA),
  dZ: () => (/* reexport */ errors/* throwIfCancelled */.dZ)
});

// UNUSED EXPORTS: BuildHaltedError, ConfigDecodeError, DurationError, MultiError, PackerConfigKeys, decodeConfig, defineSpec, formatMulti, parseDuration

;// CONCATENATED MODULE: ./src/sdk/hook.ts
/** Hook names a builder fires; the core attaches the provisioners to the first. */
const HookProvision = 'packer_provision';
const HookCleanupProvision = 'packer_cleanup_provision';

// EXTERNAL MODULE: ./src/sdk/packer-config.ts
var packer_config = __webpack_require__(9815);
// EXTERNAL MODULE: ./src/sdk/errors.ts
var errors = __webpack_require__(8370);
// EXTERNAL MODULE: ./src/sdk/duration.ts
var duration = __webpack_require__(1394);
// EXTERNAL MODULE: ./src/sdk/config/index.ts + 7 modules
var config = __webpack_require__(144);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/sdk/mkdir-all.ts


/**
 * Go's os.MkdirAll. Written out because Node's `mkdir({ recursive: true })` never settles for
 * some unwritable parents (seen under /proc with Node 20), which would hang a build instead of
 * failing it; this walks up one level at a time and always settles.
 */
async function mkdirAll(dir, mode = 0o755) {
    try {
        if ((await (0,promises_.stat)(dir)).isDirectory())
            return;
        throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${dir}'`), { code: 'ENOTDIR', path: dir });
    }
    catch (e) {
        if (e.code !== 'ENOENT')
            throw e;
    }
    const parent = (0,external_node_path_.dirname)(dir);
    if (parent !== dir)
        await mkdirAll(parent, mode);
    try {
        await (0,promises_.mkdir)(dir, { mode });
    }
    catch (e) {
        if (e.code !== 'EEXIST')
            throw e;
    }
}

;// CONCATENATED MODULE: ./src/sdk/go-path-error.ts
/**
 * Go's *PathError text (`open x: no such file or directory`) for a Node fs error, because
 * Packer prints these verbatim where Node would say `ENOENT: no such file or directory, open 'x'`
 * (G15 `file-builder-missing-source`, own case 38-unwritable-output). Shared by components and
 * communicators, hence here.
 */
const errnoText = {
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EISDIR: 'is a directory',
    ENOTDIR: 'not a directory',
    EEXIST: 'file exists',
    ENOTEMPTY: 'directory not empty',
    ENOSPC: 'no space left on device',
    EROFS: 'read-only file system',
    ELOOP: 'too many levels of symbolic links',
    ENAMETOOLONG: 'file name too long',
    EBUSY: 'device or resource busy',
    EXDEV: 'invalid cross-device link',
};
function goPathError(op, path, err) {
    const code = err?.code;
    const text = (code && errnoText[code]) ?? (err instanceof Error ? err.message : String(err));
    return new Error(`${op} ${path}: ${text}`);
}

// EXTERNAL MODULE: ./src/sdk/interpolate/parse/quote.ts
var quote = __webpack_require__(2256);
;// CONCATENATED MODULE: ./src/sdk/index.ts
// The contracts every component implements (built in, remote plugin, served plugin).
// This layer imports nothing of ours.

// --- settings from the core



// --- config decoding for components (packer-plugin-sdk template/config)



// --- Go's strconv.Quote (%q), for messages worded as Packer's



/***/ }),

/***/ 9636:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  XX: () => (/* reexport */ render),
  PQ: () => (/* reexport */ renderDeep)
});

// UNUSED EXPORTS: ErrVariableNotSetString, GoFloat, GoStruct, InterpolateError, PlaceholderMsg, formatGoTime, initTime, isTemplated, sprintf, strftime, validate

;// CONCATENATED MODULE: ./src/sdk/interpolate/exec/signature.ts
// Go function signatures, as far as the executor needs them: text/template
// checks argument counts and types against the declared parameters before it
// calls, and its error messages name those types.
/** reflect.Type.String() of a parameter type. */
function paramTypeName(t) {
    switch (t) {
        case 'any': return 'interface {}';
        case 'value': return 'reflect.Value';
        default: return t;
    }
}
function goFunc(params, call, variadic) {
    return variadic ? { params, variadic, call: call } : { params, call: call };
}
/** An extra function from the caller: func(...interface{}) (interface{}, error). */
function looseFunc(fn) {
    return { params: [], variadic: 'any', call: fn };
}

;// CONCATENATED MODULE: ./src/sdk/interpolate/exec/values.ts
// How Go values are represented here. Templates only see a few Go types, and
// error messages name them, so each JS value maps to one Go type name:
//   undefined          the invalid reflect.Value (missing key, untyped nil)
//   null               a nil interface{}
//   string, boolean    string, bool
//   number             int when integral, float64 otherwise
//   GoFloat            a float64 that happens to be integral (`1.0` in a template)
//   Array              []interface {}
//   plain object, Map  map[string]interface {}
//   GoStruct           a named struct (pointer), e.g. *shell_local.ExecuteCommandTemplate
//   Iface              a value read out of an interface{}-typed container: Go reports its
//                      static type "interface {}" until the pipeline unwraps it
class GoFloat {
    value;
    constructor(value) {
        this.value = value;
    }
}
/** Data that behaves like a Go struct: a missing field is an error naming `typeName`. */
class GoStruct {
    typeName;
    fields;
    constructor(typeName, fields) {
        this.typeName = typeName;
        this.fields = fields;
    }
}
class Iface {
    value;
    constructor(value) {
        this.value = value;
    }
}
const MISSING = Symbol('missingVal');
function unwrap(v) {
    return v instanceof Iface ? v.value : v;
}
function isRecord(v) {
    if (v === null || typeof v !== 'object')
        return false;
    const proto = Object.getPrototypeOf(v);
    return proto === Object.prototype || proto === null;
}
function kindOf(v) {
    if (v === undefined)
        return 'invalid';
    if (v === null)
        return 'nil';
    switch (typeof v) {
        case 'string': return 'string';
        case 'boolean': return 'bool';
        case 'number': return Number.isInteger(v) ? 'int' : 'float64';
        case 'bigint': return 'int';
        case 'function': return 'func';
    }
    if (v instanceof GoFloat)
        return 'float64';
    if (v instanceof Iface)
        return 'interface';
    if (v instanceof GoStruct)
        return 'struct';
    if (Array.isArray(v))
        return 'slice';
    if (v instanceof Map || isRecord(v))
        return 'map';
    return 'struct';
}
/** The Go type name as reflect.Type.String() would print it. */
function typeName(v) {
    switch (kindOf(v)) {
        case 'invalid':
        case 'nil': return '<nil>';
        case 'string': return 'string';
        case 'bool': return 'bool';
        case 'int': return 'int';
        case 'float64': return 'float64';
        case 'slice': return '[]interface {}';
        case 'map': return 'map[string]interface {}';
        case 'func': return 'func(...interface {}) (interface {}, error)';
        case 'interface': return 'interface {}';
        case 'struct': return v instanceof GoStruct ? v.typeName : 'struct {}';
    }
}
function floatOf(v) {
    return v instanceof GoFloat ? v.value : Number(v);
}
/** Entries of a map value, keys sorted as Go's fmtsort does for strings. */
function mapEntries(v) {
    const entries = v instanceof Map ? [...v.entries()].map(([k, x]) => [String(k), x]) : Object.entries(v);
    return entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
function mapGet(m, key) {
    if (m instanceof Map)
        return { found: m.has(key), value: m.get(key) };
    const rec = m;
    return Object.prototype.hasOwnProperty.call(rec, key) ? { found: true, value: rec[key] } : { found: false, value: undefined };
}
function lengthOf(v) {
    if (typeof v === 'string')
        return Buffer.byteLength(v);
    if (Array.isArray(v))
        return v.length;
    if (v instanceof Map)
        return v.size;
    return Object.keys(v).length;
}

// EXTERNAL MODULE: ./src/sdk/interpolate/parse/quote.ts
var quote = __webpack_require__(2256);
;// CONCATENATED MODULE: ./src/sdk/interpolate/fmt/float.ts
// strconv.FormatFloat for 'e', 'f', 'g' (64-bit): exact decimal expansion of the
// double, rounded half-to-even as Go does (JS toFixed rounds ties differently).
/** The exact decimal value of a finite, non-negative double. */
function exact(x) {
    if (x === 0)
        return { d: '', dp: 0 };
    const buf = new DataView(new ArrayBuffer(8));
    buf.setFloat64(0, x);
    const bits = buf.getBigUint64(0);
    const expBits = Number((bits >> 52n) & 0x7ffn);
    let mant = bits & ((1n << 52n) - 1n);
    let e2;
    if (expBits === 0)
        e2 = -1074;
    else {
        mant |= 1n << 52n;
        e2 = expBits - 1075;
    }
    let s;
    let dp;
    if (e2 >= 0) {
        s = (mant << BigInt(e2)).toString();
        dp = s.length;
    }
    else {
        s = (mant * 5n ** BigInt(-e2)).toString();
        dp = s.length + e2; // divide by 10^(-e2)
    }
    const lead = s.match(/^0*/)[0].length;
    s = s.slice(lead);
    dp -= lead;
    return { d: s.replace(/0+$/, ''), dp };
}
/** Shortest digits that round-trip (what JS's ToString also finds). */
function shortest(x) {
    if (x === 0)
        return { d: '', dp: 0 };
    const [m, e] = x.toExponential().split('e');
    const d = m.replace('.', '').replace(/0+$/, '');
    return { d, dp: Number(e) + 1 };
}
/** Rounds to nd significant digits, half to even on the exact value. */
function roundTo(a, nd) {
    if (nd < 0)
        return { d: '', dp: a.dp };
    if (a.d.length <= nd)
        return a;
    const keep = a.d.slice(0, nd);
    const rest = a.d.slice(nd);
    let up;
    if (rest[0] > '5')
        up = true;
    else if (rest[0] < '5')
        up = false;
    else if (rest.length > 1)
        up = true; // digits are exact and trailing zeros trimmed
    else
        up = nd > 0 && Number(keep[nd - 1]) % 2 === 1;
    if (!up)
        return { d: keep.replace(/0+$/, ''), dp: a.dp };
    if (nd === 0)
        return { d: '1', dp: a.dp + 1 };
    const n = (BigInt(keep) + 1n).toString();
    if (n.length > keep.length)
        return { d: n.replace(/0+$/, ''), dp: a.dp + 1 };
    return { d: n.replace(/0+$/, ''), dp: a.dp };
}
const digitAt = (a, i) => (i >= 0 && i < a.d.length ? a.d[i] : '0');
function fmtE(a, prec, ch) {
    let s = a.d.length === 0 ? '0' : a.d[0];
    if (prec > 0) {
        s += '.';
        for (let i = 1; i <= prec; i++)
            s += digitAt(a, i);
    }
    const exp = a.d.length === 0 ? 0 : a.dp - 1;
    const es = String(Math.abs(exp)).padStart(2, '0');
    return s + ch + (exp < 0 ? '-' : '+') + es;
}
function fmtF(a, prec) {
    let s = '';
    if (a.dp > 0)
        for (let i = 0; i < a.dp; i++)
            s += digitAt(a, i);
    else
        s = '0';
    if (prec > 0) {
        s += '.';
        for (let i = 0; i < prec; i++)
            s += digitAt(a, a.dp + i);
    }
    return s;
}
/** strconv.FormatFloat(x, fmt, prec, 64) for fmt in e E f F g G. */
function formatFloat(x, fmt, prec) {
    if (Number.isNaN(x))
        return 'NaN';
    if (!Number.isFinite(x))
        return x > 0 ? '+Inf' : '-Inf';
    const neg = x < 0 || Object.is(x, -0);
    const v = Math.abs(x);
    const sign = neg ? '-' : '';
    const isShortest = prec < 0;
    let a;
    const lower = fmt.toLowerCase();
    if (isShortest) {
        a = shortest(v);
        if (lower === 'e')
            prec = Math.max(a.d.length - 1, 0);
        else if (lower === 'f')
            prec = Math.max(a.d.length - a.dp, 0);
        else
            prec = a.d.length;
    }
    else {
        const ex = exact(v);
        if (lower === 'e')
            a = roundTo(ex, prec + 1);
        else if (lower === 'f')
            a = roundTo(ex, ex.dp + prec);
        else {
            if (prec === 0)
                prec = 1;
            a = roundTo(ex, prec);
        }
    }
    if (a.d.length === 0)
        a = { d: '', dp: 0 };
    if (lower === 'e')
        return sign + fmtE(a, prec, fmt === 'E' ? 'E' : 'e');
    if (lower === 'f')
        return sign + fmtF(a, prec);
    let eprec = prec;
    const nd = a.d.length;
    if (eprec > nd && nd >= a.dp)
        eprec = nd;
    if (isShortest)
        eprec = 6;
    const exp = a.dp - 1;
    if (nd > 0 && (exp < -4 || exp >= eprec)) {
        if (prec > nd)
            prec = nd;
        return sign + fmtE(a, prec - 1, fmt === 'G' ? 'E' : 'e');
    }
    if (prec > a.dp)
        prec = nd;
    return sign + fmtF(a, Math.max(prec - a.dp, 0));
}

;// CONCATENATED MODULE: ./src/sdk/interpolate/fmt/print.ts
// Go's fmt.Sprint / Sprintf / Sprintln for the value model of exec/values.ts:
// the verbs templates use, Go's flags and width/precision, and Go's
// %!verb(type=value) / %!d(MISSING) / %!(EXTRA …) error forms.



const noFlags = () => ({ plus: false, minus: false, sharp: false, space: false, zero: false, width: null, prec: null });
function pad(s, f, numeric = false) {
    if (f.width === null)
        return s;
    const n = [...s].length;
    if (n >= f.width)
        return s;
    const fill = f.width - n;
    if (f.minus)
        return s + ' '.repeat(fill);
    if (f.zero && numeric) {
        const sign = /^[+\- ]/.test(s) ? s[0] : '';
        return sign + '0'.repeat(fill) + s.slice(sign.length);
    }
    if (f.zero && !numeric)
        return '0'.repeat(fill) + s;
    return ' '.repeat(fill) + s;
}
function withSign(s, neg, f) {
    if (neg)
        return '-' + s;
    if (f.plus)
        return '+' + s;
    if (f.space)
        return ' ' + s;
    return s;
}
function fmtInt(v, verb, f) {
    const b = BigInt(v);
    const neg = b < 0n;
    const abs = neg ? -b : b;
    let s;
    switch (verb) {
        case 'v':
        case 'd':
            s = abs.toString(10);
            break;
        case 'b':
            s = abs.toString(2);
            break;
        case 'o':
        case 'O':
            s = abs.toString(8);
            break;
        case 'x':
            s = abs.toString(16);
            break;
        case 'X':
            s = abs.toString(16).toUpperCase();
            break;
        case 'c': return pad(String.fromCodePoint(Number(b)), f);
        case 'q': return pad((0,quote/* quoteRune */.Zx)(Number(b)), f);
        case 'U': {
            let u = 'U+' + abs.toString(16).toUpperCase().padStart(4, '0');
            if (f.sharp)
                u += ` '${String.fromCodePoint(Number(b))}'`;
            return pad(u, f);
        }
        default: return null;
    }
    if (f.prec !== null)
        s = f.prec === 0 && abs === 0n ? '' : s.padStart(f.prec, '0');
    if (verb === 'O')
        s = '0o' + s;
    else if (f.sharp) {
        if (verb === 'x')
            s = '0x' + s;
        else if (verb === 'X')
            s = '0X' + s;
        else if (verb === 'o' && !s.startsWith('0'))
            s = '0' + s;
        else if (verb === 'b')
            s = '0b' + s;
    }
    return pad(withSign(s, neg, f), f.prec !== null ? { ...f, zero: false } : f, true);
}
function fmtFloatVerb(x, verb, f) {
    let s;
    switch (verb) {
        case 'v':
        case 'g':
        case 'G':
            s = formatFloat(x, verb === 'G' ? 'G' : 'g', f.prec ?? -1);
            break;
        case 'e':
        case 'E':
        case 'f':
        case 'F':
            s = formatFloat(x, verb === 'F' ? 'f' : verb, f.prec ?? 6);
            break;
        default: return null;
    }
    if (f.sharp && !s.includes('.') && /^[+-]?\d/.test(s)) {
        const m = /^([^eE]*)(.*)$/.exec(s);
        s = m[1] + '.' + m[2];
    }
    const neg = s.startsWith('-');
    if (neg)
        s = s.slice(1);
    if (s === 'Inf' || s === '+Inf')
        return pad(withSign('Inf', neg, { ...f, plus: f.plus || !neg }), { ...f, zero: false });
    return pad(withSign(s, neg, f), f, true);
}
function fmtString(s, verb, f) {
    switch (verb) {
        case 'v':
        case 's':
            return pad(f.prec !== null ? [...s].slice(0, f.prec).join('') : s, f);
        case 'q':
            if (f.sharp && !/[`\x00-\x08\x0a-\x1f\x7f]/.test(s))
                return pad('`' + s + '`', f);
            return pad((0,quote/* quote */.hD)(f.prec !== null ? [...s].slice(0, f.prec).join('') : s, f.plus), f);
        case 'x':
        case 'X': {
            let bytes = [...Buffer.from(s, 'utf8')];
            if (f.prec !== null)
                bytes = bytes.slice(0, f.prec);
            const hs = bytes.map((b) => {
                const h = b.toString(16).padStart(2, '0');
                const x = verb === 'X' ? h.toUpperCase() : h;
                return f.sharp ? (verb === 'X' ? '0X' : '0x') + x : x;
            });
            return pad(hs.join(f.space ? ' ' : ''), f);
        }
        default: return null;
    }
}
function badVerb(v, verb) {
    if (v === undefined || v === null)
        return `%!${verb}(<nil>)`;
    return `%!${verb}(${typeName(v)}=${printArg(v, 'v', noFlags(), 1)})`;
}
/** One operand formatted under one verb (fmt's printArg/printValue). */
function printArg(v, verb, f, depth = 0) {
    if (v instanceof Iface)
        v = v.value;
    if (verb === 'T')
        return pad(typeName(v), f);
    if (verb === 'v' && f.sharp)
        return pad(goSyntax(v, depth), f);
    const k = kindOf(v);
    let out = null;
    switch (k) {
        case 'invalid':
        case 'nil':
            if (verb === 'v')
                return pad(depth > 0 ? '<nil>' : '<nil>', f);
            return badVerb(v, verb);
        case 'bool':
            out = verb === 'v' || verb === 't' ? pad(String(v), f) : null;
            break;
        case 'int':
            out = fmtInt(v, verb, f);
            break;
        case 'float64':
            out = fmtFloatVerb(floatOf(v), verb, f);
            break;
        case 'string':
            out = fmtString(v, verb, f);
            break;
        case 'slice':
            return pad('[' + v.map((e) => printArg(e, verb, { ...f, width: null }, depth + 1)).join(' ') + ']', { ...f, zero: false, width: null });
        case 'map':
            return 'map[' + mapEntries(v).map(([key, e]) => printArg(key, verb, f, depth + 1) + ':' + printArg(e, verb, f, depth + 1)).join(' ') + ']';
        case 'struct': {
            const st = v;
            const fields = st instanceof GoStruct ? Object.values(st.fields) : [];
            const body = '{' + fields.map((e) => printArg(e, verb, f, depth + 1)).join(' ') + '}';
            return (st instanceof GoStruct && st.typeName.startsWith('*') && depth === 0 ? '&' : '') + body;
        }
        case 'func':
            return verb === 'v' || verb === 'p' ? '0xc000000000' : badVerb(v, verb);
        default:
            break;
    }
    return out ?? badVerb(v, verb);
}
/** %#v: a Go-syntax representation of the value. */
function goSyntax(v, depth) {
    if (v instanceof Iface)
        v = v.value;
    switch (kindOf(v)) {
        case 'invalid':
        case 'nil': return depth > 0 ? 'interface {}(nil)' : '<nil>';
        case 'string': return (0,quote/* quote */.hD)(v);
        case 'float64': return formatFloat(floatOf(v), 'g', -1);
        case 'slice': return '[]interface {}{' + v.map((e) => goSyntax(e, depth + 1)).join(', ') + '}';
        case 'map': return 'map[string]interface {}{' + mapEntries(v).map(([k, e]) => `${(0,quote/* quote */.hD)(k)}:${goSyntax(e, depth + 1)}`).join(', ') + '}';
        default: return printArg(v, 'v', noFlags(), depth + 1);
    }
}
const isStringArg = (v) => typeof unwrapOne(v) === 'string';
const unwrapOne = (v) => (v instanceof Iface ? v.value : v);
/** fmt.Sprint: spaces between operands when neither side is a string. */
function sprint(args) {
    let out = '';
    args.forEach((a, i) => {
        if (i > 0 && !isStringArg(a) && !isStringArg(args[i - 1]))
            out += ' ';
        out += printArg(a, 'v', noFlags());
    });
    return out;
}
/** fmt.Sprintln: always spaces, then a newline. */
function sprintln(args) {
    return args.map((a) => printArg(a, 'v', noFlags())).join(' ') + '\n';
}
function intArg(v) {
    const u = unwrapOne(v);
    return kindOf(u) === 'int' ? Number(u) : null;
}
/** fmt.Sprintf. */
function sprintf(format, args) {
    let out = '';
    let argNum = 0;
    let reordered = false;
    const n = format.length;
    let i = 0;
    while (i < n) {
        const pct = format.indexOf('%', i);
        if (pct < 0) {
            out += format.slice(i);
            break;
        }
        out += format.slice(i, pct);
        i = pct + 1;
        const f = noFlags();
        for (; i < n; i++) {
            const c = format[i];
            if (c === '#')
                f.sharp = true;
            else if (c === '0')
                f.zero = !f.minus;
            else if (c === '+')
                f.plus = true;
            else if (c === '-') {
                f.minus = true;
                f.zero = false;
            }
            else if (c === ' ')
                f.space = true;
            else
                break;
        }
        const argIndex = () => {
            const m = /^\[(\d+)\]/.exec(format.slice(i));
            if (!m)
                return true;
            i += m[0].length;
            reordered = true;
            const idx = Number(m[1]) - 1;
            if (idx < 0 || idx > args.length)
                return false;
            argNum = idx;
            return true;
        };
        let goodIndex = argIndex();
        if (format[i] === '*') {
            i++;
            const w = argNum < args.length ? intArg(args[argNum]) : null;
            argNum++;
            if (w === null)
                out += '%!(BADWIDTH)';
            else {
                f.width = Math.abs(w);
                if (w < 0) {
                    f.minus = true;
                    f.zero = false;
                }
            }
            goodIndex = argIndex() && goodIndex;
        }
        else {
            const m = /^\d+/.exec(format.slice(i));
            if (m) {
                f.width = Number(m[0]);
                i += m[0].length;
            }
        }
        if (format[i] === '.') {
            i++;
            goodIndex = argIndex() && goodIndex;
            if (format[i] === '*') {
                i++;
                const p = argNum < args.length ? intArg(args[argNum]) : null;
                argNum++;
                if (p === null || p < 0)
                    out += '%!(BADPREC)';
                else
                    f.prec = p;
                goodIndex = argIndex() && goodIndex;
            }
            else {
                const m = /^\d*/.exec(format.slice(i));
                f.prec = m[0] === '' ? 0 : Number(m[0]);
                i += m[0].length;
            }
        }
        if (i >= n) {
            out += '%!(NOVERB)';
            break;
        }
        const verb = String.fromCodePoint(format.codePointAt(i));
        i += verb.length;
        if (verb === '%') {
            out += '%';
            continue;
        }
        if (!goodIndex) {
            out += `%!${verb}(BADINDEX)`;
            continue;
        }
        if (argNum >= args.length) {
            out += `%!${verb}(MISSING)`;
            continue;
        }
        const a = args[argNum++];
        if (verb === 'w') {
            out += badVerb(a, verb);
            continue;
        }
        out += printArg(a, verb, f);
    }
    if (!reordered && argNum < args.length) {
        out += '%!(EXTRA ' + args.slice(argNum).map((a) => {
            const u = unwrapOne(a);
            return u === undefined || u === null ? '<nil>' : `${typeName(u)}=${printArg(u, 'v', noFlags())}`;
        }).join(', ') + ')';
    }
    return out;
}


;// CONCATENATED MODULE: ./src/sdk/interpolate/builtins.ts
// text/template's predefined functions (funcs.go). `and`, `or` and `call` are
// special-cased by the executor as in Go; the rest are plain signatures here.




function truth(v) {
    return isTrue(unwrap(v))[0];
}
/** template.IsTrue. */
function isTrue(v) {
    switch (kindOf(v)) {
        case 'invalid': return [false, true];
        case 'nil': return [false, true];
        case 'string':
        case 'slice':
        case 'map': return [lengthOf(v) > 0, true];
        case 'bool': return [v, true];
        case 'int':
        case 'float64': return [floatOf(v) !== 0, true];
        case 'func': return [true, true];
        case 'struct': return [true, true];
        case 'interface': return isTrue(v.value);
    }
}
function indexArg(index, cap) {
    const k = kindOf(index);
    if (k === 'invalid' || k === 'nil')
        throw new Error('cannot index slice/array with nil');
    if (k !== 'int')
        throw new Error(`cannot index slice/array with type ${typeName(index)}`);
    const x = Number(index);
    if (x < 0 || x > cap)
        throw new Error(`index out of range: ${x}`);
    return x;
}
function index(item, ...indexes) {
    item = unwrap(item);
    if (item === undefined || item === null)
        throw new Error('index of untyped nil');
    for (let idx of indexes) {
        idx = unwrap(idx);
        if (item === null)
            throw new Error('index of nil pointer');
        switch (kindOf(item)) {
            case 'string': {
                const buf = Buffer.from(item, 'utf8');
                const x = indexArg(idx, buf.length);
                if (x === buf.length)
                    throw new Error(`reflect: string index out of range`);
                item = buf[x];
                break;
            }
            case 'slice': {
                const arr = item;
                const x = indexArg(idx, arr.length);
                if (x === arr.length)
                    throw new Error(`reflect: slice index out of range`);
                item = new Iface(arr[x]);
                break;
            }
            case 'map': {
                if (typeof idx !== 'string') {
                    if (idx === undefined || idx === null)
                        throw new Error('value is nil; should be of type string');
                    throw new Error(`value has type ${typeName(idx)}; should be string`);
                }
                const r = mapGet(item, idx);
                item = r.found ? new Iface(r.value) : null;
                break;
            }
            default:
                throw new Error(`can't index item of type ${typeName(item)}`);
        }
        item = unwrap(item);
    }
    return item;
}
function slice(item, ...indexes) {
    item = unwrap(item);
    if (item === undefined || item === null)
        throw new Error('slice of untyped nil');
    if (indexes.length > 3)
        throw new Error(`too many slice indexes: ${indexes.length}`);
    let cap;
    const k = kindOf(item);
    let bytes = null;
    if (k === 'string') {
        if (indexes.length === 3)
            throw new Error('cannot 3-index slice a string');
        bytes = Buffer.from(item, 'utf8');
        cap = bytes.length;
    }
    else if (k === 'slice')
        cap = item.length;
    else
        throw new Error(`can't slice item of type ${typeName(item)}`);
    const idx = [0, cap, cap];
    indexes.forEach((x, i) => {
        idx[i] = indexArg(unwrap(x), cap);
    });
    if (idx[0] > idx[1])
        throw new Error(`invalid slice index: ${idx[0]} > ${idx[1]}`);
    if (indexes.length === 3 && idx[1] > idx[2])
        throw new Error(`invalid slice index: ${idx[1]} > ${idx[2]}`);
    if (bytes)
        return bytes.subarray(idx[0], idx[1]).toString('utf8');
    return item.slice(idx[0], idx[1]);
}
function builtins_length(item) {
    item = unwrap(item);
    const k = kindOf(item);
    if (k === 'nil')
        throw new Error('len of nil pointer');
    if (k === 'string' || k === 'slice' || k === 'map')
        return lengthOf(item);
    if (k === 'invalid')
        throw new Error('reflect: call of reflect.Value.Type on zero Value'); // sic, Go's panic text
    throw new Error(`len of type ${typeName(item)}`);
}
function basicKind(v) {
    const k = kindOf(v);
    if (k === 'bool' || k === 'int' || k === 'string')
        return k;
    if (k === 'float64')
        return 'float';
    return 'invalid';
}
const errBadComparisonType = 'invalid type for comparison';
function eq(arg1, ...arg2) {
    arg1 = unwrap(arg1);
    if (arg2.length === 0)
        throw new Error('missing argument for comparison');
    const k1 = basicKind(arg1);
    for (let arg of arg2) {
        arg = unwrap(arg);
        const k2 = basicKind(arg);
        let t = false;
        if (k1 !== k2) {
            const valid = (x) => x !== undefined && x !== null;
            if (valid(arg1) && valid(arg))
                throw new Error(`incompatible types for comparison: ${typeName(arg1)} and ${typeName(arg)}`);
        }
        else if (k1 === 'float')
            t = floatOf(arg1) === floatOf(arg);
        else if (k1 !== 'invalid')
            t = arg1 === arg;
        else {
            const nil1 = arg1 === undefined || arg1 === null;
            const nil2 = arg === undefined || arg === null;
            if (nil1 || nil2)
                t = nil1 === nil2;
            else if (kindOf(arg1) !== kindOf(arg)) {
                throw new Error(`non-comparable types ${printArg(arg1, 'v', { plus: false, minus: false, sharp: false, space: false, zero: false, width: null, prec: null })}: ${typeName(arg1)}, ${typeName(arg)}: ${sprint([arg])}`);
            }
            else if (arg1 instanceof GoStruct || kindOf(arg1) === 'func')
                t = arg1 === arg;
            else
                throw new Error(`non-comparable type ${sprint([arg])}: ${typeName(arg)}`);
        }
        if (t)
            return true;
    }
    return false;
}
function lt(arg1, arg2) {
    arg1 = unwrap(arg1);
    arg2 = unwrap(arg2);
    const k1 = basicKind(arg1);
    if (k1 === 'invalid')
        throw new Error(errBadComparisonType);
    const k2 = basicKind(arg2);
    if (k2 === 'invalid')
        throw new Error(errBadComparisonType);
    if (k1 !== k2)
        throw new Error(`incompatible types for comparison: ${typeName(arg1)} and ${typeName(arg2)}`);
    if (k1 === 'bool')
        throw new Error(errBadComparisonType);
    if (k1 === 'float')
        return floatOf(arg1) < floatOf(arg2);
    if (k1 === 'string')
        return Buffer.compare(Buffer.from(arg1), Buffer.from(arg2)) < 0;
    return arg1 < arg2;
}
const le = (a, b) => lt(a, b) || eq(a, b);
/** template.HTMLEscapeString. */
function htmlEscape(s) {
    return s.replace(/[\0"'&<>]/g, (c) => ({ '\0': '\uFFFD', '"': '&#34;', "'": '&#39;', '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]);
}
/** template.JSEscapeString. */
function jsEscape(s) {
    let out = '';
    for (const ch of s) {
        const cp = ch.codePointAt(0);
        const special = { '\\': '\\\\', "'": "\\'", '"': '\\"', '<': '\\u003C', '>': '\\u003E', '&': '\\u0026', '=': '\\u003D' };
        if (special[ch])
            out += special[ch];
        else if (cp < 0x20)
            out += '\\u00' + cp.toString(16).toUpperCase().padStart(2, '0');
        else if (cp < 0x80)
            out += ch;
        else if ((0,quote/* isPrint */.Oi)(ch))
            out += ch;
        else
            out += '\\u' + cp.toString(16).toUpperCase().padStart(4, '0');
    }
    return out;
}
/** url.QueryEscape. */
function queryEscape(s) {
    let out = '';
    for (const b of Buffer.from(s, 'utf8')) {
        const c = String.fromCharCode(b);
        if (/[A-Za-z0-9\-_.~]/.test(c))
            out += c;
        else if (c === ' ')
            out += '+';
        else
            out += '%' + b.toString(16).toUpperCase().padStart(2, '0');
    }
    return out;
}
/** evalArgs of funcs.go: a lone string as is, otherwise fmt.Sprint. */
function evalArgs(args) {
    if (args.length === 1 && typeof unwrap(args[0]) === 'string')
        return unwrap(args[0]);
    return sprint(args);
}
const builtinFuncs = {
    and: goFunc(['value'], () => undefined, 'value'),
    or: goFunc(['value'], () => undefined, 'value'),
    call: goFunc(['value'], () => undefined, 'value'),
    html: goFunc([], (...a) => htmlEscape(evalArgs(a)), 'any'),
    index: goFunc(['value'], index, 'value'),
    slice: goFunc(['value'], slice, 'value'),
    js: goFunc([], (...a) => jsEscape(evalArgs(a)), 'any'),
    len: goFunc(['value'], builtins_length),
    not: goFunc(['value'], (v) => !truth(v)),
    print: goFunc([], (...a) => sprint(a), 'any'),
    printf: goFunc(['string'], (f, ...a) => sprintf(f, a), 'any'),
    println: goFunc([], (...a) => sprintln(a), 'any'),
    urlquery: goFunc([], (...a) => queryEscape(evalArgs(a)), 'any'),
    eq: goFunc(['value'], eq, 'value'),
    ge: goFunc(['value', 'value'], (a, b) => !lt(a, b)),
    gt: goFunc(['value', 'value'], (a, b) => !le(a, b)),
    le: goFunc(['value', 'value'], le),
    lt: goFunc(['value', 'value'], lt),
    ne: goFunc(['value', 'value'], (a, b) => !eq(a, b)),
};

;// CONCATENATED MODULE: ./src/sdk/interpolate/parse/nodes.ts

function pipeStr(p) {
    let s = '';
    if (p.decl.length > 0) {
        s += p.decl.map(str).join(', ') + (p.isAssign ? ' = ' : ' := ');
    }
    return s + p.cmds.map(str).join(' | ');
}
/** Node.String() of Go. */
function str(n) {
    switch (n.kind) {
        case 'list': return n.nodes.map(str).join('');
        case 'text': return n.text;
        case 'action': return '{{' + pipeStr(n.pipe) + '}}';
        case 'pipe': return pipeStr(n);
        case 'command': return n.args.map((a) => (a.kind === 'pipe' ? '(' + pipeStr(a) + ')' : str(a))).join(' ');
        case 'identifier': return n.ident;
        case 'variable': return n.ident.join('.');
        case 'dot': return '.';
        case 'nil': return 'nil';
        case 'field': return n.ident.map((i) => '.' + i).join('');
        case 'chain': {
            const head = n.node.kind === 'pipe' ? '(' + pipeStr(n.node) + ')' : str(n.node);
            return head + n.field.map((f) => '.' + f).join('');
        }
        case 'bool': return n.value ? 'true' : 'false';
        case 'number': return n.text;
        case 'string': return n.quoted;
        case 'if':
        case 'range':
        case 'with': {
            let s = `{{${n.kind} ${pipeStr(n.pipe)}}}${str(n.list)}`;
            if (n.elseList)
                s += '{{else}}' + str(n.elseList);
            return s + '{{end}}';
        }
        case 'template':
            return n.pipe ? `{{template ${(0,quote/* quote */.hD)(n.name)} ${pipeStr(n.pipe)}}}` : `{{template ${(0,quote/* quote */.hD)(n.name)}}}`;
        case 'break': return '{{break}}';
        case 'continue': return '{{continue}}';
        case 'end': return '{{end}}';
        case 'else': return '{{else}}';
    }
}

;// CONCATENATED MODULE: ./src/sdk/interpolate/exec/eval.ts





class ExecError extends Error {
}
/** An int constant: a JS number when exact, else a bigint (Go ints are 64-bit). */
const goInt = (i) => (i >= BigInt(Number.MIN_SAFE_INTEGER) && i <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(i) : i);
class Evaluator {
    p;
    tmplName;
    vars;
    node = null;
    constructor(p, tmplName, vars) {
        this.p = p;
        this.tmplName = tmplName;
        this.vars = vars;
    }
    at(n) {
        this.node = n;
    }
    errorf(msg) {
        const name = this.tmplName;
        if (!this.node)
            throw new ExecError(`template: ${name}: ${msg}`);
        const pos = this.node.pos;
        const before = this.p.text.slice(0, pos);
        const nl = before.lastIndexOf('\n');
        const col = nl === -1 ? (0,quote/* byteLength */.dp)(before) : (0,quote/* byteLength */.dp)(before.slice(nl + 1));
        const line = 1 + (before.match(/\n/g)?.length ?? 0);
        throw new ExecError(`template: ${this.p.name}:${line}:${col}: executing ${(0,quote/* quote */.hD)(name)} at <${str(this.node)}>: ${msg}`);
    }
    // --- variables
    mark() {
        return this.vars.length;
    }
    pop(mark) {
        this.vars.length = mark;
    }
    setVar(name, value) {
        for (let i = this.vars.length - 1; i >= 0; i--) {
            if (this.vars[i].name === name) {
                this.vars[i].value = value;
                return;
            }
        }
        this.errorf(`undefined variable: ${name}`);
    }
    setTopVar(n, value) {
        this.vars[this.vars.length - n].value = value;
    }
    varValue(name) {
        for (let i = this.vars.length - 1; i >= 0; i--)
            if (this.vars[i].name === name)
                return this.vars[i].value;
        this.errorf(`undefined variable: ${name}`);
    }
    evalPipeline(dot, pipe) {
        if (!pipe)
            return undefined;
        this.at(pipe);
        let value = MISSING;
        for (const cmd of pipe.cmds) {
            value = this.evalCommand(dot, cmd, value);
            if (value instanceof Iface)
                value = value.value ?? undefined; // an empty interface is unwrapped
        }
        for (const v of pipe.decl) {
            if (pipe.isAssign)
                this.setVar(v.ident[0], value);
            else
                this.vars.push({ name: v.ident[0], value });
        }
        return value;
    }
    notAFunction(args, final) {
        if (args.length > 1 || final !== MISSING)
            this.errorf(`can't give argument to non-function ${str(args[0])}`);
    }
    evalCommand(dot, cmd, final) {
        const first = cmd.args[0];
        switch (first.kind) {
            case 'field': return this.evalFieldNode(dot, first, cmd.args, final);
            case 'chain': return this.evalChainNode(dot, first, cmd.args, final);
            case 'identifier': return this.evalFunction(dot, first, cmd, cmd.args, final);
            case 'pipe':
                this.notAFunction(cmd.args, final);
                return this.evalPipeline(dot, first);
            case 'variable': return this.evalVariableNode(dot, first, cmd.args, final);
        }
        this.at(first);
        this.notAFunction(cmd.args, final);
        switch (first.kind) {
            case 'bool': return first.value;
            case 'dot': return dot;
            case 'nil': this.errorf('nil is not a command');
            // eslint-disable-next-line no-fallthrough
            case 'number': return this.idealConstant(first);
            case 'string': return first.text;
        }
        this.errorf(`can't evaluate command ${(0,quote/* quote */.hD)(str(first))}`);
    }
    idealConstant(c) {
        this.at(c);
        const isHexInt = c.text.length > 2 && c.text[0] === '0' && (c.text[1] === 'x' || c.text[1] === 'X') && !/[pP]/.test(c.text);
        const isRune = c.text[0] === "'";
        if (c.isFloat && !isHexInt && !isRune && /[.eEpP]/.test(c.text))
            return new GoFloat(c.float);
        if (c.isInt)
            return goInt(c.int);
        if (c.isUint)
            this.errorf(`${c.text} overflows int`);
        return undefined;
    }
    evalFieldNode(dot, field, args, final) {
        this.at(field);
        return this.evalFieldChain(dot, dot, field, field.ident, args, final);
    }
    evalChainNode(dot, chain, args, final) {
        this.at(chain);
        if (chain.node.kind === 'nil')
            this.errorf(`indirection through explicit nil in ${str(chain)}`);
        const pipe = this.evalArg(dot, null, chain.node);
        return this.evalFieldChain(dot, pipe, chain, chain.field, args, final);
    }
    evalVariableNode(dot, v, args, final) {
        this.at(v);
        const value = this.varValue(v.ident[0]);
        if (v.ident.length === 1) {
            this.notAFunction(args ?? [], final);
            return value;
        }
        return this.evalFieldChain(dot, value, v, v.ident.slice(1), args, final);
    }
    evalFieldChain(dot, receiver, node, ident, args, final) {
        const n = ident.length;
        for (let i = 0; i < n - 1; i++)
            receiver = this.evalField(dot, ident[i], node, null, MISSING, receiver);
        return this.evalField(dot, ident[n - 1], node, args, final, receiver);
    }
    evalFunction(dot, node, cmd, args, final) {
        this.at(node);
        const f = this.p.funcs(node.ident);
        if (!f)
            this.errorf(`${(0,quote/* quote */.hD)(node.ident)} is not a defined function`);
        return this.evalCall(dot, f.fn, f.builtin, cmd, node.ident, args, final);
    }
    evalField(dot, fieldName, node, args, final, receiver) {
        if (receiver === undefined)
            return undefined;
        const typ = typeName(receiver);
        const inner = unwrap(receiver);
        if (inner === null || inner === undefined)
            this.errorf(`nil pointer evaluating ${typ}.${fieldName}`);
        const hasArgs = (args !== null && args.length > 1) || final !== MISSING;
        if (inner instanceof GoStruct) {
            if (Object.prototype.hasOwnProperty.call(inner.fields, fieldName)) {
                const field = inner.fields[fieldName];
                if (typeof field === 'function') {
                    return this.evalCall(dot, { params: [], variadic: 'any', call: field }, false, node, fieldName, args, final);
                }
                if (hasArgs)
                    this.errorf(`${fieldName} has arguments but cannot be invoked as function`);
                return field;
            }
        }
        else if (kindOf(inner) === 'map') {
            if (hasArgs)
                this.errorf(`${fieldName} is not a method but has arguments`);
            const r = mapGet(inner, fieldName);
            return r.found ? new Iface(r.value) : undefined;
        }
        this.errorf(`can't evaluate field ${fieldName} in type ${typ}`);
    }
    evalCall(dot, fn, isBuiltin, node, name, argNodes, final) {
        const args = argNodes ? argNodes.slice(1) : [];
        let numIn = args.length;
        if (final !== MISSING)
            numIn++;
        let numFixed = args.length;
        const nParams = fn.params.length + (fn.variadic ? 1 : 0);
        if (fn.variadic) {
            numFixed = fn.params.length;
            if (numIn < numFixed)
                this.errorf(`wrong number of args for ${name}: want at least ${numFixed} got ${args.length}`);
        }
        else if (numIn !== nParams) {
            this.errorf(`wrong number of args for ${name}: want ${nParams} got ${numIn}`);
        }
        if (isBuiltin && (name === 'and' || name === 'or')) {
            let v = undefined;
            for (const arg of args) {
                v = this.evalArg(dot, 'value', arg);
                if (truth(v) === (name === 'or'))
                    return v;
            }
            if (final !== MISSING)
                v = final;
            return v;
        }
        const argv = [];
        let i = 0;
        for (; i < numFixed && i < args.length; i++)
            argv.push(this.evalArg(dot, fn.params[i], args[i]));
        if (fn.variadic)
            for (; i < args.length; i++)
                argv.push(this.evalArg(dot, fn.variadic, args[i]));
        if (final !== MISSING) {
            let t = fn.variadic ?? fn.params[fn.params.length - 1];
            if (fn.variadic && numIn - 1 < numFixed)
                t = fn.params[numIn - 1];
            argv.push(this.validateType(final, t));
        }
        if (isBuiltin && name === 'call')
            return this.callBuiltin(node, args, final, argv);
        try {
            const out = fn.call(...argv.map(unwrap));
            return out === null ? undefined : out;
        }
        catch (e) {
            this.at(node);
            this.errorf(`error calling ${name}: ${e instanceof Error ? e.message : String(e)}`);
        }
    }
    callBuiltin(node, args, final, argv) {
        const calleeName = args.length === 0 ? String(final) : str(args[0]);
        const [f, ...rest] = argv.map(unwrap);
        try {
            if (f === undefined || f === null)
                throw new Error('call of nil');
            if (typeof f !== 'function')
                throw new Error(`non-function ${calleeName} of type ${typeName(f)}`);
            return f(...rest);
        }
        catch (e) {
            this.at(node);
            this.errorf(`error calling call: ${e instanceof Error ? e.message : String(e)}`);
        }
    }
    /** validateType: reflect's assignability for the types templates meet. */
    validateType(value, typ) {
        if (value === undefined) {
            if (typ === null)
                return undefined;
            if (typ === 'any' || typ === 'value')
                return typ === 'any' ? null : undefined;
            this.errorf(`invalid value; expected ${paramTypeName(typ)}`);
        }
        if (typ === null || typ === 'any' || typ === 'value')
            return value;
        const inner = value instanceof Iface ? value.value : value;
        if (value instanceof Iface && inner === null)
            this.errorf(`wrong type for value; expected ${typ}; got interface {}`);
        const k = kindOf(inner);
        const ok = (typ === 'string' && k === 'string') || (typ === 'bool' && k === 'bool') || (typ === 'int' && k === 'int' && !(inner instanceof GoFloat)) || (typ === 'float64' && k === 'float64');
        if (!ok)
            this.errorf(`wrong type for value; expected ${typ}; got ${typeName(inner)}`);
        return inner;
    }
    evalArg(dot, typ, n) {
        this.at(n);
        switch (n.kind) {
            case 'dot': return this.validateType(dot, typ);
            case 'nil':
                if (typ === 'any' || typ === 'value' || typ === null)
                    return typ === 'any' ? null : undefined;
                this.errorf(`cannot assign nil to ${paramTypeName(typ)}`);
            // eslint-disable-next-line no-fallthrough
            case 'field': return this.validateType(this.evalFieldNode(dot, n, [n], MISSING), typ);
            case 'variable': return this.validateType(this.evalVariableNode(dot, n, null, MISSING), typ);
            case 'pipe': return this.validateType(this.evalPipeline(dot, n), typ);
            case 'identifier': return this.validateType(this.evalFunction(dot, n, n, null, MISSING), typ);
            case 'chain': return this.validateType(this.evalChainNode(dot, n, null, MISSING), typ);
        }
        switch (typ) {
            case 'bool':
                if (n.kind === 'bool')
                    return n.value;
                this.errorf(`expected bool; found ${str(n)}`);
            // eslint-disable-next-line no-fallthrough
            case 'float64':
                if (n.kind === 'number' && n.isFloat)
                    return new GoFloat(n.float);
                this.errorf(`expected float; found ${str(n)}`);
            // eslint-disable-next-line no-fallthrough
            case 'int':
                if (n.kind === 'number' && n.isInt)
                    return goInt(n.int);
                this.errorf(`expected integer; found ${str(n)}`);
            // eslint-disable-next-line no-fallthrough
            case 'string':
                if (n.kind === 'string')
                    return n.text;
                this.errorf(`expected string; found ${str(n)}`);
            // eslint-disable-next-line no-fallthrough
            case 'any':
            case 'value':
            case null:
                return this.evalEmptyInterface(dot, n);
        }
    }
    evalEmptyInterface(dot, n) {
        this.at(n);
        switch (n.kind) {
            case 'bool': return n.value;
            case 'number': return this.idealConstant(n);
            case 'string': return n.text;
        }
        this.errorf(`can't handle assignment of ${str(n)} to empty interface argument`);
    }
}

;// CONCATENATED MODULE: ./src/sdk/interpolate/exec/executor.ts







class Break {
}
class Continue {
}
const maxExecDepth = 100000;
const executor_noFlags = { plus: false, minus: false, sharp: false, space: false, zero: false, width: null, prec: null };
function execute(p, data) {
    const root = p.trees.get(p.name);
    const s = new State(p, p.name, [{ name: '$', value: data }], 0);
    if (!root)
        s.errorf(`${(0,quote/* quote */.hD)(p.name)} is an incomplete or empty template`);
    s.walk(data, root);
    return s.out.join('');
}
class State extends Evaluator {
    depth;
    out = [];
    constructor(p, tmplName, vars, depth) {
        super(p, tmplName, vars);
        this.depth = depth;
    }
    walk(dot, node) {
        this.at(node);
        switch (node.kind) {
            case 'action': {
                const val = this.evalPipeline(dot, node.pipe);
                if (node.pipe.decl.length === 0)
                    this.printValue(node, val);
                return;
            }
            case 'break': throw new Break();
            case 'continue': throw new Continue();
            case 'if':
            case 'with':
                return this.walkIfOrWith(node.kind, dot, node.pipe, node.list, node.elseList);
            case 'list':
                for (const n of node.nodes)
                    this.walk(dot, n);
                return;
            case 'range': return this.walkRange(dot, node);
            case 'template': {
                const tmpl = this.p.trees.get(node.name);
                if (!tmpl)
                    this.errorf(`template ${(0,quote/* quote */.hD)(node.name)} not defined`);
                if (this.depth === maxExecDepth)
                    this.errorf(`exceeded maximum template depth (${maxExecDepth})`);
                const newDot = this.evalPipeline(dot, node.pipe);
                const sub = new State(this.p, node.name, [{ name: '$', value: newDot }], this.depth + 1);
                sub.out = this.out;
                sub.walk(newDot, tmpl);
                return;
            }
            case 'text':
                this.out.push(node.text);
                return;
            default:
                this.errorf(`unknown node: ${str(node)}`);
        }
    }
    walkIfOrWith(kind, dot, pipe, list, elseList) {
        const mark = this.mark();
        try {
            const val = this.evalPipeline(dot, pipe);
            const [t, ok] = isTrue(unwrap(val));
            if (!ok)
                this.errorf(`if/with can't use ${printArg(val, 'v', executor_noFlags)}`);
            if (t)
                this.walk(kind === 'with' ? val : dot, list);
            else if (elseList)
                this.walk(dot, elseList);
        }
        finally {
            this.pop(mark);
        }
    }
    walkRange(dot, r) {
        this.at(r);
        const outer = this.mark();
        try {
            const val = unwrap(this.evalPipeline(dot, r.pipe));
            const mark = this.mark();
            const one = (index, elem) => {
                const d = r.pipe.decl;
                if (d.length > 0) {
                    if (r.pipe.isAssign)
                        this.setVar(d[0].ident[0], d.length > 1 ? index : elem);
                    else
                        this.setTopVar(1, elem);
                }
                if (d.length > 1) {
                    if (r.pipe.isAssign)
                        this.setVar(d[1].ident[0], elem);
                    else
                        this.setTopVar(2, index);
                }
                try {
                    this.walk(elem, r.list);
                }
                catch (e) {
                    if (!(e instanceof Continue))
                        throw e;
                }
                finally {
                    this.pop(mark);
                }
            };
            let ran = false;
            try {
                switch (kindOf(val)) {
                    case 'int': {
                        if (r.pipe.decl.length > 1)
                            this.errorf(`can't use ${printArg(val, 'v', executor_noFlags)} to iterate over more than one variable`);
                        for (let i = 0; i < val; i++) {
                            ran = true;
                            one(undefined, i);
                        }
                        break;
                    }
                    case 'slice':
                        val.forEach((e, i) => {
                            ran = true;
                            one(i, new Iface(e));
                        });
                        break;
                    case 'map':
                        for (const [k, v] of mapEntries(val)) {
                            ran = true;
                            one(k, new Iface(v));
                        }
                        break;
                    case 'invalid':
                    case 'nil':
                        break;
                    default:
                        this.errorf(`range can't iterate over ${printArg(val, 'v', executor_noFlags)}`);
                }
            }
            catch (e) {
                if (e instanceof Break)
                    return;
                throw e;
            }
            if (!ran && r.elseList)
                this.walk(dot, r.elseList);
        }
        finally {
            this.pop(outer);
        }
    }
    printValue(n, v) {
        this.at(n);
        v = unwrap(v);
        if (v === undefined) {
            this.out.push('<no value>');
            return;
        }
        if (typeof v === 'function')
            this.errorf(`can't print ${str(n)} of type ${typeName(v)}`);
        // Go prints what a pointer points to (printableValue), hence depth 1: no '&'.
        this.out.push(printArg(v, 'v', executor_noFlags, 1));
    }
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/sdk/interpolate/time/layout.ts
// Go's time.Time.Format for a UTC instant (Packer formats InitTime.UTC()):
// the layout is scanned with the same chunk rules as Go's nextStdChunk.
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const layout_pad = (n, w) => String(n).padStart(w, '0');
const lowerAt = (s, i) => i < s.length && s[i] >= 'a' && s[i] <= 'z';
const layout_digitAt = (s, i) => i < s.length && s[i] >= '0' && s[i] <= '9';
function yday(t) {
    return Math.floor((Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate()) - Date.UTC(t.getUTCFullYear(), 0, 1)) / 86400000) + 1;
}
const hour12 = (t) => t.getUTCHours() % 12 || 12;
function frac(t, n, nines, sep) {
    const nanos = layout_pad(t.getUTCMilliseconds() * 1e6, 9);
    let digits = nanos.slice(0, n);
    if (nines) {
        digits = digits.replace(/0+$/, '');
        if (digits === '')
            return '';
    }
    return sep + digits;
}
/** nextStdChunk: [prefix, formatter or null, suffix]. */
function nextStdChunk(l) {
    const ret = (i, len, f) => [l.slice(0, i), f, l.slice(i + len)];
    for (let i = 0; i < l.length; i++) {
        const c = l[i];
        const at = (s) => l.startsWith(s, i);
        switch (c) {
            case 'J':
                if (at('Jan')) {
                    if (at('January'))
                        return ret(i, 7, (t) => months[t.getUTCMonth()]);
                    if (!lowerAt(l, i + 3))
                        return ret(i, 3, (t) => months[t.getUTCMonth()].slice(0, 3));
                }
                break;
            case 'M':
                if (at('Mon')) {
                    if (at('Monday'))
                        return ret(i, 6, (t) => days[t.getUTCDay()]);
                    if (!lowerAt(l, i + 3))
                        return ret(i, 3, (t) => days[t.getUTCDay()].slice(0, 3));
                }
                if (at('MST'))
                    return ret(i, 3, () => 'UTC');
                break;
            case '0': {
                const d = l[i + 1];
                if (d !== undefined && d >= '1' && d <= '6') {
                    const f = {
                        '1': (t) => layout_pad(t.getUTCMonth() + 1, 2), '2': (t) => layout_pad(t.getUTCDate(), 2), '3': (t) => layout_pad(hour12(t), 2),
                        '4': (t) => layout_pad(t.getUTCMinutes(), 2), '5': (t) => layout_pad(t.getUTCSeconds(), 2), '6': (t) => layout_pad(Math.abs(t.getUTCFullYear()) % 100, 2),
                    };
                    return ret(i, 2, f[d]);
                }
                if (at('002'))
                    return ret(i, 3, (t) => layout_pad(yday(t), 3));
                break;
            }
            case '1':
                if (at('15'))
                    return ret(i, 2, (t) => layout_pad(t.getUTCHours(), 2));
                return ret(i, 1, (t) => String(t.getUTCMonth() + 1));
            case '2':
                if (at('2006'))
                    return ret(i, 4, (t) => layout_pad(t.getUTCFullYear(), 4));
                return ret(i, 1, (t) => String(t.getUTCDate()));
            case '_':
                if (l[i + 1] === '2') {
                    if (l.startsWith('2006', i + 1))
                        return [l.slice(0, i + 1), (t) => layout_pad(t.getUTCFullYear(), 4), l.slice(i + 5)];
                    return ret(i, 2, (t) => (t.getUTCDate() < 10 ? ' ' : '') + t.getUTCDate());
                }
                if (at('__2'))
                    return ret(i, 3, (t) => String(yday(t)).padStart(3, ' '));
                break;
            case '3': return ret(i, 1, (t) => String(hour12(t)));
            case '4': return ret(i, 1, (t) => String(t.getUTCMinutes()));
            case '5': return ret(i, 1, (t) => String(t.getUTCSeconds()));
            case 'P':
                if (at('PM'))
                    return ret(i, 2, (t) => (t.getUTCHours() >= 12 ? 'PM' : 'AM'));
                break;
            case 'p':
                if (at('pm'))
                    return ret(i, 2, (t) => (t.getUTCHours() >= 12 ? 'pm' : 'am'));
                break;
            case '-':
                for (const [z, out] of [['-070000', '+000000'], ['-07:00:00', '+00:00:00'], ['-0700', '+0000'], ['-07:00', '+00:00'], ['-07', '+00']]) {
                    if (at(z))
                        return ret(i, z.length, () => out);
                }
                break;
            case 'Z':
                for (const z of ['Z070000', 'Z07:00:00', 'Z0700', 'Z07:00', 'Z07']) {
                    if (at(z))
                        return ret(i, z.length, () => 'Z');
                }
                break;
            case '.':
            case ',': {
                const ch = l[i + 1];
                if (ch === '0' || ch === '9') {
                    let j = i + 1;
                    while (j < l.length && l[j] === ch)
                        j++;
                    if (!layout_digitAt(l, j))
                        return [l.slice(0, i), (t) => frac(t, j - (i + 1), ch === '9', c), l.slice(j)];
                }
                break;
            }
        }
    }
    return [l, null, ''];
}
/** time.Time.Format(layout) in UTC. */
function formatGoTime(t, layout) {
    let out = '';
    while (layout !== '') {
        const [prefix, std, suffix] = nextStdChunk(layout);
        out += prefix;
        if (!std)
            break;
        out += std(t);
        layout = suffix;
    }
    return out;
}
const RFC3339 = '2006-01-02T15:04:05Z07:00';

;// CONCATENATED MODULE: ./src/sdk/interpolate/time/strftime.ts
// jehiah/go-strftime as vendored by Packer 1.6.6: each %X with a known letter
// becomes one Go layout element; unknown ones stay as written (observed with
// `packer console`: %j, %e, %f are not expanded, %L gives ".000").

const conversion = {
    B: 'January', b: 'Jan', m: '01', A: 'Monday', a: 'Mon', d: '02', H: '15', I: '03', M: '04', S: '05',
    Y: '2006', y: '06', p: 'PM', Z: 'MST', z: '-0700', L: '.000',
};
function strftime(format, t) {
    let out = '';
    for (let i = 0; i < format.length; i++) {
        const c = format[i];
        if (c !== '%') {
            out += c;
            continue;
        }
        const n = format[i + 1];
        if (n === undefined) {
            out += '%';
            break;
        }
        i++;
        if (n === '%')
            out += '%';
        else if (conversion[n] !== undefined)
            out += formatGoTime(t, conversion[n]);
        else
            out += '%' + n;
    }
    return out;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/sdk/interpolate/uuid.ts
// packer-plugin-sdk/uuid.TimeOrderedUUID: Unix seconds, then 12 random bytes.

function timeOrderedUUID(now = new Date()) {
    const unix = (Math.floor(now.getTime() / 1000) >>> 0).toString(16).padStart(8, '0');
    const b = (0,external_node_crypto_.randomBytes)(12).toString('hex');
    return `${unix}-${b.slice(0, 4)}-${b.slice(4, 8)}-${b.slice(8, 12)}-${b.slice(12, 24)}`;
}

;// CONCATENATED MODULE: ./src/sdk/interpolate/funcs.ts
// Packer's template functions (template/interpolate/funcs.go of Packer 1.6.6,
// the same list as packer-plugin-sdk before aws_secretsmanager_raw), with the
// SDK's signatures and error texts.






/** packerbuilderdata.PlaceholderMsg: generated data not known yet at prepare time. */
const PlaceholderMsg = 'To set this dynamically in the Packer template, you must use the `build` function';
const ErrVariableNotSetString = 'Error: variable not set:';
/** When Packer started: every timestamp of one run is this instant. */
const initTime = new Date();
/** strings.Split, including the empty separator (split into characters). */
function goSplit(s, sep) {
    if (sep === '')
        return [...s];
    return s.split(sep);
}
/** strings.Replace(s, old, new, n): n < 0 means every occurrence. */
function goReplace(s, oldS, newS, n) {
    if (oldS === newS || n === 0)
        return s;
    const m = oldS === '' ? [...s].length + 1 : s.split(oldS).length - 1;
    if (m === 0)
        return s;
    if (n < 0 || m < n)
        n = m;
    if (oldS === '') {
        const chars = [...s];
        let out = newS;
        for (let i = 0; i < n - 1; i++)
            out += chars[i] + newS;
        return out + chars.slice(Math.max(n - 1, 0)).join('');
    }
    let out = '';
    let start = 0;
    for (let i = 0; i < n; i++) {
        const j = s.indexOf(oldS, start);
        out += s.slice(start, j) + newS;
        start = j + oldS.length;
    }
    return out + s.slice(start);
}
function buildValue(data, key) {
    const fields = data instanceof GoStruct ? null : isRecord(data) || data instanceof Map ? data : null;
    if (!fields)
        throw new Error(`Error validating build variable: the given variable ${key} will not be passed into your plugin.`);
    const r = mapGet(fields, key);
    if (r.found && typeof r.value === 'string') {
        // First pass of Packer's two-pass rendering: keep the reference for later.
        if (r.value.includes(PlaceholderMsg))
            return `{{.${key}}}`;
        return r.value;
    }
    throw new Error(`loaded data, but couldnt find ${key} in it.`);
}
const unreachable = (what) => {
    throw new Error(`${what} is not reachable from image-build (no network access to the service)`);
};
/** The function map for one context (Funcs(ctx) of the SDK). */
function packerFuncs(ctx) {
    const now = ctx.now ?? initTime;
    return {
        build_name: goFunc([], () => {
            if (!ctx.buildName)
                throw new Error('build_name not available');
            return ctx.buildName;
        }),
        build_type: goFunc([], () => {
            if (!ctx.buildType)
                throw new Error('build_type not available');
            return ctx.buildType;
        }),
        env: goFunc(['string'], (k) => {
            if (!ctx.enableEnv)
                throw new Error('env vars are not allowed here');
            return (ctx.env ?? process.env)[k] ?? '';
        }),
        isotime: goFunc([], (...format) => {
            if (format.length === 0)
                return formatGoTime(now, RFC3339);
            if (format.length > 1)
                throw new Error(`too many values, 1 needed: [${format.join(' ')}]`);
            return formatGoTime(now, format[0]);
        }, 'string'),
        strftime: goFunc(['string'], (format) => strftime(format, now)),
        pwd: goFunc([], () => ctx.cwd ?? process.cwd()),
        split: goFunc(['string', 'string', 'int'], (k, s, i) => {
            const parts = goSplit(k, s);
            if (parts.length <= i) {
                throw new Error(`the substring ${i} was unavailable using the separator value, ${s}, only ${parts.length} values were found`);
            }
            if (i < 0)
                throw new Error(`runtime error: index out of range [${i}]`);
            return parts[i];
        }),
        template_dir: goFunc([], () => {
            if (!ctx.templatePath)
                throw new Error('template path not available');
            return external_node_path_.resolve(ctx.cwd ?? process.cwd(), external_node_path_.dirname(ctx.templatePath));
        }),
        timestamp: goFunc([], () => String(Math.floor(now.getTime() / 1000))),
        uuid: goFunc([], () => timeOrderedUUID()),
        user: goFunc(['string'], (k) => {
            if (!ctx.userVariables)
                throw new Error('test'); // sic: the SDK's text
            const found = Object.prototype.hasOwnProperty.call(ctx.userVariables, k);
            // While variables are rendered (enableEnv) a missing one is an error the
            // loader retries on; elsewhere it is the empty string.
            if (ctx.enableEnv && !found)
                throw new Error(`${ErrVariableNotSetString} ${k}`);
            return found ? ctx.userVariables[k] : '';
        }),
        packer_version: goFunc([], () => {
            const v = ctx.coreVersion ?? '1.6.6';
            if (v === '')
                throw new Error('packer_version not available');
            return v;
        }),
        consul_key: goFunc(['string'], () => {
            if (!ctx.enableEnv)
                throw new Error('consul_key is not allowed here');
            return unreachable('Consul');
        }),
        vault: goFunc(['string', 'string'], () => {
            if (!ctx.enableEnv)
                throw new Error('Vault vars are only allowed in the variables section');
            return unreachable('Vault');
        }),
        aws_secretsmanager: goFunc([], (...secret) => {
            if (!ctx.enableEnv)
                throw new Error('AWS Secrets Manager is only allowed in the variables section');
            if (secret.length === 0)
                throw new Error('secret name must be provided');
            if (secret.length > 2)
                throw new Error('only secret name and optional secret key can be provided.');
            return unreachable('AWS Secrets Manager');
        }, 'string'),
        sed: goFunc(['string', 'string'], () => {
            throw new Error('template function `sed` is deprecated use `replace` or `replace_all` instead.Documentation: https://www.packer.io/docs/templates/engine');
        }),
        build: goFunc(['string'], (key) => buildValue(ctx.data, key)),
        replace: goFunc(['string', 'string', 'int', 'string'], (o, n, c, src) => goReplace(src, o, n, c)),
        replace_all: goFunc(['string', 'string', 'string'], (o, n, src) => goReplace(src, o, n, -1)),
        upper: goFunc(['string'], (s) => s.toUpperCase()),
        lower: goFunc(['string'], (s) => s.toLowerCase()),
    };
}

;// CONCATENATED MODULE: ./src/sdk/interpolate/parse/lexer.ts
// A port of Go's text/template/parse/lex.go: the same state machine, so that
// token boundaries, trim markers and error texts (and the lines they report) match.

var T;
(function (T) {
    T[T["Error"] = 0] = "Error";
    T[T["Bool"] = 1] = "Bool";
    T[T["Char"] = 2] = "Char";
    T[T["CharConstant"] = 3] = "CharConstant";
    T[T["Comment"] = 4] = "Comment";
    T[T["Complex"] = 5] = "Complex";
    T[T["Assign"] = 6] = "Assign";
    T[T["Declare"] = 7] = "Declare";
    T[T["EOF"] = 8] = "EOF";
    T[T["Field"] = 9] = "Field";
    T[T["Identifier"] = 10] = "Identifier";
    T[T["LeftDelim"] = 11] = "LeftDelim";
    T[T["LeftParen"] = 12] = "LeftParen";
    T[T["Number"] = 13] = "Number";
    T[T["Pipe"] = 14] = "Pipe";
    T[T["RawString"] = 15] = "RawString";
    T[T["RightDelim"] = 16] = "RightDelim";
    T[T["RightParen"] = 17] = "RightParen";
    T[T["Space"] = 18] = "Space";
    T[T["String"] = 19] = "String";
    T[T["Text"] = 20] = "Text";
    T[T["Variable"] = 21] = "Variable";
    T[T["Keyword"] = 22] = "Keyword";
    T[T["Block"] = 23] = "Block";
    T[T["Break"] = 24] = "Break";
    T[T["Continue"] = 25] = "Continue";
    T[T["Dot"] = 26] = "Dot";
    T[T["Define"] = 27] = "Define";
    T[T["Else"] = 28] = "Else";
    T[T["End"] = 29] = "End";
    T[T["If"] = 30] = "If";
    T[T["Nil"] = 31] = "Nil";
    T[T["Range"] = 32] = "Range";
    T[T["Template"] = 33] = "Template";
    T[T["With"] = 34] = "With";
})(T || (T = {}));
const keywords = {
    '.': T.Dot, block: T.Block, break: T.Break, continue: T.Continue, define: T.Define, else: T.Else,
    end: T.End, if: T.If, range: T.Range, nil: T.Nil, template: T.Template, with: T.With,
};
/** item.String() of lex.go, used in "unexpected X in Y" messages. */
function itemString(i) {
    if (i.typ === T.EOF)
        return 'EOF';
    if (i.typ === T.Error)
        return i.val;
    if (i.typ > T.Keyword)
        return `<${i.val}>`;
    if (Buffer.byteLength(i.val) > 10)
        return (0,quote/* quote */.hD)([...i.val].slice(0, 10).join('')) + '...';
    return (0,quote/* quote */.hD)(i.val);
}
const LEFT = '{{';
const RIGHT = '}}';
const isSpace = (r) => r === ' ' || r === '\t' || r === '\r' || r === '\n';
const alnum = /^[_\p{L}\p{Nd}]$/u;
const isAlphaNumeric = (r) => r !== undefined && alnum.test(r);
const hasLeftTrimMarker = (s) => s.length >= 2 && s[0] === '-' && isSpace(s[1]);
const hasRightTrimMarker = (s) => s.length >= 2 && isSpace(s[0]) && s[1] === '-';
/** `%#U` of Go's fmt: U+0041 'A'. */
function sharpU(r) {
    const cp = r.codePointAt(0);
    const u = 'U+' + cp.toString(16).toUpperCase().padStart(4, '0');
    return (0,quote/* isPrint */.Oi)(r) ? `${u} '${r}'` : u;
}
class Lexer {
    input;
    pos = 0;
    start = 0;
    atEOF = false;
    parenDepth = 0;
    line = 1;
    startLine = 1;
    item;
    insideAction = false;
    breakOK = true;
    continueOK = true;
    constructor(input) {
        this.input = input;
        this.item = { typ: T.EOF, pos: 0, val: 'EOF', line: 1 };
    }
    next() {
        if (this.pos >= this.input.length) {
            this.atEOF = true;
            return undefined;
        }
        const cp = this.input.codePointAt(this.pos);
        const r = String.fromCodePoint(cp);
        this.pos += r.length;
        if (r === '\n')
            this.line++;
        return r;
    }
    peek() {
        const r = this.next();
        this.backup();
        return r;
    }
    backup() {
        if (!this.atEOF && this.pos > 0) {
            const lo = this.input.charCodeAt(this.pos - 1);
            const w = lo >= 0xdc00 && lo < 0xe000 && this.pos > 1 ? 2 : 1;
            this.pos -= w;
            if (this.input[this.pos] === '\n')
                this.line--;
        }
    }
    thisItem(typ) {
        const i = { typ, pos: this.start, val: this.input.slice(this.start, this.pos), line: this.startLine };
        this.start = this.pos;
        this.startLine = this.line;
        return i;
    }
    emit(typ) {
        return this.emitItem(this.thisItem(typ));
    }
    emitItem(i) {
        this.item = i;
        return null;
    }
    ignore() {
        this.line += countNewlines(this.input.slice(this.start, this.pos));
        this.start = this.pos;
        this.startLine = this.line;
    }
    accept(valid) {
        const r = this.next();
        if (r !== undefined && valid.includes(r))
            return true;
        this.backup();
        return false;
    }
    acceptRun(valid) {
        for (;;) {
            const r = this.next();
            if (r === undefined || !valid.includes(r))
                break;
        }
        this.backup();
    }
    errorf(msg) {
        this.item = { typ: T.Error, pos: this.start, val: msg, line: this.startLine };
        this.start = 0;
        this.pos = 0;
        this.input = '';
        return null;
    }
    nextItem() {
        this.item = { typ: T.EOF, pos: this.pos, val: 'EOF', line: this.startLine };
        let state = this.insideAction ? lexInsideAction : lexText;
        while (state)
            state = state(this);
        return this.item;
    }
    atRightDelim() {
        const rest = this.input.slice(this.pos);
        if (hasRightTrimMarker(rest) && rest.startsWith(RIGHT, 2))
            return [true, true];
        if (rest.startsWith(RIGHT))
            return [true, false];
        return [false, false];
    }
    atTerminator() {
        const r = this.peek();
        if (isSpace(r))
            return true;
        if (r === undefined || '.,|:()'.includes(r))
            return true;
        return this.input.startsWith(RIGHT, this.pos);
    }
}
function countNewlines(s) {
    let n = 0;
    for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1))
        n++;
    return n;
}
const rightTrimLength = (s) => s.length - s.replace(/[ \t\r\n]+$/, '').length;
const leftTrimLength = (s) => s.length - s.replace(/^[ \t\r\n]+/, '').length;
function lexText(l) {
    const x = l.input.indexOf(LEFT, l.pos);
    if (x >= 0) {
        if (x > l.pos) {
            l.pos = x;
            let trimLength = 0;
            const delimEnd = l.pos + LEFT.length;
            if (hasLeftTrimMarker(l.input.slice(delimEnd)))
                trimLength = rightTrimLength(l.input.slice(l.start, l.pos));
            l.pos -= trimLength;
            l.line += countNewlines(l.input.slice(l.start, l.pos));
            const i = l.thisItem(T.Text);
            l.pos += trimLength;
            l.ignore();
            if (i.val.length > 0)
                return l.emitItem(i);
        }
        return lexLeftDelim;
    }
    l.pos = l.input.length;
    if (l.pos > l.start) {
        l.line += countNewlines(l.input.slice(l.start, l.pos));
        return l.emit(T.Text);
    }
    return l.emit(T.EOF);
}
function lexLeftDelim(l) {
    l.pos += LEFT.length;
    const trimSpace = hasLeftTrimMarker(l.input.slice(l.pos));
    const afterMarker = trimSpace ? 2 : 0;
    if (l.input.startsWith('/*', l.pos + afterMarker)) {
        l.pos += afterMarker;
        l.ignore();
        return lexComment;
    }
    const i = l.thisItem(T.LeftDelim);
    l.insideAction = true;
    l.pos += afterMarker;
    l.ignore();
    l.parenDepth = 0;
    return l.emitItem(i);
}
function lexComment(l) {
    l.pos += 2;
    const x = l.input.indexOf('*/', l.pos);
    if (x < 0)
        return l.errorf('unclosed comment');
    l.pos = x + 2;
    const [delim, trimSpace] = l.atRightDelim();
    if (!delim)
        return l.errorf('comment ends before closing delimiter');
    l.line += countNewlines(l.input.slice(l.start, l.pos));
    l.thisItem(T.Comment);
    if (trimSpace)
        l.pos += 2;
    l.pos += RIGHT.length;
    if (trimSpace)
        l.pos += leftTrimLength(l.input.slice(l.pos));
    l.ignore();
    return lexText; // comments are not emitted (no ParseComments mode)
}
function lexRightDelim(l) {
    const [, trimSpace] = l.atRightDelim();
    if (trimSpace) {
        l.pos += 2;
        l.ignore();
    }
    l.pos += RIGHT.length;
    const i = l.thisItem(T.RightDelim);
    if (trimSpace) {
        l.pos += leftTrimLength(l.input.slice(l.pos));
        l.ignore();
    }
    l.insideAction = false;
    return l.emitItem(i);
}
function lexInsideAction(l) {
    const [delim] = l.atRightDelim();
    if (delim) {
        if (l.parenDepth === 0)
            return lexRightDelim;
        return l.errorf('unclosed left paren');
    }
    const r = l.next();
    if (r === undefined)
        return l.errorf('unclosed action');
    if (isSpace(r)) {
        l.backup();
        return lexSpace;
    }
    switch (r) {
        case '=':
            return l.emit(T.Assign);
        case ':':
            if (l.next() !== '=')
                return l.errorf('expected :=');
            return l.emit(T.Declare);
        case '|':
            return l.emit(T.Pipe);
        case '"':
            return lexQuote;
        case '`':
            return lexRawQuote;
        case '$':
            return lexVariable;
        case "'":
            return lexChar;
        case '(':
            l.parenDepth++;
            return l.emit(T.LeftParen);
        case ')':
            l.parenDepth--;
            if (l.parenDepth < 0)
                return l.errorf('unexpected right paren');
            return l.emit(T.RightParen);
    }
    if (r === '.') {
        const c = l.input[l.pos];
        if (l.pos < l.input.length && (c < '0' || c > '9'))
            return lexField;
    }
    if (r === '.' || r === '+' || r === '-' || (r >= '0' && r <= '9')) {
        l.backup();
        return lexNumber;
    }
    if (isAlphaNumeric(r)) {
        l.backup();
        return lexIdentifier;
    }
    const cp = r.codePointAt(0);
    if (cp <= 0x7f && (0,quote/* isPrint */.Oi)(r))
        return l.emit(T.Char);
    return l.errorf(`unrecognized character in action: ${sharpU(r)}`);
}
function lexSpace(l) {
    let numSpaces = 0;
    while (isSpace(l.peek())) {
        l.next();
        numSpaces++;
    }
    const rest = l.input.slice(l.pos - 1);
    if (hasRightTrimMarker(rest) && rest.startsWith(RIGHT, 2)) {
        l.backup();
        if (numSpaces === 1)
            return lexRightDelim;
    }
    return l.emit(T.Space);
}
function lexIdentifier(l) {
    for (;;) {
        const r = l.next();
        if (isAlphaNumeric(r))
            continue;
        l.backup();
        const word = l.input.slice(l.start, l.pos);
        if (!l.atTerminator())
            return l.errorf(`bad character ${sharpU(r ?? '\ufffd')}`);
        const key = keywords[word];
        if (key !== undefined && key > T.Keyword) {
            if ((key === T.Break && !l.breakOK) || (key === T.Continue && !l.continueOK))
                return l.emit(T.Identifier);
            return l.emit(key);
        }
        if (word[0] === '.')
            return l.emit(T.Field);
        if (word === 'true' || word === 'false')
            return l.emit(T.Bool);
        return l.emit(T.Identifier);
    }
}
function lexField(l) {
    return lexFieldOrVariable(l, T.Field);
}
function lexVariable(l) {
    if (l.atTerminator())
        return l.emit(T.Variable);
    return lexFieldOrVariable(l, T.Variable);
}
function lexFieldOrVariable(l, typ) {
    if (l.atTerminator())
        return l.emit(typ === T.Variable ? T.Variable : T.Dot);
    let r;
    for (;;) {
        r = l.next();
        if (!isAlphaNumeric(r)) {
            l.backup();
            break;
        }
    }
    if (!l.atTerminator())
        return l.errorf(`bad character ${sharpU(r ?? '\ufffd')}`);
    return l.emit(typ);
}
function lexChar(l) {
    for (;;) {
        let r = l.next();
        if (r === '\\') {
            r = l.next();
            if (r !== undefined && r !== '\n')
                continue;
            return l.errorf('unterminated character constant');
        }
        if (r === undefined || r === '\n')
            return l.errorf('unterminated character constant');
        if (r === "'")
            break;
    }
    return l.emit(T.CharConstant);
}
function lexNumber(l) {
    if (!scanNumber(l))
        return l.errorf(`bad number syntax: ${(0,quote/* quote */.hD)(l.input.slice(l.start, l.pos))}`);
    const sign = l.peek();
    if (sign === '+' || sign === '-') {
        if (!scanNumber(l) || l.input[l.pos - 1] !== 'i') {
            return l.errorf(`bad number syntax: ${(0,quote/* quote */.hD)(l.input.slice(l.start, l.pos))}`);
        }
        return l.emit(T.Complex);
    }
    return l.emit(T.Number);
}
function scanNumber(l) {
    l.accept('+-');
    let digits = '0123456789_';
    if (l.accept('0')) {
        if (l.accept('xX'))
            digits = '0123456789abcdefABCDEF_';
        else if (l.accept('oO'))
            digits = '01234567_';
        else if (l.accept('bB'))
            digits = '01_';
    }
    l.acceptRun(digits);
    if (l.accept('.'))
        l.acceptRun(digits);
    if (digits.length === 11 && l.accept('eE')) {
        l.accept('+-');
        l.acceptRun('0123456789_');
    }
    if (digits.length === 23 && l.accept('pP')) {
        l.accept('+-');
        l.acceptRun('0123456789_');
    }
    l.accept('i');
    if (isAlphaNumeric(l.peek())) {
        l.next();
        return false;
    }
    return true;
}
function lexQuote(l) {
    for (;;) {
        let r = l.next();
        if (r === '\\') {
            r = l.next();
            if (r !== undefined && r !== '\n')
                continue;
            return l.errorf('unterminated quoted string');
        }
        if (r === undefined || r === '\n')
            return l.errorf('unterminated quoted string');
        if (r === '"')
            break;
    }
    return l.emit(T.String);
}
function lexRawQuote(l) {
    for (;;) {
        const r = l.next();
        if (r === undefined)
            return l.errorf('unterminated raw quoted string');
        if (r === '`')
            break;
    }
    return l.emit(T.RawString);
}

;// CONCATENATED MODULE: ./src/sdk/interpolate/parse/number.ts

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;
/** Go's underscoreOK: '_' only between digits or after a base prefix. */
function underscoreOK(s) {
    let saw = '^';
    let i = 0;
    if (s[0] === '+' || s[0] === '-')
        s = s.slice(1);
    let hex = false;
    if (s.length >= 2 && s[0] === '0' && 'bBoOxX'.includes(s[1])) {
        i = 2;
        saw = '0';
        hex = s[1] === 'x' || s[1] === 'X';
    }
    for (; i < s.length; i++) {
        const c = s[i];
        if ((c >= '0' && c <= '9') || (hex && /[a-fA-F]/.test(c))) {
            saw = '0';
            continue;
        }
        if (c === '_') {
            if (saw !== '0')
                return false;
            saw = '_';
            continue;
        }
        if (saw === '_')
            return false;
        saw = '!';
    }
    return saw !== '_';
}
/** strconv.ParseInt/ParseUint with base 0; null on any error. */
function parseInteger(text, signed) {
    let s = text;
    let neg = false;
    if (s[0] === '+' || s[0] === '-') {
        if (!signed)
            return null;
        neg = s[0] === '-';
        s = s.slice(1);
    }
    let base = 10;
    let digits = s;
    if (/^0[xX]/.test(s))
        [base, digits] = [16, s.slice(2)];
    else if (/^0[oO]/.test(s))
        [base, digits] = [8, s.slice(2)];
    else if (/^0[bB]/.test(s))
        [base, digits] = [2, s.slice(2)];
    else if (s.length > 1 && s[0] === '0')
        [base, digits] = [8, s.slice(1)];
    if (s.includes('_') && !underscoreOK(text))
        return null;
    digits = digits.replace(/_/g, '');
    const valid = { 2: /^[01]+$/, 8: /^[0-7]+$/, 10: /^[0-9]+$/, 16: /^[0-9a-fA-F]+$/ }[base];
    if (!valid.test(digits))
        return null;
    let v = 0n;
    for (const c of digits)
        v = v * BigInt(base) + BigInt(parseInt(c, 16));
    if (neg)
        v = -v;
    if (signed ? v < INT64_MIN || v > INT64_MAX : v > UINT64_MAX)
        return null;
    return v;
}
/** strconv.ParseFloat(…, 64) for decimal and hex forms; null when malformed. */
function parseFloat64(text) {
    if (text.includes('_') && !underscoreOK(text))
        return null;
    const s = text.replace(/_/g, '');
    if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) {
        const f = Number(s);
        return Number.isFinite(f) ? f : null;
    }
    const m = /^([+-]?)0[xX]([0-9a-fA-F]*)\.?([0-9a-fA-F]*)[pP]([+-]?\d+)$/.exec(s);
    if (m && (m[2] + m[3]).length > 0) {
        const mant = parseInt((m[2] + m[3]) || '0', 16) / 16 ** m[3].length;
        const f = mant * 2 ** Number(m[4]);
        return m[1] === '-' ? -f : f;
    }
    return null;
}
function newNumber(pos, text, isChar, isComplexItem) {
    const n = {
        kind: 'number', pos, text, isInt: false, isUint: false, isFloat: false, isComplex: false, int: 0n, uint: 0n, float: 0,
    };
    if (isChar) {
        const [ch, next] = (0,quote/* unquoteChar */.yj)(text, 1, text[0]);
        if (text.slice(next) !== "'")
            throw new Error(`malformed character constant: ${text}`);
        const cp = ch.codePointAt(0);
        Object.assign(n, { int: BigInt(cp), isInt: true, uint: BigInt(cp), isUint: true, float: cp, isFloat: true });
        return n;
    }
    if (isComplexItem || text.endsWith('i')) {
        throw new Error(`complex constants are not supported: ${text}`);
    }
    const u = parseInteger(text, false);
    if (u !== null)
        Object.assign(n, { isUint: true, uint: u });
    const i = parseInteger(text, true);
    if (i !== null) {
        Object.assign(n, { isInt: true, int: i });
        if (i === 0n)
            Object.assign(n, { isUint: true, uint: 0n });
    }
    if (n.isInt)
        Object.assign(n, { isFloat: true, float: Number(n.int) });
    else if (n.isUint)
        Object.assign(n, { isFloat: true, float: Number(n.uint) });
    else {
        const f = parseFloat64(text);
        if (f !== null) {
            if (!/[.eEpP]/.test(text))
                throw new Error(`integer overflow: ${(0,quote/* quote */.hD)(text)}`);
            n.isFloat = true;
            n.float = f;
            if (Number.isInteger(f) && BigInt(f) >= INT64_MIN && BigInt(f) <= INT64_MAX)
                Object.assign(n, { isInt: true, int: BigInt(f) });
            if (Number.isInteger(f) && f >= 0 && BigInt(f) <= UINT64_MAX)
                Object.assign(n, { isUint: true, uint: BigInt(f) });
        }
    }
    if (!n.isInt && !n.isUint && !n.isFloat)
        throw new Error(`illegal number syntax: ${(0,quote/* quote */.hD)(text)}`);
    return n;
}

;// CONCATENATED MODULE: ./src/sdk/interpolate/parse/parser.ts
// A port of text/template/parse/parse.go. The three-token lookahead is kept as
// in Go because parse errors report the line of the last token lexed.



class ParseError extends Error {
}
const maxStackDepth = 10000;
/** Parses `text` as template `name`; returns every tree defined (name → root). */
function parseTemplate(name, text, hasFunction) {
    const treeSet = new Map();
    const lex = new Lexer(text);
    lex.breakOK = !hasFunction('break');
    lex.continueOK = !hasFunction('continue');
    const p = new Parser(name, name, lex, hasFunction, treeSet);
    p.root = p.parse();
    p.add();
    return treeSet;
}
class Parser {
    name;
    parseName;
    lex;
    hasFunction;
    treeSet;
    root = null;
    token = [];
    peekCount = 0;
    vars = ['$'];
    actionLine = 0;
    rangeDepth = 0;
    stackDepth = 0;
    constructor(name, parseName, lex, hasFunction, treeSet) {
        this.name = name;
        this.parseName = parseName;
        this.lex = lex;
        this.hasFunction = hasFunction;
        this.treeSet = treeSet;
    }
    // --- token plumbing (parse.go next/backup/peek)
    next() {
        if (this.peekCount > 0)
            this.peekCount--;
        else
            this.token[0] = this.lex.nextItem();
        return this.token[this.peekCount];
    }
    backup() {
        this.peekCount++;
    }
    backup2(t1) {
        this.token[1] = t1;
        this.peekCount = 2;
    }
    backup3(t2, t1) {
        this.token[1] = t1;
        this.token[2] = t2;
        this.peekCount = 3;
    }
    peek() {
        if (this.peekCount > 0)
            return this.token[this.peekCount - 1];
        this.peekCount = 1;
        this.token[0] = this.lex.nextItem();
        return this.token[0];
    }
    nextNonSpace() {
        let t;
        do
            t = this.next();
        while (t.typ === T.Space);
        return t;
    }
    peekNonSpace() {
        const t = this.nextNonSpace();
        this.backup();
        return t;
    }
    errorf(msg) {
        this.root = null;
        throw new ParseError(`template: ${this.parseName}:${this.token[0]?.line ?? 1}: ${msg}`);
    }
    expect(expected, context) {
        const t = this.nextNonSpace();
        if (t.typ !== expected)
            this.unexpected(t, context);
        return t;
    }
    unexpected(token, context) {
        if (token.typ === T.Error) {
            let extra = '';
            if (this.actionLine !== 0 && this.actionLine !== token.line) {
                extra = ` in action started at ${this.parseName}:${this.actionLine}`;
                if (token.val.endsWith(' action'))
                    extra = extra.slice(' in action'.length);
            }
            this.errorf(`${itemString(token)}${extra}`);
        }
        this.errorf(`unexpected ${itemString(token)} in ${context}`);
    }
    add() {
        const existing = this.treeSet.get(this.name);
        if (existing === undefined || isEmptyTree(existing)) {
            this.treeSet.set(this.name, this.root);
            return;
        }
        if (!isEmptyTree(this.root))
            this.errorf(`template: multiple definition of template ${(0,quote/* quote */.hD)(this.name)}`);
    }
    parse() {
        const root = { kind: 'list', pos: this.peek().pos, nodes: [] };
        this.root = root;
        while (this.peek().typ !== T.EOF) {
            if (this.peek().typ === T.LeftDelim) {
                const delim = this.next();
                if (this.nextNonSpace().typ === T.Define) {
                    const sub = new Parser('definition', this.parseName, this.lex, this.hasFunction, this.treeSet);
                    sub.parseDefinition();
                    continue;
                }
                this.backup2(delim);
            }
            const n = this.textOrAction();
            if (n.kind === 'end' || n.kind === 'else')
                this.errorf(`unexpected ${n.kind === 'end' ? '{{end}}' : '{{else}}'}`);
            root.nodes.push(n);
        }
        return root;
    }
    parseDefinition() {
        const ctx = 'define clause';
        const name = this.nextNonSpace();
        if (name.typ !== T.String && name.typ !== T.RawString)
            this.unexpected(name, ctx);
        try {
            this.name = (0,quote/* unquote */._n)(name.val);
        }
        catch (e) {
            this.errorf(e.message);
        }
        this.expect(T.RightDelim, ctx);
        const [list, end] = this.itemList();
        if (end.kind !== 'end')
            this.errorf(`unexpected {{else}} in ${ctx}`);
        this.root = list;
        this.add();
    }
    itemList() {
        const list = { kind: 'list', pos: this.peekNonSpace().pos, nodes: [] };
        while (this.peekNonSpace().typ !== T.EOF) {
            const n = this.textOrAction();
            if (n.kind === 'end' || n.kind === 'else')
                return [list, n];
            list.nodes.push(n);
        }
        this.errorf('unexpected EOF');
    }
    textOrAction() {
        const token = this.nextNonSpace();
        switch (token.typ) {
            case T.Text:
                return { kind: 'text', pos: token.pos, text: token.val };
            case T.LeftDelim:
                this.actionLine = token.line;
                try {
                    return this.action();
                }
                finally {
                    this.actionLine = 0;
                }
            default:
                this.unexpected(token, 'input');
        }
    }
    action() {
        const token = this.nextNonSpace();
        switch (token.typ) {
            case T.Block: return this.blockControl();
            case T.Break: return this.branchStop('break', token);
            case T.Continue: return this.branchStop('continue', token);
            case T.Else: return this.elseControl();
            case T.End: return { kind: 'end', pos: this.expect(T.RightDelim, 'end').pos };
            case T.If: return { kind: 'if', ...this.parseControl('if') };
            case T.Range: return { kind: 'range', ...this.parseControl('range') };
            case T.Template: return this.templateControl();
            case T.With: return { kind: 'with', ...this.parseControl('with') };
        }
        this.backup();
        const t = this.peek();
        const action = { kind: 'action', pos: t.pos, line: t.line, pipe: this.pipeline('command', T.RightDelim) };
        return action;
    }
    branchStop(kind, token) {
        const t = this.nextNonSpace();
        if (t.typ !== T.RightDelim)
            this.unexpected(t, `{{${kind}}}`);
        if (this.rangeDepth === 0)
            this.errorf(`{{${kind}}} outside {{range}}`);
        return { kind, pos: token.pos, line: token.line };
    }
    pipeline(context, end) {
        const token = this.peekNonSpace();
        const pipe = { kind: 'pipe', pos: token.pos, line: token.line, isAssign: false, decl: [], cmds: [] };
        decls: for (;;) {
            const v = this.peekNonSpace();
            if (v.typ === T.Variable) {
                this.next();
                const tokenAfterVariable = this.peek();
                const next = this.peekNonSpace();
                if (next.typ === T.Assign || next.typ === T.Declare) {
                    pipe.isAssign = next.typ === T.Assign;
                    this.nextNonSpace();
                    pipe.decl.push(newVariable(v.pos, v.val));
                    this.vars.push(v.val);
                }
                else if (next.typ === T.Char && next.val === ',') {
                    this.nextNonSpace();
                    pipe.decl.push(newVariable(v.pos, v.val));
                    this.vars.push(v.val);
                    if (context === 'range' && pipe.decl.length < 2) {
                        const p = this.peekNonSpace().typ;
                        if (p === T.Variable || p === T.RightDelim || p === T.RightParen)
                            continue decls;
                        this.errorf('range can only initialize variables');
                    }
                    this.errorf(`too many declarations in ${context}`);
                }
                else if (tokenAfterVariable.typ === T.Space) {
                    this.backup3(v, tokenAfterVariable);
                }
                else {
                    this.backup2(v);
                }
            }
            break;
        }
        for (;;) {
            const token = this.nextNonSpace();
            switch (token.typ) {
                case end:
                    this.checkPipeline(pipe, context);
                    return pipe;
                case T.Bool:
                case T.CharConstant:
                case T.Complex:
                case T.Dot:
                case T.Field:
                case T.Identifier:
                case T.Number:
                case T.Nil:
                case T.RawString:
                case T.String:
                case T.Variable:
                case T.LeftParen:
                    this.backup();
                    pipe.cmds.push(this.command());
                    break;
                default:
                    this.unexpected(token, context);
            }
        }
    }
    checkPipeline(pipe, context) {
        if (pipe.cmds.length === 0)
            this.errorf(`missing value for ${context}`);
        pipe.cmds.slice(1).forEach((c, i) => {
            const k = c.args[0].kind;
            if (k === 'bool' || k === 'dot' || k === 'nil' || k === 'number' || k === 'string') {
                this.errorf(`non executable command in pipeline stage ${i + 2}`);
            }
        });
    }
    parseControl(context) {
        const mark = this.vars.length;
        try {
            const pipe = this.pipeline(context, T.RightDelim);
            if (context === 'range')
                this.rangeDepth++;
            let [list, next] = this.itemList();
            if (context === 'range')
                this.rangeDepth--;
            let elseList = null;
            if (next.kind === 'else') {
                if (context === 'if' && this.peek().typ === T.If) {
                    this.next();
                    elseList = { kind: 'list', pos: next.pos, nodes: [{ kind: 'if', ...this.parseControl('if') }] };
                }
                else if (context === 'with' && this.peek().typ === T.With) {
                    this.next();
                    elseList = { kind: 'list', pos: next.pos, nodes: [{ kind: 'with', ...this.parseControl('with') }] };
                }
                else {
                    [elseList, next] = this.itemList();
                    if (next.kind !== 'end')
                        this.errorf('expected end; found {{else}}');
                }
            }
            void list;
            return { pos: pipe.pos, line: pipe.line, pipe, list, elseList };
        }
        finally {
            this.vars.length = mark;
        }
    }
    elseControl() {
        const peek = this.peekNonSpace();
        if (peek.typ === T.If || peek.typ === T.With)
            return { kind: 'else', pos: peek.pos, line: peek.line };
        const token = this.expect(T.RightDelim, 'else');
        return { kind: 'else', pos: token.pos, line: token.line };
    }
    blockControl() {
        const ctx = 'block clause';
        const token = this.nextNonSpace();
        const name = this.parseTemplateName(token, ctx);
        const pipe = this.pipeline(ctx, T.RightDelim);
        const block = new Parser(name, this.parseName, this.lex, this.hasFunction, this.treeSet);
        const [list, end] = block.itemList();
        if (end.kind !== 'end')
            this.errorf(`unexpected {{else}} in ${ctx}`);
        block.root = list;
        block.add();
        return { kind: 'template', pos: token.pos, line: token.line, name, pipe };
    }
    templateControl() {
        const ctx = 'template clause';
        const token = this.nextNonSpace();
        const name = this.parseTemplateName(token, ctx);
        let pipe = null;
        if (this.nextNonSpace().typ !== T.RightDelim) {
            this.backup();
            pipe = this.pipeline(ctx, T.RightDelim);
        }
        return { kind: 'template', pos: token.pos, line: token.line, name, pipe };
    }
    parseTemplateName(token, context) {
        if (token.typ === T.String || token.typ === T.RawString) {
            try {
                return (0,quote/* unquote */._n)(token.val);
            }
            catch (e) {
                this.errorf(e.message);
            }
        }
        this.unexpected(token, context);
    }
    command() {
        const cmd = { kind: 'command', pos: this.peekNonSpace().pos, args: [] };
        for (;;) {
            this.peekNonSpace();
            const operand = this.operand();
            if (operand)
                cmd.args.push(operand);
            const token = this.next();
            if (token.typ === T.Space)
                continue;
            if (token.typ === T.RightDelim || token.typ === T.RightParen)
                this.backup();
            else if (token.typ !== T.Pipe)
                this.unexpected(token, 'operand');
            break;
        }
        if (cmd.args.length === 0)
            this.errorf('empty command');
        return cmd;
    }
    operand() {
        let node = this.term();
        if (!node)
            return null;
        if (this.peek().typ === T.Field) {
            const pos = this.peek().pos;
            const fields = [];
            while (this.peek().typ === T.Field)
                fields.push(this.next().val.slice(1));
            switch (node.kind) {
                case 'field':
                    node = { kind: 'field', pos, ident: [...node.ident, ...fields] };
                    break;
                case 'variable':
                    node = { kind: 'variable', pos, ident: [...node.ident, ...fields] };
                    break;
                case 'bool':
                case 'string':
                case 'number':
                case 'nil':
                case 'dot': {
                    const s = node.kind === 'bool' ? String(node.value) : node.kind === 'string' ? node.quoted
                        : node.kind === 'number' ? node.text : node.kind === 'nil' ? 'nil' : '.';
                    this.errorf(`unexpected . after term ${(0,quote/* quote */.hD)(s)}`);
                    break;
                }
                default:
                    node = { kind: 'chain', pos, node, field: fields };
            }
        }
        return node;
    }
    term() {
        const token = this.nextNonSpace();
        switch (token.typ) {
            case T.Identifier:
                if (!this.hasFunction(token.val))
                    this.errorf(`function ${(0,quote/* quote */.hD)(token.val)} not defined`);
                return { kind: 'identifier', pos: token.pos, ident: token.val };
            case T.Dot:
                return { kind: 'dot', pos: token.pos };
            case T.Nil:
                return { kind: 'nil', pos: token.pos };
            case T.Variable:
                return this.useVar(token.pos, token.val);
            case T.Field:
                return { kind: 'field', pos: token.pos, ident: token.val.slice(1).split('.') };
            case T.Bool:
                return { kind: 'bool', pos: token.pos, value: token.val === 'true' };
            case T.CharConstant:
            case T.Complex:
            case T.Number:
                try {
                    return newNumber(token.pos, token.val, token.typ === T.CharConstant, token.typ === T.Complex);
                }
                catch (e) {
                    this.errorf(e.message);
                }
            // eslint-disable-next-line no-fallthrough
            case T.LeftParen: {
                if (this.stackDepth >= maxStackDepth)
                    this.errorf('max expression depth exceeded');
                this.stackDepth++;
                try {
                    return this.pipeline('parenthesized pipeline', T.RightParen);
                }
                finally {
                    this.stackDepth--;
                }
            }
            case T.String:
            case T.RawString:
                try {
                    return { kind: 'string', pos: token.pos, quoted: token.val, text: (0,quote/* unquote */._n)(token.val) };
                }
                catch (e) {
                    this.errorf(e.message);
                }
        }
        this.backup();
        return null;
    }
    useVar(pos, name) {
        const v = newVariable(pos, name);
        if (!this.vars.includes(v.ident[0]))
            this.errorf(`undefined variable ${(0,quote/* quote */.hD)(v.ident[0])}`);
        return v;
    }
}
function newVariable(pos, ident) {
    return { kind: 'variable', pos, ident: ident.split('.') };
}
function isEmptyTree(n) {
    switch (n.kind) {
        case 'list': return n.nodes.every(isEmptyTree);
        case 'text': return n.text.trim() === '';
        default: return false;
    }
}

;// CONCATENATED MODULE: ./src/sdk/interpolate/render.ts





/** A template error, worded as Go's text/template words it (template name "root"). */
class InterpolateError extends Error {
    name = 'InterpolateError';
}
const packerNames = new Set(Object.keys(packerFuncs({})));
const cache = new Map();
const maxCache = 5000;
function parseCached(text, extra) {
    const key = extra.length ? extra.join(',') + '\0' + text : text;
    let hit = cache.get(key);
    if (hit === undefined) {
        const names = new Set(extra);
        const has = (n) => packerNames.has(n) || names.has(n) || Object.hasOwn(builtinFuncs, n);
        try {
            hit = parseTemplate('root', text, has);
        }
        catch (e) {
            if (!(e instanceof ParseError))
                throw e;
            hit = new InterpolateError(e.message);
        }
        if (cache.size >= maxCache)
            cache.clear();
        cache.set(key, hit);
    }
    if (hit instanceof InterpolateError)
        throw new InterpolateError(hit.message);
    return hit;
}
/** interpolate.Validate: parse only (unknown functions, syntax); throws InterpolateError. */
function validate(text, ctx) {
    parseCached(text, ctx.funcs ? Object.keys(ctx.funcs).sort() : []);
}
/** interpolate.RenderOnce: one pass of text/template over `text`. */
function render(text, ctx) {
    const extra = ctx.funcs ? Object.keys(ctx.funcs).sort() : [];
    const trees = parseCached(text, extra);
    let pf = null;
    const lookup = (name) => {
        const own = ctx.funcs?.[name];
        if (own)
            return { fn: looseFunc(own), builtin: false };
        if (packerNames.has(name)) {
            pf ??= packerFuncs(ctx);
            return { fn: pf[name], builtin: false };
        }
        const b = Object.hasOwn(builtinFuncs, name) ? builtinFuncs[name] : undefined;
        return b ? { fn: b, builtin: true } : undefined;
    };
    try {
        return execute({ name: 'root', text, trees, funcs: lookup }, ctx.data === null ? undefined : ctx.data);
    }
    catch (e) {
        if (e instanceof ExecError)
            throw new InterpolateError(e.message);
        throw e;
    }
}
/** True when the text holds a {{ action (what Packer would interpolate). */
function isTemplated(text) {
    return text.includes('{{');
}

;// CONCATENATED MODULE: ./src/sdk/interpolate/render-deep.ts


function walk(v, f) {
    if (typeof v === 'string')
        return f(v);
    if (Array.isArray(v))
        return v.map((e) => walk(e, f));
    if (isRecord(v)) {
        const out = {};
        for (const [k, e] of Object.entries(v))
            out[k] = walk(e, f);
        return out;
    }
    return v;
}
function inString(s, fn) {
    try {
        return fn(s);
    }
    catch (e) {
        if (e instanceof InterpolateError)
            throw new InterpolateError(`${e.message} in:\n\n${s}`);
        throw e;
    }
}
function prefixed(prefix, fn) {
    try {
        return fn();
    }
    catch (e) {
        if (e instanceof InterpolateError)
            throw new InterpolateError(`${prefix}${e.message}`);
        throw e;
    }
}
/**
 * Renders each string inside objects and arrays (keys are not rendered).
 * `skip` names top-level keys, case-insensitively, to leave as written.
 */
function renderDeep(value, ctx, skip = []) {
    if (!isRecord(value))
        return walk(value, (s) => inString(s, (x) => render(x, ctx)));
    const excluded = new Set(skip.map((s) => s.toLowerCase()));
    const out = {};
    for (const [k, raw] of Object.entries(value)) {
        prefixed(`invalid '${k}': `, () => walk(raw, (s) => inString(s, (x) => (validate(x, ctx), x))));
        out[k] = excluded.has(k.toLowerCase()) ? raw : prefixed(`render '${k}': `, () => walk(raw, (s) => inString(s, (x) => render(x, ctx))));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/sdk/interpolate/index.ts
// The `{{ }}` engine: Go's text/template with Packer's functions
// (packer-plugin-sdk template/interpolate).
// --- rendering


// --- data shaped like Go values, for components that need Go's exact behaviour

// --- pieces other layers reuse






/***/ }),

/***/ 2256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oi: () => (/* binding */ isPrint),
/* harmony export */   Zx: () => (/* binding */ quoteRune),
/* harmony export */   _n: () => (/* binding */ unquote),
/* harmony export */   dp: () => (/* binding */ byteLength),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   yj: () => (/* binding */ unquoteChar)
/* harmony export */ });
/* unused harmony export SyntaxError_ */
// Go's strconv quoting rules: the parser unquotes literals with them and error
// messages (`%q`) quote with them, so both must match Go byte for byte.
const simpleEscapes = {
    a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\',
};
class SyntaxError_ extends Error {
    constructor() {
        super('invalid syntax');
    }
}
/** strconv.UnquoteChar: one (possibly escaped) character of s at i; returns it and the next index. */
function unquoteChar(s, i, quote) {
    const c = s[i];
    if (c === undefined)
        throw new SyntaxError_();
    if (c === quote && (quote === "'" || quote === '"'))
        throw new SyntaxError_();
    if (c !== '\\') {
        const cp = s.codePointAt(i);
        return [String.fromCodePoint(cp), i + (cp > 0xffff ? 2 : 1)];
    }
    const e = s[i + 1];
    if (e === undefined)
        throw new SyntaxError_();
    if (e in simpleEscapes)
        return [simpleEscapes[e], i + 2];
    if (e === "'" || e === '"') {
        if (e !== quote)
            throw new SyntaxError_();
        return [e, i + 2];
    }
    if (e === 'x' || e === 'u' || e === 'U') {
        const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
        const hex = s.slice(i + 2, i + 2 + n);
        if (hex.length !== n || !/^[0-9a-fA-F]+$/.test(hex))
            throw new SyntaxError_();
        const v = parseInt(hex, 16);
        if (e === 'x')
            return [String.fromCharCode(v), i + 2 + n]; // a byte; fine for ASCII
        if (v > 0x10ffff || (v >= 0xd800 && v < 0xe000))
            throw new SyntaxError_();
        return [String.fromCodePoint(v), i + 2 + n];
    }
    if (e >= '0' && e <= '7') {
        const oct = s.slice(i + 1, i + 4);
        if (!/^[0-7]{3}$/.test(oct))
            throw new SyntaxError_();
        const v = parseInt(oct, 8);
        if (v > 255)
            throw new SyntaxError_();
        return [String.fromCharCode(v), i + 4];
    }
    throw new SyntaxError_();
}
/** strconv.Unquote for "…", `…` and '…'. */
function unquote(s) {
    const q = s[0];
    if (s.length < 2 || s[s.length - 1] !== q)
        throw new SyntaxError_();
    const body = s.slice(1, -1);
    if (q === '`') {
        if (body.includes('`'))
            throw new SyntaxError_();
        return body.replace(/\r/g, '');
    }
    if (q !== '"' && q !== "'")
        throw new SyntaxError_();
    if (body.includes('\n'))
        throw new SyntaxError_();
    let out = '';
    let i = 0;
    while (i < body.length) {
        const [ch, next] = unquoteChar(body, i, q);
        out += ch;
        i = next;
        if (q === "'" && i < body.length)
            throw new SyntaxError_();
    }
    if (q === "'" && out.length === 0)
        throw new SyntaxError_();
    return out;
}
const printable = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;
/** Go's unicode.IsPrint (letters, marks, numbers, punctuation, symbols and ASCII space). */
function isPrint(ch) {
    return printable.test(ch);
}
function hex(n, width) {
    return n.toString(16).padStart(width, '0');
}
/** strconv.Quote (asciiOnly=false), or QuoteToASCII when ascii is true (`%+q`). */
function quote(s, ascii = false) {
    let out = '"';
    for (const ch of s) {
        const cp = ch.codePointAt(0);
        if (ch === '"' || ch === '\\')
            out += '\\' + ch;
        else if (cp < 0x80 && isPrint(ch))
            out += ch;
        else if (!ascii && cp >= 0x80 && isPrint(ch))
            out += ch;
        else if (ch === '\x07')
            out += '\\a';
        else if (ch === '\b')
            out += '\\b';
        else if (ch === '\f')
            out += '\\f';
        else if (ch === '\n')
            out += '\\n';
        else if (ch === '\r')
            out += '\\r';
        else if (ch === '\t')
            out += '\\t';
        else if (ch === '\v')
            out += '\\v';
        else if (cp < 0x20 || cp === 0x7f)
            out += '\\x' + hex(cp, 2);
        else if (cp === 0xfffd)
            out += ascii ? '\\ufffd' : ch;
        else if (cp < 0x10000)
            out += '\\u' + hex(cp, 4);
        else
            out += '\\U' + hex(cp, 8);
    }
    return out + '"';
}
/** strconv.QuoteRune. */
function quoteRune(cp) {
    const ch = cp >= 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp < 0xe000) ? String.fromCodePoint(cp) : '\ufffd';
    if (ch === "'")
        return "'\\''";
    if (ch === '"')
        return `'"'`;
    const q = quote(ch);
    return "'" + q.slice(1, -1) + "'";
}
/** UTF-8 length of a JS string: Go reports byte columns. */
function byteLength(s) {
    return Buffer.byteLength(s, 'utf8');
}


/***/ }),

/***/ 9815:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NA: () => (/* binding */ packerConfigRaw),
/* harmony export */   NN: () => (/* binding */ PackerCompatVersion),
/* harmony export */   nF: () => (/* binding */ PackerConfigKeys)
/* harmony export */ });
/**
 * The settings the core adds as the last raw config of every Prepare/Configure, with Packer's
 * key names so that Go plugins decode them too (packer-plugin-sdk `common.PackerConfig`).
 */
const PackerConfigKeys = {
    buildName: 'packer_build_name',
    builderType: 'packer_builder_type',
    coreVersion: 'packer_core_version',
    debug: 'packer_debug',
    force: 'packer_force',
    onError: 'packer_on_error',
    templatePath: 'packer_template_path',
    userVariables: 'packer_user_variables',
    sensitiveVariables: 'packer_sensitive_variables',
};
/** The version we report as `packer_version` and to plugins: the Packer release we are compatible with. */
const PackerCompatVersion = '1.6.6';
function packerConfigRaw(c) {
    return {
        [PackerConfigKeys.buildName]: c.buildName,
        [PackerConfigKeys.builderType]: c.builderType,
        [PackerConfigKeys.coreVersion]: c.coreVersion,
        [PackerConfigKeys.debug]: c.debug,
        [PackerConfigKeys.force]: c.force,
        [PackerConfigKeys.onError]: c.onError,
        [PackerConfigKeys.templatePath]: c.templatePath,
        [PackerConfigKeys.userVariables]: c.userVariables,
        // packer_sensitive_variables is left out: Go plugins built on older SDKs reject unknown keys.
    };
}


/***/ })

};
