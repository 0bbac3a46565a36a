export const id = 796;
export const ids = [796];
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
