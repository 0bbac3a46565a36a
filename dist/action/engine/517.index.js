export const id = 517;
export const ids = [517];
export const modules = {

/***/ 517:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadTemplate: () => (/* reexport */ loadTemplate)
});

// UNUSED EXPORTS: VarFileError, parseVarFile, readVarFile

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/sdk/index.ts + 3 modules
var sdk = __webpack_require__(5989);
// EXTERNAL MODULE: ./src/sdk/interpolate/index.ts + 17 modules
var interpolate = __webpack_require__(9636);
;// CONCATENATED MODULE: ./src/template/internal/engine.ts
// The sdk's own entry point of the engine; switch to '../../sdk/index.js' once it re-exports render.

function sdkRender() {
    return interpolate/* render */.XX;
}
/** Go's ExecError (a function failed while running) as opposed to a template parse error. */
function isExecError(err) {
    return /^template: [^:]+:\d+:\d+: executing /.test(err.message);
}

;// CONCATENATED MODULE: ./src/template/internal/json-node.ts
/** Last entry wins for duplicate keys, as Go's map decoding does (duplicates are reported apart). */
function entry(node, key) {
    if (node.kind !== 'object')
        return undefined;
    for (let i = node.entries.length - 1; i >= 0; i--)
        if (node.entries[i].key === key)
            return node.entries[i];
    return undefined;
}
/** Plain JS value of a node: what a component's RawConfig holds. */
function toValue(node) {
    switch (node.kind) {
        case 'object': {
            const out = {};
            for (const e of node.entries)
                out[e.key] = toValue(e.value);
            return out;
        }
        case 'array':
            return node.items.map(toValue);
        case 'null':
            return null;
        default:
            return node.value;
    }
}
/** Object entries with duplicates collapsed (last wins), in first-seen order. */
function uniqueEntries(node) {
    const byKey = new Map();
    for (const e of node.entries) {
        const prev = byKey.get(e.key);
        if (prev)
            byKey.delete(e.key);
        byKey.set(e.key, e);
    }
    return [...byKey.values()];
}

;// CONCATENATED MODULE: ./src/template/internal/go-format.ts
/**
 * How Go prints the values Packer's error messages embed (mapstructure's `%T`/`%v`, json's
 * `quoteChar`), so our messages match Packer's byte for byte.
 */
/** encoding/json `quoteChar`: the offending byte as Go shows it in a syntax error. */
function goQuoteChar(c) {
    if (c === 0x27)
        return `'\\''`;
    if (c === 0x22)
        return `'"'`;
    return `'${goQuoteRune(c)}'`;
}
/** strconv.Quote of one rune, without the surrounding quotes. */
function goQuoteRune(cp) {
    const special = { 7: '\\a', 8: '\\b', 12: '\\f', 10: '\\n', 13: '\\r', 9: '\\t', 11: '\\v', 0x5c: '\\\\' };
    if (special[cp] !== undefined)
        return special[cp];
    if (cp < 0x20 || cp === 0x7f)
        return `\\x${cp.toString(16).padStart(2, '0')}`;
    // Latin-1 runes that Go's unicode.IsPrint rejects: C1 controls, NBSP, soft hyphen.
    if ((cp >= 0x80 && cp <= 0xa0) || cp === 0xad)
        return `\\u${cp.toString(16).padStart(4, '0')}`;
    return String.fromCodePoint(cp);
}
/** Go type name of a decoded JSON value (`%T` of `interface{}` from encoding/json). */
function goTypeName(node) {
    switch (node.kind) {
        case 'object':
            return 'map[string]interface {}';
        case 'array':
            return '[]interface {}';
        case 'string':
            return 'string';
        case 'number':
            return 'float64';
        case 'bool':
            return 'bool';
        case 'null':
            return '<nil>';
    }
}
/** mapstructure's kind name in `expected a map, got '<kind>'`. */
function goKindName(node) {
    switch (node.kind) {
        case 'object':
            return 'map';
        case 'array':
            return 'slice';
        case 'number':
            return 'float64';
        case 'null':
            return 'invalid';
        default:
            return goTypeName(node);
    }
}
/** `%v` of a decoded JSON value. */
function goValue(node) {
    switch (node.kind) {
        case 'object': {
            const parts = [...node.entries]
                .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
                .map((e) => `${e.key}:${goValue(e.value)}`);
            return `map[${parts.join(' ')}]`;
        }
        case 'array':
            return `[${node.items.map(goValue).join(' ')}]`;
        case 'string':
            return node.value;
        case 'number':
            return goFloatG(node.value);
        case 'bool':
            return String(node.value);
        case 'null':
            return '<nil>';
    }
}
/** `%v` of a float64 (strconv 'g', shortest): exponent form from 1e+06 and below 1e-04. */
function goFloatG(f) {
    if (f === 0)
        return Object.is(f, -0) ? '-0' : '0';
    const [mant, expText] = f.toExponential().split('e');
    const exp = Number(expText);
    if (exp < -4 || exp >= 6) {
        const sign = exp < 0 ? '-' : '+';
        return `${mant}e${sign}${String(Math.abs(exp)).padStart(2, '0')}`;
    }
    return goFloatF(f);
}
/** strconv.FormatFloat(f, 'f', -1, 64): what a weak decode turns a JSON number into. */
function goFloatF(f) {
    if (Number.isInteger(f) && Math.abs(f) < 1e21)
        return BigInt(f).toString();
    const s = String(f);
    if (!s.includes('e'))
        return s;
    return f.toFixed(20).replace(/0+$/, '').replace(/\.$/, '');
}

;// CONCATENATED MODULE: ./src/template/internal/json-reader.ts

/**
 * A strict JSON reader that reproduces Go's encoding/json scanner (the reader Packer 1.6.6 uses):
 * same accepted language (no comments, no trailing commas, no BOM), same error wording
 * (`invalid character '}' looking for beginning of object key string`) and the same error offset
 * (bytes consumed including the bad byte). A generic parser such as jsonc-parser is lenient where
 * Go is strict and words its errors differently, so it could not give Packer's messages; this one
 * also keeps the byte offset of every key and value for diagnostics.
 */
class JsonSyntaxError extends Error {
    offset;
    name = 'JsonSyntaxError';
    /** Go's `SyntaxError.Offset`: bytes read before the error, including the offending byte. */
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
const MAX_DEPTH = 1000;
const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);
const ESCAPES = { 0x22: '"', 0x5c: '\\', 0x2f: '/', 0x62: '\b', 0x66: '\f', 0x6e: '\n', 0x72: '\r', 0x74: '\t' };
function readJson(bytes) {
    return new Reader(bytes).document();
}
/**
 * As Go's `json.NewDecoder(f).Decode(&v)` reads a var-file: only the first value counts (trailing
 * text is ignored), and running out of input is `unexpected EOF` (`EOF` when there is no value).
 */
function readFirstJsonValue(bytes) {
    const reader = new Reader(bytes);
    try {
        return reader.first();
    }
    catch (err) {
        if (err instanceof JsonSyntaxError && err.offset === bytes.length && err.message === 'unexpected end of JSON input') {
            const empty = bytes.every((b) => WS.has(b));
            throw new JsonSyntaxError(empty ? 'EOF' : 'unexpected EOF', err.offset);
        }
        throw err;
    }
}
class Reader {
    b;
    pos = 0;
    depth = 0;
    duplicate;
    decoder = new TextDecoder('utf-8');
    constructor(b) {
        this.b = b;
    }
    first() {
        const root = this.value();
        return this.duplicate ? { root, duplicate: this.duplicate } : { root };
    }
    document() {
        const root = this.value();
        this.ws();
        if (this.pos < this.b.length)
            this.fail('after top-level value');
        return this.duplicate ? { root, duplicate: this.duplicate } : { root };
    }
    fail(context) {
        if (this.pos >= this.b.length)
            throw new JsonSyntaxError('unexpected end of JSON input', this.b.length);
        throw new JsonSyntaxError(`invalid character ${goQuoteChar(this.b[this.pos])} ${context}`, this.pos + 1);
    }
    ws() {
        while (this.pos < this.b.length && WS.has(this.b[this.pos]))
            this.pos++;
    }
    peek() {
        return this.b[this.pos];
    }
    value() {
        // Go 1.15 had no limit (a Go stack grows); ours does not, so a pathological file is refused
        // with modern Go's message instead of crashing. No real template nests 1000 deep.
        if (++this.depth > MAX_DEPTH)
            throw new JsonSyntaxError('exceeded max depth', this.pos + 1);
        try {
            return this.valueAt();
        }
        finally {
            this.depth--;
        }
    }
    valueAt() {
        this.ws();
        const c = this.peek();
        const offset = this.pos;
        if (c === 0x7b)
            return this.object();
        if (c === 0x5b)
            return this.array();
        if (c === 0x22)
            return { kind: 'string', offset, value: this.string() };
        if (c === 0x2d || (c !== undefined && c >= 0x30 && c <= 0x39))
            return this.number();
        if (c === 0x74)
            return this.literal('true', { kind: 'bool', offset, value: true });
        if (c === 0x66)
            return this.literal('false', { kind: 'bool', offset, value: false });
        if (c === 0x6e)
            return this.literal('null', { kind: 'null', offset });
        return this.fail('looking for beginning of value');
    }
    object() {
        const offset = this.pos++;
        const entries = [];
        const seen = new Set();
        this.ws();
        if (this.peek() === 0x7d) {
            this.pos++;
            return { kind: 'object', offset, entries };
        }
        for (;;) {
            this.ws();
            if (this.peek() !== 0x22)
                this.fail('looking for beginning of object key string');
            const keyOffset = this.pos;
            const key = this.string();
            if (seen.has(key) && !this.duplicate)
                this.duplicate = { key, offset: keyOffset };
            seen.add(key);
            this.ws();
            if (this.peek() !== 0x3a)
                this.fail('after object key');
            this.pos++;
            entries.push({ key, keyOffset, value: this.value() });
            this.ws();
            const c = this.peek();
            if (c === 0x2c) {
                this.pos++;
                continue;
            }
            if (c === 0x7d) {
                this.pos++;
                return { kind: 'object', offset, entries };
            }
            this.fail('after object key:value pair');
        }
    }
    array() {
        const offset = this.pos++;
        const items = [];
        this.ws();
        if (this.peek() === 0x5d) {
            this.pos++;
            return { kind: 'array', offset, items };
        }
        for (;;) {
            items.push(this.value());
            this.ws();
            const c = this.peek();
            if (c === 0x2c) {
                this.pos++;
                continue;
            }
            if (c === 0x5d) {
                this.pos++;
                return { kind: 'array', offset, items };
            }
            this.fail('after array element');
        }
    }
    string() {
        this.pos++; // opening quote
        let out = '';
        let runStart = this.pos;
        for (;;) {
            const c = this.peek();
            if (c === undefined)
                this.fail('');
            if (c === 0x22) {
                out += this.decoder.decode(this.b.subarray(runStart, this.pos));
                this.pos++;
                return out;
            }
            if (c < 0x20)
                this.fail('in string literal');
            if (c !== 0x5c) {
                this.pos++;
                continue;
            }
            out += this.decoder.decode(this.b.subarray(runStart, this.pos));
            this.pos++;
            const e = this.peek();
            if (e === undefined)
                this.fail('');
            if (e === 0x75) {
                this.pos++;
                let code = 0;
                for (let i = 0; i < 4; i++) {
                    const h = this.peek();
                    const d = h === undefined ? -1 : hexValue(h);
                    if (d < 0)
                        this.fail('in \\u hexadecimal character escape');
                    code = code * 16 + d;
                    this.pos++;
                }
                out += String.fromCharCode(code);
            }
            else {
                const esc = ESCAPES[e];
                if (esc === undefined)
                    this.fail('in string escape code');
                out += esc;
                this.pos++;
            }
            runStart = this.pos;
        }
    }
    number() {
        const offset = this.pos;
        const digits = () => {
            while (isDigit(this.peek()))
                this.pos++;
        };
        if (this.peek() === 0x2d) {
            this.pos++;
            if (!isDigit(this.peek()))
                this.fail('in numeric literal');
        }
        if (this.peek() === 0x30)
            this.pos++;
        else
            digits();
        if (this.peek() === 0x2e) {
            this.pos++;
            if (!isDigit(this.peek()))
                this.fail('after decimal point in numeric literal');
            digits();
        }
        if (this.peek() === 0x65 || this.peek() === 0x45) {
            this.pos++;
            if (this.peek() === 0x2b || this.peek() === 0x2d)
                this.pos++;
            if (!isDigit(this.peek()))
                this.fail('in exponent of numeric literal');
            digits();
        }
        const text = this.decoder.decode(this.b.subarray(offset, this.pos));
        return { kind: 'number', offset, value: Number(text), text };
    }
    literal(word, node) {
        this.pos++;
        for (let i = 1; i < word.length; i++) {
            if (this.peek() !== word.charCodeAt(i))
                this.fail(`in literal ${word} (expecting '${word[i]}')`);
            this.pos++;
        }
        return node;
    }
}
function isDigit(c) {
    return c !== undefined && c >= 0x30 && c <= 0x39;
}
function hexValue(c) {
    if (c >= 0x30 && c <= 0x39)
        return c - 0x30;
    if (c >= 0x61 && c <= 0x66)
        return c - 0x61 + 10;
    if (c >= 0x41 && c <= 0x46)
        return c - 0x41 + 10;
    return -1;
}

;// CONCATENATED MODULE: ./src/template/internal/decode.ts


class Fields {
    obj;
    weak;
    errors = [];
    used = new Set();
    constructor(obj, weak) {
        this.obj = obj;
        this.weak = weak;
    }
    /** mapstructure matches the field name exactly first, then case-insensitively. */
    find(name) {
        const entries = this.obj.entries;
        let found;
        for (const e of entries)
            if (e.key === name)
                found = e;
        if (!found) {
            const lower = name.toLowerCase();
            for (const e of entries)
                if (e.key.toLowerCase() === lower)
                    found = e;
        }
        if (found)
            for (const e of entries)
                if (e.key === found.key)
                    this.used.add(e);
        return found;
    }
    fail(message, node) {
        this.errors.push({ message, node });
        return undefined;
    }
    string(name) {
        const e = this.find(name);
        if (!e || e.value.kind === 'null')
            return undefined;
        return this.toString(name, e.value);
    }
    toString(name, n) {
        if (n.kind === 'string')
            return n.value;
        if (this.weak && n.kind === 'number')
            return goFloatF(n.value);
        if (this.weak && n.kind === 'bool')
            return n.value ? '1' : '0';
        return this.fail(unconvertible(name, 'string', n), n);
    }
    stringList(name) {
        const e = this.find(name);
        if (!e || e.value.kind === 'null')
            return undefined;
        const n = e.value;
        if (n.kind !== 'array') {
            // Weak decoding lifts a single value into a one-element slice.
            if (this.weak && n.kind !== 'object') {
                const v = this.toString(name, n);
                return v === undefined ? undefined : [v];
            }
            return this.fail(`'${name}': source data must be an array or slice, got ${goKindName(n)}`, n);
        }
        const out = [];
        for (const [i, item] of n.items.entries()) {
            if (item.kind === 'null')
                out.push('');
            else {
                const v = this.toString(`${name}[${i}]`, item);
                if (v !== undefined)
                    out.push(v);
            }
        }
        return out;
    }
    map(name) {
        const e = this.find(name);
        if (!e || e.value.kind === 'null')
            return undefined;
        if (e.value.kind !== 'object')
            return this.fail(`'${name}' expected a map, got '${goKindName(e.value)}'`, e.value);
        return e.value;
    }
    bool(name) {
        const e = this.find(name);
        if (!e || e.value.kind === 'null')
            return undefined;
        const n = e.value;
        if (n.kind === 'bool')
            return n.value;
        if (this.weak && n.kind === 'number')
            return n.value !== 0;
        return this.fail(unconvertible(name, 'bool', n), n);
    }
    /** A time.Duration field (int64 nanoseconds) with mapstructure.StringToTimeDurationHookFunc. */
    durationNs(name) {
        const e = this.find(name);
        if (!e || e.value.kind === 'null')
            return undefined;
        const n = e.value;
        if (n.kind === 'string') {
            try {
                return (0,sdk/* parseDurationNs */.PA)(n.value);
            }
            catch (err) {
                return this.fail(`error decoding '${name}': ${err.message}`, n);
            }
        }
        // mapstructure truncates any float into an int64 field, weak or not.
        if (n.kind === 'number')
            return BigInt(Math.trunc(n.value));
        if (this.weak && n.kind === 'bool')
            return n.value ? 1n : 0n;
        return this.fail(unconvertible(name, 'int64', n), n);
    }
    /** The error mapstructure returns for this struct, or undefined. */
    error() {
        return decodingError(this.errors.map((e) => e.message));
    }
}
function unconvertible(name, want, n) {
    return `'${name}' expected type '${want}', got unconvertible type '${goTypeName(n)}', value: '${goValue(n)}'`;
}
/** mapstructure.Error: `N error(s) decoding:` then the sorted points. */
function decodingError(messages) {
    if (messages.length === 0)
        return undefined;
    const points = messages.map((m) => `* ${m}`).sort();
    return `${messages.length} error(s) decoding:\n\n${points.join('\n')}`;
}

;// CONCATENATED MODULE: ./src/template/internal/problem.ts
/** go-multierror's text for a list of problems. */
function multiText(problems) {
    if (problems.length === 1)
        return `1 error occurred:\n\t* ${problems[0].message}\n\n`;
    return `${problems.length} errors occurred:\n\t${problems.map((p) => `* ${p.message}`).join('\n\t')}\n\n`;
}

;// CONCATENATED MODULE: ./src/template/internal/parse-root.ts



function decodeRoot(root) {
    if (root.kind === 'null')
        return { raw: { builders: [], provisioners: [], postProcessors: [], sensitiveVariables: [], comments: {} } };
    if (root.kind !== 'object') {
        const text = `'' expected a map, got '${goKindName(root)}'`;
        return { text, problems: [{ message: text, offset: root.offset }] };
    }
    const f = new Fields(root, false);
    const list = (name) => {
        const e = f.find(name);
        if (!e || e.value.kind === 'null')
            return [];
        if (e.value.kind === 'array')
            return e.value.items;
        f.fail(`'${name}': source data must be an array or slice, got ${goKindName(e.value)}`, e.value);
        return [];
    };
    const raw = {
        builders: list('builders'),
        provisioners: list('Provisioners'),
        postProcessors: list('post-processors'),
        sensitiveVariables: f.stringList('sensitive-variables') ?? [],
        comments: {},
    };
    const minVersion = f.string('min_packer_version');
    if (minVersion !== undefined)
        raw.minVersion = minVersion;
    const description = f.string('Description');
    if (description !== undefined)
        raw.description = description;
    const variables = f.map('Variables');
    if (variables)
        raw.variables = variables;
    f.map('Push'); // legacy Atlas settings: decoded (so type errors show) and ignored
    decodeComments(f, raw);
    const cleanup = f.find('error-cleanup-provisioner');
    if (cleanup && cleanup.value.kind !== 'null')
        raw.cleanupProvisioner = cleanup.value;
    f.find('RawContents'); // a Go field mapstructure also matches: such a key is not "unknown"
    const decodeErr = f.error();
    if (decodeErr !== undefined) {
        // In the order mapstructure prints them (sorted), so the diagnostic points at the first one.
        const sorted = [...f.errors].sort((a, b) => (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
        return { text: decodeErr, problems: sorted.map((e) => ({ message: e.message, offset: e.node.offset, key: keyOf(root, e.node) })) };
    }
    return unusedKeys(root, f, raw);
}
function decodeComments(f, raw) {
    const e = f.find('Comments');
    if (!e || e.value.kind === 'null')
        return;
    if (e.value.kind !== 'array') {
        f.fail(`'Comments': source data must be an array or slice, got ${goKindName(e.value)}`, e.value);
        return;
    }
    for (const [i, item] of e.value.items.entries()) {
        if (item.kind !== 'object') {
            f.fail(`'Comments[${i}]' expected a map, got '${goKindName(item)}'`, item);
            continue;
        }
        const inner = new Fields(item, false);
        for (const c of item.entries) {
            const v = inner.toString(`Comments[${i}][${c.key}]`, c.value);
            if (v !== undefined)
                raw.comments[c.key] = v;
        }
        for (const err of inner.errors)
            f.fail(err.message, err.node);
    }
}
function unusedKeys(root, f, raw) {
    const unused = [...new Set(root.entries.filter((e) => !f.used.has(e)).map((e) => e.key))].sort();
    const problems = [];
    for (const key of unused) {
        const e = [...root.entries].reverse().find((x) => x.key === key);
        if (key.startsWith('_')) {
            if (e.value.kind !== 'string') {
                const text = `Failed to cast root level comment value in comment "${key}" to string.`;
                return { text, problems: [{ message: text, offset: e.value.offset, key }] };
            }
            raw.comments[key] = e.value.value;
            continue;
        }
        problems.push({ message: `Unknown root level key in template: '${key}'`, offset: e.keyOffset, key });
    }
    if (problems.length > 0) {
        return { text: multiText(problems), problems };
    }
    return { raw };
}
/** The root key under which `node` sits, for diagnostics. */
function keyOf(root, node) {
    for (const e of root.entries)
        if (e.value === node || contains(e.value, node))
            return e.key;
    return undefined;
}
function contains(n, target) {
    if (n === target)
        return true;
    if (n.kind === 'array')
        return n.items.some((i) => contains(i, target));
    if (n.kind === 'object')
        return n.entries.some((e) => contains(e.value, target));
    return false;
}

;// CONCATENATED MODULE: ./src/template/internal/parse-post-processor.ts


/**
 * Post-processors: each top-level entry is one chain — a type name, an object, or a sequence of
 * names and objects (nested sequences are refused). Decoded strictly (no weak typing), with
 * Packer's `post-processor i.j:` numbering.
 */
function postProcessors(nodes, add, locate) {
    const chains = [];
    for (const [i, node] of nodes.entries()) {
        const steps = chainOf(node, i, add);
        if (!steps)
            continue;
        const chain = [];
        for (const [j, step] of steps.entries()) {
            const key = node.kind === 'array' ? `post-processors[${i}][${j}]` : `post-processors[${i}]`;
            const pp = step.kind === 'string' ? stringStep(step, locate) : objectStep(step, `post-processor ${i + 1}.${j + 1}`, key, add, locate);
            if (pp)
                chain.push(pp);
        }
        chains.push(chain);
    }
    return chains;
}
/** Packer's `parsePostProcessor`: a name, an object, or a sequence of names and objects. */
function chainOf(node, i, add) {
    if (node.kind === 'string' || node.kind === 'object')
        return [node];
    if (node.kind !== 'array') {
        add(`post-processor ${i + 1}: bad format`, node, `post-processors[${i}]`);
        return undefined;
    }
    let ok = true;
    const steps = [];
    for (const [j, inner] of node.items.entries()) {
        if (inner.kind === 'string' || inner.kind === 'object')
            steps.push(inner);
        else {
            ok = false;
            const what = inner.kind === 'array' ? 'sequence not allowed to be nested in a sequence' : 'unknown format';
            add(`post-processor ${i + 1}.${j + 1}: ${what}`, inner, `post-processors[${i}][${j}]`);
        }
    }
    return ok ? steps : undefined;
}
function stringStep(node, locate) {
    return { type: node.value, name: node.value, config: {}, only: [], except: [], pos: locate(node.offset) };
}
function objectStep(node, label, key, add, locate) {
    const f = new Fields(node, false);
    const only = f.stringList('Only') ?? [];
    const except = f.stringList('Except') ?? [];
    const name = f.string('Name') ?? '';
    const type = f.string('Type') ?? '';
    const keep = f.bool('keep_input_artifact');
    f.map('Config');
    const err = f.error();
    if (err !== undefined) {
        add(`${label}: ${err}`, f.errors[0].node, key);
        return undefined;
    }
    if (type === '') {
        add(`${label}: type is required`, node, `${key}.type`);
        return undefined;
    }
    const config = toValue(node);
    for (const k of ['except', 'only', 'keep_input_artifact', 'type', 'name'])
        delete config[k];
    const pp = { type, name: name === '' ? type : name, config, only, except, pos: locate(node.offset) };
    if (keep !== undefined)
        pp.keepInputArtifact = keep;
    return pp;
}

;// CONCATENATED MODULE: ./src/template/internal/parse-provisioner.ts



const COMMON_KEYS = ['except', 'only', 'override', 'pause_before', 'max_retries', 'type', 'timeout'];
function decodeProvisioner(node, locate) {
    if (node.kind !== 'object') {
        return { error: `Error decoding provisioner: '' expected a map, got '${goKindName(node)}'`, node, key: '' };
    }
    const f = new Fields(node, true);
    const only = f.stringList('Only') ?? [];
    const except = f.stringList('Except') ?? [];
    const type = f.string('Type') ?? '';
    f.map('Config');
    const overrideNode = f.map('Override');
    const pauseNs = f.durationNs('pause_before') ?? 0n;
    const maxRetries = f.string('max_retries') ?? '';
    const timeoutNs = f.durationNs('timeout') ?? 0n;
    const err = f.error();
    if (err !== undefined) {
        const first = f.errors[0].node;
        return { error: `Error decoding provisioner: ${err}`, node: first, key: '' };
    }
    if (type === '')
        return { error: "Provisioner missing 'type'", node, key: '.type' };
    const config = toValue(node);
    for (const k of COMMON_KEYS)
        delete config[k];
    const override = {};
    if (overrideNode) {
        for (const e of overrideNode.entries) {
            const v = toValue(e.value);
            // Packer merges whatever the template gives; a non-object override is the component's error.
            override[e.key] = (v !== null && typeof v === 'object' && !Array.isArray(v) ? v : {});
        }
    }
    return {
        def: {
            type,
            config,
            only,
            except,
            override,
            pauseBeforeMs: Number(pauseNs) / 1e6,
            maxRetries: maxRetriesValue(maxRetries),
            timeoutMs: Number(timeoutNs) / 1e6,
            pos: locate(node.offset),
        },
    };
}
/** Packer keeps `max_retries` as a string (a template); a plain integer is returned as a number. */
function maxRetriesValue(s) {
    if (s === '')
        return 0;
    return /^[+-]?\d+$/.test(s) ? Number(s) : s;
}

;// CONCATENATED MODULE: ./src/template/internal/parse-template.ts






function buildTemplate(raw, locate) {
    const problems = [];
    const add = (message, node, key) => {
        problems.push({ message, offset: node.offset, key });
    };
    const parsed = {
        comments: raw.comments,
        variables: variables(raw, add, locate),
        sensitiveVariables: [],
        builders: builders(raw.builders, add, locate),
        provisioners: [],
        postProcessors: postProcessors(raw.postProcessors, add, locate),
    };
    if (raw.description !== undefined)
        parsed.description = raw.description;
    if (raw.minVersion !== undefined)
        parsed.minVersion = raw.minVersion;
    parsed.sensitiveVariables = parsed.variables.filter((v) => v.sensitive).map((v) => v.name);
    for (const [i, node] of raw.provisioners.entries()) {
        const p = decodeProvisioner(node, locate);
        if ('error' in p)
            add(`provisioner ${i + 1}: ${p.error}`, p.node, `provisioners[${i}]${p.key}`);
        else
            parsed.provisioners.push(p.def);
    }
    if (raw.cleanupProvisioner) {
        const p = decodeProvisioner(raw.cleanupProvisioner, locate);
        if ('error' in p)
            add(`On Error Cleanup Provisioner error: ${p.error}`, p.node, `error-cleanup-provisioner${p.key}`);
        else
            parsed.errorCleanupProvisioner = p.def;
    }
    if (problems.length > 0)
        return { text: multiText(problems), problems };
    return { parsed };
}
function variables(raw, add, locate) {
    if (!raw.variables)
        return [];
    const sensitive = new Set(raw.sensitiveVariables);
    const out = [];
    for (const e of uniqueEntries(raw.variables)) {
        const v = e.value;
        const def = { name: e.key, required: v.kind === 'null', sensitive: sensitive.has(e.key), pos: locate(e.keyOffset) };
        if (v.kind === 'string')
            def.default = v.value;
        else if (v.kind !== 'null') {
            add(`variable ${e.key}: ${unconvertible('', 'string', v)}`, v, `variables.${e.key}`);
            continue;
        }
        out.push(def);
    }
    return out;
}
function builders(nodes, add, locate) {
    const out = [];
    const names = new Set();
    for (const [i, node] of nodes.entries()) {
        const key = `builders[${i}]`;
        if (node.kind !== 'object') {
            add(`builder ${i + 1}: '' expected a map, got '${goKindName(node)}'`, node, key);
            continue;
        }
        const f = new Fields(node, true);
        const name = f.string('Name') ?? '';
        const type = f.string('Type') ?? '';
        f.map('Config');
        const err = f.error();
        if (err !== undefined) {
            add(`builder ${i + 1}: ${err}`, f.errors[0].node, key);
            continue;
        }
        if (type === '') {
            add(`builder ${i + 1}: missing 'type'`, node, `${key}.type`);
            continue;
        }
        const rawName = name === '' ? type : name;
        if (names.has(rawName)) {
            const nameEntry = f.find('Name');
            add(`builder ${i + 1}: builder with name '${rawName}' already exists`, nameEntry?.value ?? node, `${key}.name`);
            continue;
        }
        names.add(rawName);
        const config = toValue(node);
        delete config['name'];
        delete config['type'];
        out.push({ name: rawName, rawName, type, config, pos: locate(node.offset) });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/template/internal/position.ts
/** 1-based line and column (in characters) of a byte offset. */
function rangeAt(file, bytes, offset) {
    const end = Math.min(offset, bytes.length);
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < end; i++) {
        if (bytes[i] === 0x0a) {
            line++;
            lineStart = i + 1;
        }
    }
    const prefix = new TextDecoder().decode(bytes.subarray(lineStart, end));
    return { file, line, column: [...prefix].length + 1 };
}
/**
 * Packer's `highlightPosition` + message for a JSON syntax error, kept verbatim (including its
 * quirk: the column is 0-based on line 1 and 1-based plus one after it), because users have seen
 * exactly this text for years.
 */
function packerSyntaxMessage(bytes, message, offset) {
    let line = 1;
    let col = 0;
    let lastLine = [];
    let thisLine = [];
    for (let n = 0; n < offset && n < bytes.length; n++) {
        const b = bytes[n];
        if (b === 0x0a) {
            lastLine = thisLine;
            thisLine = [];
            line++;
            col = 1;
        }
        else {
            col++;
            thisLine.push(b);
        }
    }
    const text = (bs) => new TextDecoder().decode(Uint8Array.from(bs));
    let highlight = '';
    if (line > 1)
        highlight += `${String(line - 1).padStart(5)}: ${text(lastLine)}\n`;
    highlight += `${String(line).padStart(5)}: ${text(thisLine)}\n`;
    highlight += `${' '.repeat(col + 5)}^\n`;
    return `Error parsing JSON: ${message}\nAt line ${line}, column ${col} (offset ${offset}):\n${highlight}`;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/template/internal/read-source.ts



/**
 * The template's bytes: standard input for `-`, else the file. Packer 1.6.6 stats the path
 * first, so a missing file reads `"f.json": stat f.json: no such file or directory`, and a
 * folder is taken for an HCL2 directory without config files.
 */
async function readSource(opts) {
    if (opts.path === '-')
        return { bytes: new TextEncoder().encode(opts.stdin ?? '') };
    const abs = external_node_path_.resolve(opts.cwd, opts.path);
    const range = { file: opts.path, line: 1, column: 1 };
    const failWith = (format, summary, detail = '') => ({
        // No position in the message: the file itself is the problem. Annotations still name it.
        fail: { diagnostics: [{ severity: 'error', format, summary, detail }], problems: [{ message: summary, range }] },
    });
    try {
        const st = await (0,promises_.stat)(abs);
        if (st.isDirectory()) {
            const detail = 'A config file must be suffixed with `.pkr.hcl` or `.pkr.json`. A folder can be referenced.';
            return failWith('hcl', `Could not find any config file in ${opts.path}`, detail);
        }
        return { bytes: await (0,promises_.readFile)(abs) };
    }
    catch (err) {
        return failWith('plain', `"${opts.path}": ${(0,sdk/* goPathError */.gC)('stat', opts.path, err).message}`);
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/template/internal/render-vars.ts


/**
 * Packer's `Core.renderVarsRecursively`, step for step, because its quirks are visible: keys are
 * rendered in sorted order, up to 100 passes, a reference to a variable not rendered *yet* is
 * retried, `{{ .Field }}` calls are left for the components, and the error texts are Packer's.
 * Returns the final user variables or throws an Error with Packer's message.
 */
const NOT_SET = 'Error: variable not set:';
const USER_CALL = /{{\s*user\s*`.*`\s*}}/;
const DOT_CALL = /{{(\s|)\.(.*?)(\s|)}}/g;
function renderVariables(declared, given, render, base) {
    const variables = { ...given };
    const pending = new Map();
    for (const v of declared)
        pending.set(v.name, v.default ?? '');
    for (const [k, v] of Object.entries(given))
        pending.set(k, v);
    let queue = [...pending.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    // Packer's loop list starts with empty ("" → "") entries, so its context points at the shared
    // map before any real variable is rendered; sharing it from the start is the same thing.
    const ctx = { ...base, enableEnv: true, userVariables: variables };
    let shouldRetry = true;
    let changed = false;
    let failed = '';
    for (let i = 0; i < 100; i++) {
        shouldRetry = false;
        changed = false;
        const done = [];
        for (const [key, value] of queue) {
            let rendered;
            try {
                rendered = renderExcludingDotCalls(value, render, ctx);
            }
            catch (e) {
                const err = e;
                if (!isExecError(err))
                    throw new Error(`error interpolating default value for '${key}': ${err.message}`);
                if (!err.message.includes(NOT_SET))
                    throw err;
                shouldRetry = true;
                failed = `"${key}": "${value}"; error: ${err.message}`;
                continue;
            }
            changed = true;
            variables[key] = rendered;
            if (USER_CALL.test(value))
                shouldRetry = true;
            else
                done.push(key);
        }
        if (!shouldRetry)
            break;
        queue = queue.filter(([k]) => !done.includes(k));
    }
    if (!changed && shouldRetry) {
        throw new Error(`Failed to interpolate ${failed}: Please make sure that the variable you're referencing has been defined; ` +
            'Packer treats all variables used to interpolate other user variables as required.');
    }
    return variables;
}
/** interpolate.RenderRegex: `{{ .X }}` survives untouched for the component that knows `.X`. */
function renderExcludingDotCalls(value, render, ctx) {
    const excluded = new Map();
    let text = value;
    let n = 0;
    for (const m of value.matchAll(DOT_CALL)) {
        const id = `${(0,external_node_crypto_.randomUUID)()}-${n++}`;
        excluded.set(id, m[0]);
        text = text.split(m[0]).join(id);
    }
    let out = render(text, ctx);
    for (const [id, original] of excluded)
        out = out.split(id).join(original);
    return out;
}

;// CONCATENATED MODULE: ./src/template/internal/report.ts

/**
 * Turns problems into what the loader returns: one diagnostic worded as Packer prints it
 * (`plain` for `Failed to parse template: …` and var-file errors, `hcl` with an empty summary
 * for the core's errors), pointing at the first problem, plus every problem with its own place.
 */
class Reporter {
    file;
    bytes;
    constructor(file, bytes) {
        this.file = file;
        this.bytes = bytes;
    }
    locate = (offset) => rangeAt(this.file, this.bytes, offset);
    fail(format, text, ps) {
        const problems = this.places(ps.length > 0 ? ps : [{ message: text, offset: 0 }]);
        const first = problems[0];
        const diag = format === 'plain'
            ? { severity: 'error', format, summary: text, detail: '' }
            : { severity: 'error', format, summary: '', detail: text };
        if (first.range)
            diag.range = first.range;
        if (first.key !== undefined)
            diag.key = first.key;
        return { diagnostics: [diag], problems };
    }
    parseFail(text, ps) {
        return this.fail('plain', `Failed to parse template: ${text}`, ps);
    }
    places(ps) {
        return ps.map((p) => {
            const range = p.range ?? this.locate(p.offset ?? 0);
            return p.key !== undefined ? { message: p.message, range, key: p.key } : { message: p.message, range };
        });
    }
}

;// CONCATENATED MODULE: ./src/template/internal/to-model.ts

/** The neutral model from a parsed JSON template and its final user variables. */
function toModel(opts, t, userVariables, bytes) {
    const out = {
        path: opts.path,
        dir: opts.path === '-' ? external_node_path_.resolve(opts.cwd) : external_node_path_.dirname(external_node_path_.resolve(opts.cwd, opts.path)),
        variables: t.variables,
        userVariables,
        sensitiveVariables: t.sensitiveVariables,
        builders: lastOfEachName(t),
        provisioners: t.provisioners,
        postProcessors: t.postProcessors,
        comments: t.comments,
        rawContents: new TextDecoder().decode(bytes),
    };
    if (t.description !== undefined)
        out.description = t.description;
    if (t.minVersion !== undefined)
        out.minPackerVersion = t.minVersion;
    if (t.errorCleanupProvisioner)
        out.errorCleanupProvisioner = t.errorCleanupProvisioner;
    return out;
}
/** Packer keys builds by rendered name, so a later builder rendering to the same name wins. */
function lastOfEachName(t) {
    const last = new Map(t.builders.map((b) => [b.name, b]));
    return t.builders.filter((b) => last.get(b.name) === b);
}

;// CONCATENATED MODULE: ./src/template/internal/version.ts
/**
 * The part of hashicorp/go-version that `min_packer_version` uses: parse (with its
 * `Malformed version` error), canonical string (`v1.7` → `1.7.0`) and comparison.
 */
const VERSION_RE = /^v?([0-9]+(\.[0-9]+)*?)(-([0-9]+[0-9A-Za-z\-~]*(\.[0-9A-Za-z\-~]+)*)|(-?([A-Za-z\-~]+[0-9A-Za-z\-~]*(\.[0-9A-Za-z\-~]+)*)))?(\+([0-9A-Za-z\-~]+(\.[0-9A-Za-z\-~]+)*))?$/;
function parseGoVersion(v) {
    const m = VERSION_RE.exec(v);
    if (!m)
        throw new Error(`Malformed version: ${v}`);
    const segments = m[1].split('.').map(Number);
    while (segments.length < 3)
        segments.push(0);
    return { segments, pre: m[7] ?? m[4] ?? '', metadata: m[10] ?? '' };
}
function goVersionString(v) {
    let s = v.segments.join('.');
    if (v.pre)
        s += `-${v.pre}`;
    if (v.metadata)
        s += `+${v.metadata}`;
    return s;
}
/** -1, 0 or 1, as go-version's Compare (metadata ignored). */
function compareGoVersion(a, b) {
    const n = Math.max(a.segments.length, b.segments.length);
    for (let i = 0; i < n; i++) {
        const x = a.segments[i] ?? 0;
        const y = b.segments[i] ?? 0;
        if (x !== y)
            return x < y ? -1 : 1;
    }
    if (a.pre === b.pre)
        return 0;
    if (a.pre === '')
        return 1;
    if (b.pre === '')
        return -1;
    return comparePre(a.pre, b.pre);
}
function comparePre(a, b) {
    const pa = a.split('.');
    const pb = b.split('.');
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const x = pa[i];
        const y = pb[i];
        if (x === undefined)
            return -1;
        if (y === undefined)
            return 1;
        if (x === y)
            continue;
        const nx = /^\d+$/.test(x);
        const ny = /^\d+$/.test(y);
        if (nx && ny)
            return Number(x) < Number(y) ? -1 : 1;
        if (nx)
            return -1;
        if (ny)
            return 1;
        return x < y ? -1 : 1;
    }
    return 0;
}

;// CONCATENATED MODULE: ./src/template/internal/validate.ts

const where = (pos) => (pos ? { range: pos } : {});
function validateTemplate(t) {
    const problems = [];
    const names = new Set(t.builders.map((b) => b.rawName));
    if (t.builders.length === 0)
        problems.push({ message: 'at least one builder must be defined', key: 'builders' });
    const onlyExcept = (label, key, at, only, except) => {
        if (only.length > 0 && except.length > 0) {
            problems.push({ message: `${label}: only one of 'only' or 'except' may be specified`, key, ...at });
            return;
        }
        for (const n of only) {
            if (!names.has(n))
                problems.push({ message: `${label}: 'only' specified builder '${n}' not found`, key: `${key}.only`, ...at });
        }
        for (const n of except) {
            if (!names.has(n))
                problems.push({ message: `${label}: 'except' specified builder '${n}' not found`, key: `${key}.except`, ...at });
        }
    };
    for (const [i, p] of t.provisioners.entries()) {
        const label = `provisioner ${i + 1}`;
        onlyExcept(label, `provisioners[${i}]`, where(p.pos), p.only, p.except);
        for (const name of Object.keys(p.override)) {
            if (!names.has(name))
                problems.push({ message: `${label}: override '${name}' doesn't exist`, key: `provisioners[${i}].override.${name}`, ...where(p.pos) });
        }
    }
    for (const [i, chain] of t.postProcessors.entries()) {
        for (const [j, pp] of chain.entries()) {
            onlyExcept(`post-processor ${i + 1}.${j + 1}`, `post-processors[${i}][${j}]`, where(pp.pos), pp.only, pp.except);
        }
    }
    return problems;
}
/** `min_packer_version` against the version we claim to be; undefined when satisfied. */
function checkMinVersion(min, actual) {
    if (min === undefined || min === '')
        return undefined;
    let want;
    try {
        want = parseGoVersion(min);
    }
    catch (err) {
        return `min_version is invalid: ${err.message}`;
    }
    const have = parseGoVersion(actual);
    if (compareGoVersion(have, want) < 0) {
        return `This template requires Packer version ${goVersionString(want)} or higher; using ${goVersionString(have)}`;
    }
    return undefined;
}
/** Required variables must come from `-var` or a var-file (a default cannot exist for them). */
function checkRequired(t, given) {
    return t.variables
        .filter((v) => v.required && !Object.hasOwn(given, v.name))
        .map((v) => ({ message: `required variable not set: ${v.name}`, key: `variables.${v.name}`, ...where(v.pos) }))
        .sort((a, b) => (a.message < b.message ? -1 : 1));
}

;// CONCATENATED MODULE: ./src/template/var-file.ts





/**
 * `-var-file` for JSON templates: a flat JSON object of strings (Packer's `kvflag.FlagJSON`,
 * read with a Go json.Decoder). Errors keep Packer's wording: a file that cannot be opened is
 * `open f.json: no such file or directory`; bad content is
 * `Error reading variables in 'f.json': <json error>`.
 */
class VarFileError extends Error {
    file;
    range;
    name = 'VarFileError';
    constructor(message, file, 
    /** Where in the var-file the problem is (line 1, column 1 when it is the file itself). */
    range = { file, line: 1, column: 1 }) {
        super(message);
        this.file = file;
        this.range = range;
    }
}
/** Parses var-file contents. `file` is the path as the user gave it (used in messages). */
function parseVarFile(file, bytes) {
    const fail = (msg, node) => {
        throw new VarFileError(`Error reading variables in '${file}': ${msg}`, file, rangeAt(file, bytes, node?.offset ?? 0));
    };
    let root;
    try {
        root = readFirstJsonValue(bytes).root;
    }
    catch (err) {
        // Go's offset counts the bad byte; running out of input points just past the end.
        const eof = err.message.endsWith('EOF');
        const offset = !(err instanceof JsonSyntaxError) ? 0 : eof ? bytes.length : Math.max(err.offset - 1, 0);
        throw new VarFileError(`Error reading variables in '${file}': ${err.message}`, file, rangeAt(file, bytes, offset));
    }
    const out = {};
    if (root.kind === 'null')
        return out;
    if (root.kind !== 'object')
        return fail(`json: cannot unmarshal ${goJsonKind(root)} into Go value of type kvflag.FlagJSON`, root);
    for (const e of root.entries) {
        const v = e.value;
        if (v.kind === 'string')
            out[e.key] = v.value;
        else if (v.kind === 'null')
            out[e.key] = out[e.key] ?? '';
        else
            fail(`json: cannot unmarshal ${goJsonKind(v)} into Go value of type string`, v);
    }
    return out;
}
/** Reads and parses one var-file; relative paths are resolved against `cwd`. */
async function readVarFile(file, cwd) {
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(external_node_path_.resolve(cwd, file));
    }
    catch (err) {
        const code = err.code;
        if (code === 'EISDIR')
            throw new VarFileError(`Error reading variables in '${file}': read ${file}: is a directory`, file);
        throw new VarFileError((0,sdk/* goPathError */.gC)('open', file, err).message, file);
    }
    return parseVarFile(file, bytes);
}
function goJsonKind(n) {
    return n.kind === 'bool' ? 'bool' : n.kind === 'object' ? 'object' : n.kind;
}

;// CONCATENATED MODULE: ./src/template/load.ts















/**
 * Reads a JSON template the way Packer 1.6.6's `build`/`validate` do, in the same order (so the
 * same error wins): read the file, parse (`Failed to parse template: …`), read the var-files,
 * validate the template, check `min_packer_version` and required variables, render the variables,
 * interpolate the builder names. Nothing is executed; the only files read are the template and
 * the var-files. `render` is the `{{ }}` engine (the sdk's unless given).
 */
async function loadTemplate(opts, render) {
    const source = await readSource(opts);
    if ('fail' in source)
        return source.fail;
    const bytes = source.bytes;
    const report = new Reporter(opts.path, bytes);
    // --- template.ParseFile
    let json;
    try {
        json = readJson(bytes);
    }
    catch (err) {
        if (!(err instanceof JsonSyntaxError))
            throw err;
        const at = err.offset >= bytes.length && err.message.startsWith('unexpected end') ? bytes.length : err.offset - 1;
        return report.parseFail(packerSyntaxMessage(bytes, err.message, err.offset), [{ message: err.message, offset: Math.max(at, 0) }]);
    }
    if (json.duplicate) {
        const { key, offset } = json.duplicate;
        const text = `template has duplicate field: ${key}`;
        return report.parseFail(text, [{ message: text, offset, key }]);
    }
    const root = decodeRoot(json.root);
    if ('text' in root)
        return report.parseFail(root.text, root.problems);
    const built = buildTemplate(root.raw, report.locate);
    if ('text' in built)
        return report.parseFail(built.text, built.problems);
    const t = built.parsed;
    // --- variables from the command line: var-files in order, then -var whatever its position
    const given = {};
    for (const vf of opts.varFiles) {
        try {
            Object.assign(given, await readVarFile(vf, opts.cwd));
        }
        catch (err) {
            if (!(err instanceof VarFileError))
                throw err;
            return report.fail('plain', err.message, [{ message: err.message, range: err.range, key: `-var-file=${vf}` }]);
        }
    }
    for (const [k, v] of opts.vars)
        given[k] = v;
    if (opts.syntaxOnly) {
        const unrendered = Object.fromEntries(t.variables.map((v) => [v.name, v.default ?? '']));
        return { template: toModel(opts, t, { ...unrendered, ...given }, bytes), diagnostics: [], problems: [] };
    }
    // --- Core.validate
    const at = (key) => keyOffset(json.root, key);
    const invalid = validateTemplate(t).map((p) => (p.range ? p : { ...p, offset: at('builders') }));
    if (invalid.length > 0)
        return report.fail('hcl', multiText(invalid), invalid);
    const tooOld = checkMinVersion(t.minVersion, opts.packerVersion ?? sdk/* PackerCompatVersion */.NN);
    if (tooOld)
        return report.fail('hcl', tooOld, [{ message: tooOld, key: 'min_packer_version', offset: at('min_packer_version') }]);
    const missing = checkRequired(t, given);
    if (missing.length > 0)
        return report.fail('hcl', multiText(missing), missing);
    // --- Core.init: render the variables, then the builder names (user variables only)
    const engine = render ?? sdkRender();
    const base = { templatePath: external_node_path_.resolve(opts.cwd, opts.path), cwd: opts.cwd, env: opts.env, now: opts.now ?? new Date() };
    let userVariables;
    try {
        userVariables = renderVariables(t.variables, given, engine, base);
    }
    catch (err) {
        const message = err.message;
        return report.fail('hcl', message, [{ message, key: 'variables', offset: at('variables') }]);
    }
    for (const [i, b] of t.builders.entries()) {
        try {
            b.name = engine(b.rawName, { userVariables, templatePath: base.templatePath, cwd: opts.cwd, now: base.now });
        }
        catch (err) {
            const message = `Error interpolating builder '${b.rawName}': ${err.message}`;
            return report.fail('hcl', message, [{ message, key: `builders[${i}].name`, ...(b.pos ? { range: b.pos } : {}) }]);
        }
    }
    return { template: toModel(opts, t, userVariables, bytes), diagnostics: [], problems: [] };
}
/** Where a root key is written (0 when absent: the diagnostic then points at the file start). */
function keyOffset(root, key) {
    return entry(root, key)?.keyOffset ?? 0;
}

;// CONCATENATED MODULE: ./src/template/index.ts
// The JSON template reader (Packer 1.6.6 `template/` + the template half of `packer/core.go`).
// --- loading




/***/ })

};
