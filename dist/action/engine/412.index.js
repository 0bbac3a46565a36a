export const id = 412;
export const ids = [412];
export const modules = {

/***/ 9103:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

// lz4.js - An implementation of Lz4 in plain JavaScript.
//
// TODO:
// - Unify header parsing/writing.
// - Support options (block size, checksums)
// - Support streams
// - Better error handling (handle bad offset, etc.)
// - HC support (better search algorithm)
// - Tests/benchmarking

var xxhash = __webpack_require__(1928);
var util = __webpack_require__(7853);

// Constants
// --

// Compression format parameters/constants.
var minMatch = 4;
var minLength = 13;
var searchLimit = 5;
var skipTrigger = 6;
var hashSize = 1 << 16;

// Token constants.
var mlBits = 4;
var mlMask = (1 << mlBits) - 1;
var runBits = 4;
var runMask = (1 << runBits) - 1;

// Shared buffers
var blockBuf = makeBuffer(5 << 20);
var hashTable = makeHashTable();

// Frame constants.
var magicNum = 0x184D2204;

// Frame descriptor flags.
var fdContentChksum = 0x4;
var fdContentSize = 0x8;
var fdBlockChksum = 0x10;
// var fdBlockIndep = 0x20;
var fdVersion = 0x40;
var fdVersionMask = 0xC0;

// Block sizes.
var bsUncompressed = 0x80000000;
var bsDefault = 7;
var bsShift = 4;
var bsMask = 7;
var bsMap = {
  4: 0x10000,
  5: 0x40000,
  6: 0x100000,
  7: 0x400000
};

// Utility functions/primitives
// --

// Makes our hashtable. On older browsers, may return a plain array.
function makeHashTable () {
  try {
    return new Uint32Array(hashSize);
  } catch (error) {
    var hashTable = new Array(hashSize);

    for (var i = 0; i < hashSize; i++) {
      hashTable[i] = 0;
    }

    return hashTable;
  }
}

// Clear hashtable.
function clearHashTable (table) {
  for (var i = 0; i < hashSize; i++) {
    hashTable[i] = 0;
  }
}

// Makes a byte buffer. On older browsers, may return a plain array.
function makeBuffer (size) {
  try {
    return new Uint8Array(size);
  } catch (error) {
    var buf = new Array(size);

    for (var i = 0; i < size; i++) {
      buf[i] = 0;
    }

    return buf;
  }
}

function sliceArray (array, start, end) {
  if (typeof array.buffer !== undefined) {
    if (Uint8Array.prototype.slice) {
      return array.slice(start, end);
    } else {
      // Uint8Array#slice polyfill.
      var len = array.length;

      // Calculate start.
      start = start | 0;
      start = (start < 0) ? Math.max(len + start, 0) : Math.min(start, len);

      // Calculate end.
      end = (end === undefined) ? len : end | 0;
      end = (end < 0) ? Math.max(len + end, 0) : Math.min(end, len);

      // Copy into new array.
      var arraySlice = new Uint8Array(end - start);
      for (var i = start, n = 0; i < end;) {
        arraySlice[n++] = array[i++];
      }

      return arraySlice;
    }
  } else {
    // Assume normal array.
    return array.slice(start, end);
  }
}

// Implementation
// --

// Calculates an upper bound for lz4 compression.
exports.compressBound = function compressBound (n) {
  return (n + (n / 255) + 16) | 0;
};

// Calculates an upper bound for lz4 decompression, by reading the data.
exports.decompressBound = function decompressBound (src) {
  var sIndex = 0;

  // Read magic number
  if (util.readU32(src, sIndex) !== magicNum) {
    throw new Error('invalid magic number');
  }

  sIndex += 4;

  // Read descriptor
  var descriptor = src[sIndex++];

  // Check version
  if ((descriptor & fdVersionMask) !== fdVersion) {
    throw new Error('incompatible descriptor version ' + (descriptor & fdVersionMask));
  }

  // Read flags
  var useBlockSum = (descriptor & fdBlockChksum) !== 0;
  var useContentSize = (descriptor & fdContentSize) !== 0;

  // Read block size
  var bsIdx = (src[sIndex++] >> bsShift) & bsMask;

  if (bsMap[bsIdx] === undefined) {
    throw new Error('invalid block size ' + bsIdx);
  }

  var maxBlockSize = bsMap[bsIdx];

  // Get content size
  if (useContentSize) {
    return util.readU64(src, sIndex);
  }

  // Checksum
  sIndex++;

  // Read blocks.
  var maxSize = 0;
  while (true) {
    var blockSize = util.readU32(src, sIndex);
    sIndex += 4;

    if (blockSize & bsUncompressed) {
      blockSize &= ~bsUncompressed;
      maxSize += blockSize;
    } else {
      maxSize += maxBlockSize;
    }

    if (blockSize === 0) {
      return maxSize;
    }

    if (useBlockSum) {
      sIndex += 4;
    }

    sIndex += blockSize;
  }
};

// Creates a buffer of a given byte-size, falling back to plain arrays.
exports.makeBuffer = makeBuffer;

// Decompresses a block of Lz4.
exports.decompressBlock = function decompressBlock (src, dst, sIndex, sLength, dIndex) {
  var mLength, mOffset, sEnd, n, i;

  // Setup initial state.
  sEnd = sIndex + sLength;

  // Consume entire input block.
  while (sIndex < sEnd) {
    var token = src[sIndex++];

    // Copy literals.
    var literalCount = (token >> 4);
    if (literalCount > 0) {
      // Parse length.
      if (literalCount === 0xf) {
        while (true) {
          literalCount += src[sIndex];
          if (src[sIndex++] !== 0xff) {
            break;
          }
        }
      }

      // Copy literals
      for (n = sIndex + literalCount; sIndex < n;) {
        dst[dIndex++] = src[sIndex++];
      }
    }

    if (sIndex >= sEnd) {
      break;
    }

    // Copy match.
    mLength = (token & 0xf);

    // Parse offset.
    mOffset = src[sIndex++] | (src[sIndex++] << 8);

    // Parse length.
    if (mLength === 0xf) {
      while (true) {
        mLength += src[sIndex];
        if (src[sIndex++] !== 0xff) {
          break;
        }
      }
    }

    mLength += minMatch;

    // Copy match.
    for (i = dIndex - mOffset, n = i + mLength; i < n;) {
      dst[dIndex++] = dst[i++] | 0;
    }
  }

  return dIndex;
};

// Compresses a block with Lz4.
exports.compressBlock = function compressBlock (src, dst, sIndex, sLength, hashTable) {
  var mIndex, mAnchor, mLength, mOffset, mStep;
  var literalCount, dIndex, sEnd, n;

  // Setup initial state.
  dIndex = 0;
  sEnd = sLength + sIndex;
  mAnchor = sIndex;

  // Process only if block is large enough.
  if (sLength >= minLength) {
    var searchMatchCount = (1 << skipTrigger) + 3;

    // Consume until last n literals (Lz4 spec limitation.)
    while (sIndex + minMatch < sEnd - searchLimit) {
      var seq = util.readU32(src, sIndex);
      var hash = util.hashU32(seq) >>> 0;

      // Crush hash to 16 bits.
      hash = ((hash >> 16) ^ hash) >>> 0 & 0xffff;

      // Look for a match in the hashtable. NOTE: remove one; see below.
      mIndex = hashTable[hash] - 1;

      // Put pos in hash table. NOTE: add one so that zero = invalid.
      hashTable[hash] = sIndex + 1;

      // Determine if there is a match (within range.)
      if (mIndex < 0 || ((sIndex - mIndex) >>> 16) > 0 || util.readU32(src, mIndex) !== seq) {
        mStep = searchMatchCount++ >> skipTrigger;
        sIndex += mStep;
        continue;
      }

      searchMatchCount = (1 << skipTrigger) + 3;

      // Calculate literal count and offset.
      literalCount = sIndex - mAnchor;
      mOffset = sIndex - mIndex;

      // We've already matched one word, so get that out of the way.
      sIndex += minMatch;
      mIndex += minMatch;

      // Determine match length.
      // N.B.: mLength does not include minMatch, Lz4 adds it back
      // in decoding.
      mLength = sIndex;
      while (sIndex < sEnd - searchLimit && src[sIndex] === src[mIndex]) {
        sIndex++;
        mIndex++;
      }
      mLength = sIndex - mLength;

      // Write token + literal count.
      var token = mLength < mlMask ? mLength : mlMask;
      if (literalCount >= runMask) {
        dst[dIndex++] = (runMask << mlBits) + token;
        for (n = literalCount - runMask; n >= 0xff; n -= 0xff) {
          dst[dIndex++] = 0xff;
        }
        dst[dIndex++] = n;
      } else {
        dst[dIndex++] = (literalCount << mlBits) + token;
      }

      // Write literals.
      for (var i = 0; i < literalCount; i++) {
        dst[dIndex++] = src[mAnchor + i];
      }

      // Write offset.
      dst[dIndex++] = mOffset;
      dst[dIndex++] = (mOffset >> 8);

      // Write match length.
      if (mLength >= mlMask) {
        for (n = mLength - mlMask; n >= 0xff; n -= 0xff) {
          dst[dIndex++] = 0xff;
        }
        dst[dIndex++] = n;
      }

      // Move the anchor.
      mAnchor = sIndex;
    }
  }

  // Nothing was encoded.
  if (mAnchor === 0) {
    return 0;
  }

  // Write remaining literals.
  // Write literal token+count.
  literalCount = sEnd - mAnchor;
  if (literalCount >= runMask) {
    dst[dIndex++] = (runMask << mlBits);
    for (n = literalCount - runMask; n >= 0xff; n -= 0xff) {
      dst[dIndex++] = 0xff;
    }
    dst[dIndex++] = n;
  } else {
    dst[dIndex++] = (literalCount << mlBits);
  }

  // Write literals.
  sIndex = mAnchor;
  while (sIndex < sEnd) {
    dst[dIndex++] = src[sIndex++];
  }

  return dIndex;
};

// Decompresses a frame of Lz4 data.
exports.decompressFrame = function decompressFrame (src, dst) {
  var useBlockSum, useContentSum, useContentSize, descriptor;
  var sIndex = 0;
  var dIndex = 0;

  // Read magic number
  if (util.readU32(src, sIndex) !== magicNum) {
    throw new Error('invalid magic number');
  }

  sIndex += 4;

  // Read descriptor
  descriptor = src[sIndex++];

  // Check version
  if ((descriptor & fdVersionMask) !== fdVersion) {
    throw new Error('incompatible descriptor version');
  }

  // Read flags
  useBlockSum = (descriptor & fdBlockChksum) !== 0;
  useContentSum = (descriptor & fdContentChksum) !== 0;
  useContentSize = (descriptor & fdContentSize) !== 0;

  // Read block size
  var bsIdx = (src[sIndex++] >> bsShift) & bsMask;

  if (bsMap[bsIdx] === undefined) {
    throw new Error('invalid block size');
  }

  if (useContentSize) {
    // TODO: read content size
    sIndex += 8;
  }

  sIndex++;

  // Read blocks.
  while (true) {
    var compSize;

    compSize = util.readU32(src, sIndex);
    sIndex += 4;

    if (compSize === 0) {
      break;
    }

    if (useBlockSum) {
      // TODO: read block checksum
      sIndex += 4;
    }

    // Check if block is compressed
    if ((compSize & bsUncompressed) !== 0) {
      // Mask off the 'uncompressed' bit
      compSize &= ~bsUncompressed;

      // Copy uncompressed data into destination buffer.
      for (var j = 0; j < compSize; j++) {
        dst[dIndex++] = src[sIndex++];
      }
    } else {
      // Decompress into blockBuf
      dIndex = exports.decompressBlock(src, dst, sIndex, compSize, dIndex);
      sIndex += compSize;
    }
  }

  if (useContentSum) {
    // TODO: read content checksum
    sIndex += 4;
  }

  return dIndex;
};

// Compresses data to an Lz4 frame.
exports.compressFrame = function compressFrame (src, dst) {
  var dIndex = 0;

  // Write magic number.
  util.writeU32(dst, dIndex, magicNum);
  dIndex += 4;

  // Descriptor flags.
  dst[dIndex++] = fdVersion;
  dst[dIndex++] = bsDefault << bsShift;

  // Descriptor checksum.
  dst[dIndex] = xxhash.hash(0, dst, 4, dIndex - 4) >> 8;
  dIndex++;

  // Write blocks.
  var maxBlockSize = bsMap[bsDefault];
  var remaining = src.length;
  var sIndex = 0;

  // Clear the hashtable.
  clearHashTable(hashTable);

  // Split input into blocks and write.
  while (remaining > 0) {
    var compSize = 0;
    var blockSize = remaining > maxBlockSize ? maxBlockSize : remaining;

    compSize = exports.compressBlock(src, blockBuf, sIndex, blockSize, hashTable);

    if (compSize > blockSize || compSize === 0) {
      // Output uncompressed.
      util.writeU32(dst, dIndex, 0x80000000 | blockSize);
      dIndex += 4;

      for (var z = sIndex + blockSize; sIndex < z;) {
        dst[dIndex++] = src[sIndex++];
      }

      remaining -= blockSize;
    } else {
      // Output compressed.
      util.writeU32(dst, dIndex, compSize);
      dIndex += 4;

      for (var j = 0; j < compSize;) {
        dst[dIndex++] = blockBuf[j++];
      }

      sIndex += blockSize;
      remaining -= blockSize;
    }
  }

  // Write blank end block.
  util.writeU32(dst, dIndex, 0);
  dIndex += 4;

  return dIndex;
};

// Decompresses a buffer containing an Lz4 frame. maxSize is optional; if not
// provided, a maximum size will be determined by examining the data. The
// buffer returned will always be perfectly-sized.
exports.decompress = function decompress (src, maxSize) {
  var dst, size;

  if (maxSize === undefined) {
    maxSize = exports.decompressBound(src);
  }

  dst = exports.makeBuffer(maxSize);
  size = exports.decompressFrame(src, dst);

  if (size !== maxSize) {
    dst = sliceArray(dst, 0, size);
  }

  return dst;
};

// Compresses a buffer to an Lz4 frame. maxSize is optional; if not provided,
// a buffer will be created based on the theoretical worst output size for a
// given input size. The buffer returned will always be perfectly-sized.
exports.compress = function compress (src, maxSize) {
  var dst, size;

  if (maxSize === undefined) {
    maxSize = exports.compressBound(src.length);
  }

  dst = exports.makeBuffer(maxSize);
  size = exports.compressFrame(src, dst);

  if (size !== maxSize) {
    dst = sliceArray(dst, 0, size);
  }

  return dst;
};


/***/ }),

/***/ 7853:
/***/ ((__unused_webpack_module, exports) => {

// Simple hash function, from: http://burtleburtle.net/bob/hash/integer.html.
// Chosen because it doesn't use multiply and achieves full avalanche.
exports.hashU32 = function hashU32 (a) {
  a = a | 0;
  a = a + 2127912214 + (a << 12) | 0;
  a = a ^ -949894596 ^ a >>> 19;
  a = a + 374761393 + (a << 5) | 0;
  a = a + -744332180 ^ a << 9;
  a = a + -42973499 + (a << 3) | 0;
  return a ^ -1252372727 ^ a >>> 16 | 0;
};

// Reads a 64-bit little-endian integer from an array.
exports.readU64 = function readU64 (b, n) {
  var x = 0;
  x |= b[n++] << 0;
  x |= b[n++] << 8;
  x |= b[n++] << 16;
  x |= b[n++] << 24;
  x |= b[n++] << 32;
  x |= b[n++] << 40;
  x |= b[n++] << 48;
  x |= b[n++] << 56;
  return x;
};

// Reads a 32-bit little-endian integer from an array.
exports.readU32 = function readU32 (b, n) {
  var x = 0;
  x |= b[n++] << 0;
  x |= b[n++] << 8;
  x |= b[n++] << 16;
  x |= b[n++] << 24;
  return x;
};

// Writes a 32-bit little-endian integer from an array.
exports.writeU32 = function writeU32 (b, n, x) {
  b[n++] = (x >> 0) & 0xff;
  b[n++] = (x >> 8) & 0xff;
  b[n++] = (x >> 16) & 0xff;
  b[n++] = (x >> 24) & 0xff;
};

// Multiplies two numbers using 32-bit integer multiplication.
// Algorithm from Emscripten.
exports.imul = function imul (a, b) {
  var ah = a >>> 16;
  var al = a & 65535;
  var bh = b >>> 16;
  var bl = b & 65535;

  return al * bl + (ah * bl + al * bh << 16) | 0;
};


/***/ }),

/***/ 1928:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

// xxh32.js - implementation of xxhash32 in plain JavaScript
var util = __webpack_require__(7853);

// xxhash32 primes
var prime1 = 0x9e3779b1;
var prime2 = 0x85ebca77;
var prime3 = 0xc2b2ae3d;
var prime4 = 0x27d4eb2f;
var prime5 = 0x165667b1;

// Utility functions/primitives
// --

function rotl32 (x, r) {
  x = x | 0;
  r = r | 0;

  return x >>> (32 - r | 0) | x << r | 0;
}

function rotmul32 (h, r, m) {
  h = h | 0;
  r = r | 0;
  m = m | 0;

  return util.imul(h >>> (32 - r | 0) | h << r, m) | 0;
}

function shiftxor32 (h, s) {
  h = h | 0;
  s = s | 0;

  return h >>> s ^ h | 0;
}

// Implementation
// --

function xxhapply (h, src, m0, s, m1) {
  return rotmul32(util.imul(src, m0) + h, s, m1);
}

function xxh1 (h, src, index) {
  return rotmul32((h + util.imul(src[index], prime5)), 11, prime1);
}

function xxh4 (h, src, index) {
  return xxhapply(h, util.readU32(src, index), prime3, 17, prime4);
}

function xxh16 (h, src, index) {
  return [
    xxhapply(h[0], util.readU32(src, index + 0), prime2, 13, prime1),
    xxhapply(h[1], util.readU32(src, index + 4), prime2, 13, prime1),
    xxhapply(h[2], util.readU32(src, index + 8), prime2, 13, prime1),
    xxhapply(h[3], util.readU32(src, index + 12), prime2, 13, prime1)
  ];
}

function xxh32 (seed, src, index, len) {
  var h, l;
  l = len;
  if (len >= 16) {
    h = [
      seed + prime1 + prime2,
      seed + prime2,
      seed,
      seed - prime1
    ];

    while (len >= 16) {
      h = xxh16(h, src, index);

      index += 16;
      len -= 16;
    }

    h = rotl32(h[0], 1) + rotl32(h[1], 7) + rotl32(h[2], 12) + rotl32(h[3], 18) + l;
  } else {
    h = (seed + prime5 + len) >>> 0;
  }

  while (len >= 4) {
    h = xxh4(h, src, index);

    index += 4;
    len -= 4;
  }

  while (len > 0) {
    h = xxh1(h, src, index);

    index++;
    len--;
  }

  h = shiftxor32(util.imul(shiftxor32(util.imul(shiftxor32(h, 15), prime2), 13), prime3), 16);

  return h >>> 0;
}

exports.hash = xxh32;


/***/ }),

/***/ 412:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ArtificePostProcessor: () => (/* reexport */ ArtificePostProcessor),
  BreakpointProvisioner: () => (/* reexport */ BreakpointProvisioner),
  ChecksumPostProcessor: () => (/* reexport */ ChecksumPostProcessor),
  CompressPostProcessor: () => (/* reexport */ CompressPostProcessor),
  FileBuilder: () => (/* reexport */ FileBuilder),
  FileProvisioner: () => (/* reexport */ FileProvisioner),
  ManifestPostProcessor: () => (/* reexport */ ManifestPostProcessor),
  NullBuilder: () => (/* reexport */ NullBuilder),
  ShellLocalPostProcessor: () => (/* reexport */ ShellLocalPostProcessor),
  ShellLocalProvisioner: () => (/* reexport */ ShellLocalProvisioner),
  ShellProvisioner: () => (/* reexport */ ShellProvisioner),
  SleepProvisioner: () => (/* reexport */ SleepProvisioner),
  builtinComponentSet: () => (/* binding */ builtinComponentSet),
  builtinComponents: () => (/* binding */ builtinComponents)
});

// EXTERNAL MODULE: ./src/sdk/index.ts + 3 modules
var sdk = __webpack_require__(5989);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
;// CONCATENATED MODULE: ./src/components/common/go-errors.ts
// Components keep importing it from here; it lives in sdk so that communicators share it.


;// CONCATENATED MODULE: ./src/components/common/mock-communicator.ts
/**
 * packer `MockCommunicator`, which Packer's file builder hands to its provisioners: every
 * command "exits 0" and every transfer "succeeds" without touching anything.
 */
class MockCommunicator {
    async start(_cmd) {
        return { exitStatus: 0 };
    }
    async upload(_dst, src) {
        // Drained as Packer's mock reads it, so a producer on the other side never stalls.
        for await (const _chunk of src)
            void _chunk;
    }
    async uploadDir() { }
    async download(_src, _dst) { }
    async downloadDir() { }
}

;// CONCATENATED MODULE: ./src/components/common/files-artifact.ts


/**
 * artifice's and checksum's kind: a list of files and trees, `Created artifact from files: a, b`,
 * destroyed with os.RemoveAll.
 */
function createdFromFiles(builderId) {
    return { builderId, id: '', describe: (files) => `Created artifact from files: ${files.join(', ')}`, removal: 'remove-all' };
}
/**
 * The shape of packer's file-backed artifacts (file builder, artifice, checksum, compress): local
 * files, no state, Destroy deletes them. Each component supplies its builder id and wording.
 */
class FilesArtifact {
    kind;
    paths;
    constructor(kind, paths) {
        this.kind = kind;
        this.paths = [...paths];
    }
    builderId() {
        return this.kind.builderId;
    }
    files() {
        return [...this.paths];
    }
    id() {
        return this.kind.id;
    }
    string() {
        return this.kind.describe(this.paths);
    }
    state(_name) {
        return undefined;
    }
    async destroy() {
        const { removal } = this.kind;
        const op = removal === 'remove-all' ? 'unlinkat' : 'remove';
        const options = removal === 'remove' ? {} : { recursive: removal === 'remove-all', force: true };
        for (const f of this.paths) {
            await (0,promises_.rm)(f, options).catch((e) => {
                throw (0,sdk/* goPathError */.gC)(op, f, e);
            });
        }
    }
}

;// CONCATENATED MODULE: ./src/components/builder/file/artifact.ts

const FileBuilderId = 'packer.file';
/** packer `builder/file` FileArtifact: the one file written. */
class FileArtifact extends FilesArtifact {
    constructor(filename) {
        super({ builderId: FileBuilderId, id: 'File', describe: ([f]) => `Stored file: ${f}`, removal: 'remove' }, [filename]);
    }
}

// EXTERNAL MODULE: ./src/sdk/config/index.ts + 7 modules
var sdk_config = __webpack_require__(144);
;// CONCATENATED MODULE: ./src/components/common/packer-errors.ts

/** Throws Packer's own MultiError (`N error(s) occurred:`) when there is any error. */
function throwIfAnyPacker(errors) {
    if (errors.length > 0)
        throw new sdk/* PackerMultiError */.aR(errors.map((e) => (typeof e === 'string' ? new Error(e) : e)));
}
/** Go's `fmt.Sprintf` for the `%s`-only formats users may give (env_var_format). */
function sprintfS(format, ...args) {
    let i = 0;
    return format.replace(/%([s%])/g, (_m, c) => {
        if (c === '%')
            return '%';
        const a = args[i++];
        return a === undefined ? '%!s(MISSING)' : a;
    });
}
/** Go's `%v` of an []int, as in `Allowed exit codes are: [0 3]`. */
const goIntList = (xs) => `[${xs.join(' ')}]`;

;// CONCATENATED MODULE: ./src/components/builder/file/config.ts


const spec = (0,sdk_config/* defineSpec */.jX)({
    source: { kind: 'string', default: '' },
    target: { kind: 'string', default: '' },
    content: { kind: 'string', default: '' },
});
/** packer `builder/file` Config.Prepare, with its messages. */
function prepareFileConfig(raws) {
    const { config } = (0,sdk_config/* decodeConfig */.Fu)(spec, raws);
    const errs = [];
    const warnings = [];
    if (config.target === '')
        errs.push(new Error('target required'));
    if (config.content === '' && config.source === '') {
        warnings.push('Both source file and contents are blank; target will have no content');
    }
    if (config.content !== '' && config.source !== '')
        errs.push(new Error('Cannot specify source file AND content'));
    throwIfAnyPacker(errs);
    return { config, warnings };
}

;// CONCATENATED MODULE: ./src/components/builder/file/builder.ts










/** packer `builder/file`: writes `content` or copies `source` to `target`. No multistep, as in Packer. */
class FileBuilder {
    config;
    async prepare(...raws) {
        const { config, warnings } = prepareFileConfig(raws);
        this.config = config;
        return { generatedVars: [], warnings };
    }
    async run(signal, ui, hook) {
        if (!this.config)
            throw new Error('file builder: run called before prepare');
        const { source, target, content } = this.config;
        const dir = (0,external_node_path_.dirname)(target);
        if (dir !== '.') {
            await (0,sdk/* mkdirAll */.r)(dir, 0o755).catch((e) => {
                throw (0,sdk/* goPathError */.gC)('mkdir', dir, e);
            });
        }
        if (source !== '') {
            await copy(source, target, ui, signal);
        }
        else {
            // Mode 0600 on creation, like Go's ioutil.WriteFile(target, content, 0600).
            await (0,promises_.writeFile)(target, content, { mode: 0o600 }).catch((e) => {
                throw (0,sdk/* goPathError */.gC)('open', target, e);
            });
        }
        (0,sdk/* throwIfCancelled */.dZ)(signal);
        // Packer passes a mock communicator and no generated data: only local provisioners do anything.
        await hook.run(sdk/* HookProvision */.Zo, ui, new MockCommunicator(), {}, signal);
        return new FileArtifact(target);
    }
}
async function copy(source, target, ui, signal) {
    const src = await (0,promises_.open)(source, 'r').catch((e) => {
        throw (0,sdk/* goPathError */.gC)('open', source, e);
    });
    try {
        const dst = await (0,promises_.open)(target, 'w', 0o666).catch((e) => {
            throw (0,sdk/* goPathError */.gC)('open', target, e);
        });
        ui.say(`Copying ${source} to ${target}`);
        const out = (0,external_node_fs_.createWriteStream)('', { fd: dst });
        await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)('', { fd: src, autoClose: false }), out, { signal });
        ui.say(`Copied ${out.bytesWritten} bytes`);
    }
    finally {
        await src.close().catch(() => undefined);
    }
}

;// CONCATENATED MODULE: ./src/sdk/multistep/state-bag.ts
/** A typed key into a StateBag; the type parameter travels with the key, not the bag. */
class StateKey {
    name;
    constructor(name) {
        this.name = name;
    }
}
/**
 * Shared state of a multistep run (packer-plugin-sdk `multistep.StateBag`). Keys are typed, so a
 * step reading `ui` gets a Ui, not `unknown`.
 */
class StateBag {
    values = new Map();
    get(key) {
        return this.values.get(key.name);
    }
    /** Like get, but a missing value is a programming error of the step order. */
    require(key) {
        if (!this.values.has(key.name))
            throw new Error(`state bag: '${key.name}' is not set`);
        return this.values.get(key.name);
    }
    put(key, value) {
        this.values.set(key.name, value);
    }
    has(key) {
        return this.values.has(key.name);
    }
    remove(key) {
        this.values.delete(key.name);
    }
}

;// CONCATENATED MODULE: ./src/sdk/multistep/step.ts
var StepAction;
(function (StepAction) {
    StepAction["Continue"] = "continue";
    StepAction["Halt"] = "halt";
})(StepAction || (StepAction = {}));

;// CONCATENATED MODULE: ./src/sdk/multistep/keys.ts

/** The well-known keys, with the names Packer's steps use. */
const StateError = new StateKey('error');
const StateCancelled = new StateKey('cancelled');
const StateHalted = new StateKey('halted');
const StateUi = new StateKey('ui');
const StateHook = new StateKey('hook');
const StateCommunicator = new StateKey('communicator');
const StateGeneratedData = new StateKey('generated_data');

;// CONCATENATED MODULE: ./src/sdk/multistep/basic-runner.ts


/**
 * Runs steps in order and then every entered step's cleanup in reverse
 * (packer-plugin-sdk `multistep.BasicRunner`). A halted step or an aborted signal stops the
 * forward run; cleanups always run, and a failing cleanup does not stop the others.
 */
class BasicRunner {
    steps;
    debugPause;
    constructor(steps, debugPause) {
        this.steps = steps;
        this.debugPause = debugPause;
    }
    async run(signal, state) {
        const entered = [];
        try {
            for (const step of this.steps) {
                if (signal.aborted) {
                    state.put(StateCancelled, true);
                    break;
                }
                entered.push(step);
                const action = await step.run(signal, state);
                if (signal.aborted)
                    state.put(StateCancelled, true);
                if (action === StepAction.Halt) {
                    state.put(StateHalted, true);
                    break;
                }
                if (this.debugPause)
                    await this.debugPause(step.name, state);
            }
        }
        finally {
            for (const step of entered.reverse()) {
                try {
                    await step.cleanup?.(state);
                }
                catch {
                    // A cleanup must not mask the build's outcome nor skip the cleanups before it.
                }
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/sdk/multistep/index.ts





;// CONCATENATED MODULE: ./src/components/common/steps/provision-hook-data.ts

/** Builders put their machine id here (`instance_id` in Packer's state bags). */
const StateInstanceId = new StateKey('instance_id');
const HttpIPNotImplemented = 'ERR_HTTP_IP_NOT_IMPLEMENTED_BY_BUILDER';
const HttpPortNotImplemented = 'ERR_HTTP_PORT_NOT_IMPLEMENTED_BY_BUILDER';
const HttpAddrNotImplemented = 'ERR_HTTP_ADDR_NOT_IMPLEMENTED_BY_BUILDER';
/**
 * packer-plugin-sdk `PopulateProvisionHookData`: the generated data provisioners see. The run
 * UUID comes from PACKER_RUN_UUID, which the core sets for itself and its plugins as Packer does.
 */
function populateProvisionHookData(state) {
    const data = { ...(state.get(StateGeneratedData) ?? {}) };
    data['ID'] = state.get(StateInstanceId) ?? 'ERR_ID_NOT_IMPLEMENTED_BY_BUILDER';
    data['PackerRunUUID'] = process.env['PACKER_RUN_UUID'] ?? '';
    data['PackerHTTPIP'] = HttpIPNotImplemented;
    data['PackerHTTPPort'] = HttpPortNotImplemented;
    data['PackerHTTPAddr'] = HttpAddrNotImplemented;
    return data;
}

;// CONCATENATED MODULE: ./src/components/common/steps/on-error.ts

const StateAborted = new StateKey('aborted');
const StateAbortLogged = new StateKey('abort_step_logged');
/**
 * packer-plugin-sdk `handleAbortsAndInterupts`: on a halted or cancelled build, logs the error
 * once and says the cleanup is skipped. Returns whether the step's cleanup should still run.
 */
function handleAborts(state, ui, stepName) {
    const logged = state.get(StateAbortLogged) === true;
    const err = state.get(StateError);
    if (err && !logged) {
        ui.error(err.message);
        state.put(StateAbortLogged, true);
    }
    const reason = state.has(StateCancelled) ? 'Interrupted, aborting...' : state.has(StateHalted) ? `Step "${stepName}" failed, aborting...` : undefined;
    if (reason === undefined)
        return true;
    if (!logged) {
        ui.error(reason);
        state.put(StateAbortLogged, true);
    }
    else {
        ui.error(`aborted: skipping cleanup of step "${stepName}"`);
    }
    return false;
}
/** `-on-error=abort` / `run-cleanup-provisioner`: keep what failed, for inspection. */
function abortStep(step, ui, cleanupProvisioner) {
    return {
        name: step.name,
        run: (signal, state) => step.run(signal, state),
        async cleanup(state) {
            if (step.name === 'StepProvision' && cleanupProvisioner)
                return step.cleanup?.(state);
            if (!handleAborts(state, ui, step.name))
                return;
            await step.cleanup?.(state);
        },
    };
}
const askQuestion = '[c] Clean up and exit, [a] abort without cleanup, or [r] retry step (build may fail even if retry succeeds)?';
/** `-on-error=ask`: after a failed step, ask whether to clean up, abort or retry it. */
function askStep(step, ui) {
    return {
        name: step.name,
        async run(signal, state) {
            for (;;) {
                const action = await step.run(signal, state);
                if (action !== StepAction.Halt)
                    return action;
                const err = state.get(StateError);
                if (err)
                    ui.error(err.message);
                ui.say(`Step "${step.name}" failed`);
                const answer = signal.aborted ? 'c' : await askPrompt(ui);
                if (answer === 'a')
                    state.put(StateAborted, true);
                if (answer !== 'r')
                    return action;
            }
        },
        async cleanup(state) {
            if (state.has(StateAborted) && !handleAborts(state, ui, step.name))
                return;
            await step.cleanup?.(state);
        },
    };
}
async function askPrompt(ui) {
    for (;;) {
        // An Ask that fails (no terminal) reads as an empty line, which means clean up.
        const line = await ui.ask(askQuestion).catch(() => '');
        const c = (line.toLowerCase() + 'c')[0];
        if (c === 'c' || c === 'a' || c === 'r')
            return c;
        ui.say(`Incorrect input: ${JSON.stringify(line)}`);
    }
}

;// CONCATENATED MODULE: ./src/components/common/steps/runner.ts


/**
 * packer-plugin-sdk `commonsteps.NewRunner`: a BasicRunner whose steps follow `-on-error`, and
 * that, with `-debug`, asks before going on after each step (an Ask that fails, e.g. without a
 * terminal, just lets the build go on).
 */
function newRunner(given, packer, ui) {
    let steps = given;
    if (packer.onError === 'abort')
        steps = given.map((s) => abortStep(s, ui, false));
    else if (packer.onError === 'run-cleanup-provisioner')
        steps = given.map((s) => abortStep(s, ui, true));
    else if (packer.onError === 'ask')
        steps = given.map((s) => askStep(s, ui));
    if (!packer.debug)
        return new BasicRunner(steps);
    return new BasicRunner(steps, async (name) => {
        try {
            await ui.ask(`Pausing after run of step '${name}'. Press enter to continue.`);
        }
        catch {
            // Packer logs the error and continues.
        }
    });
}

;// CONCATENATED MODULE: ./src/components/common/steps/step-provision.ts



/**
 * packer-plugin-sdk `commonsteps.StepProvision`: fires `packer_provision` with the generated
 * data; when the build had an error, its cleanup fires `packer_cleanup_provision`.
 */
class StepProvision {
    name = 'StepProvision';
    async run(signal, state) {
        return this.runWithHook(signal, state, sdk/* HookProvision */.Zo);
    }
    async cleanup(state) {
        if (!state.has(StateError))
            return;
        await this.runWithHook(new AbortController().signal, state, sdk/* HookCleanupProvision */.L3);
    }
    async runWithHook(signal, state, hookType) {
        const hook = state.require(StateHook);
        const ui = state.require(StateUi);
        const data = populateProvisionHookData(state);
        // Post-processors see the complete data too.
        state.put(StateGeneratedData, data);
        if (hookType === sdk/* HookCleanupProvision */.L3) {
            ui.say('Provisioning step had errors: Running the cleanup provisioner, if present...');
        }
        try {
            await hook.run(hookType, ui, state.get(StateCommunicator), data, signal);
            return StepAction.Continue;
        }
        catch (e) {
            const err = e instanceof Error ? e : new Error(String(e));
            if (hookType === sdk/* HookProvision */.Zo)
                state.put(StateError, signal.aborted ? new sdk/* CancelledError */.cc() : err);
            else {
                const orig = state.get(StateError);
                state.put(StateError, new Error(`Cleanup failed: ${err.message}. Original Provisioning error: ${orig?.message}`));
            }
            return StepAction.Halt;
        }
    }
}

;// CONCATENATED MODULE: ./src/components/builder/null/artifact.ts
const NullBuilderId = 'fnoeding.null';
/** packer `builder/null` NullArtifact: nothing was made. */
class NullArtifact {
    generatedData;
    constructor(generatedData = {}) {
        this.generatedData = generatedData;
    }
    builderId() {
        return NullBuilderId;
    }
    files() {
        return [];
    }
    id() {
        return 'Null';
    }
    string() {
        return 'Did not export anything. This is the null builder';
    }
    state(name) {
        return name === 'generated_data' ? this.generatedData : undefined;
    }
    async destroy() { }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/components/common/communicator-config.ts



/**
 * packer `helper/communicator.Config` (Packer 1.6.6 keys): squashed into builder configs, so a
 * builder spec spreads it in. Durations are milliseconds.
 */
const communicatorSpec = (0,sdk_config/* defineSpec */.jX)({
    communicator: { kind: 'string' },
    pause_before_connecting: { kind: 'duration' },
    ssh_host: { kind: 'string' },
    ssh_port: { kind: 'int' },
    ssh_username: { kind: 'string' },
    ssh_password: { kind: 'string' },
    ssh_keypair_name: { kind: 'string' },
    temporary_key_pair_name: { kind: 'string' },
    temporary_key_pair_type: { kind: 'string' },
    temporary_key_pair_bits: { kind: 'int' },
    ssh_ciphers: { kind: 'string-list' },
    ssh_clear_authorized_keys: { kind: 'bool' },
    ssh_key_exchange_algorithms: { kind: 'string-list' },
    ssh_private_key_file: { kind: 'string' },
    ssh_certificate_file: { kind: 'string' },
    ssh_pty: { kind: 'bool' },
    ssh_timeout: { kind: 'duration' },
    ssh_wait_timeout: { kind: 'duration' },
    ssh_agent_auth: { kind: 'bool' },
    ssh_disable_agent_forwarding: { kind: 'bool' },
    ssh_handshake_attempts: { kind: 'int' },
    ssh_bastion_host: { kind: 'string' },
    ssh_bastion_port: { kind: 'int' },
    ssh_bastion_agent_auth: { kind: 'bool' },
    ssh_bastion_username: { kind: 'string' },
    ssh_bastion_password: { kind: 'string' },
    ssh_bastion_interactive: { kind: 'bool' },
    ssh_bastion_private_key_file: { kind: 'string' },
    ssh_bastion_certificate_file: { kind: 'string' },
    ssh_file_transfer_method: { kind: 'string' },
    ssh_proxy_host: { kind: 'string' },
    ssh_proxy_port: { kind: 'int' },
    ssh_proxy_username: { kind: 'string' },
    ssh_proxy_password: { kind: 'string' },
    ssh_keep_alive_interval: { kind: 'duration' },
    ssh_read_write_timeout: { kind: 'duration' },
    ssh_remote_tunnels: { kind: 'string-list' },
    ssh_local_tunnels: { kind: 'string-list' },
    ssh_public_key: { kind: 'string' },
    ssh_private_key: { kind: 'string' },
    winrm_username: { kind: 'string' },
    winrm_password: { kind: 'string' },
    winrm_host: { kind: 'string' },
    winrm_no_proxy: { kind: 'bool' },
    winrm_port: { kind: 'int' },
    winrm_timeout: { kind: 'duration' },
    winrm_use_ssl: { kind: 'bool' },
    winrm_insecure: { kind: 'bool' },
    winrm_use_ntlm: { kind: 'bool' },
});
/** `~` at the start means the home directory (key files: checked at prepare, read at connect). */
const expandUser = (p) => (p.startsWith('~') ? (0,external_node_os_.homedir)() + p.slice(1) : p);
async function checkKeyFile(key, path, errs) {
    if (!path)
        return;
    const full = expandUser(path);
    if (!(0,external_node_fs_.existsSync)(full))
        return void errs.push(new Error(`${key} is invalid: stat ${full}: no such file or directory`));
    const { privateKeyFileProblem } = await Promise.all(/* import() */[__webpack_require__.e(472), __webpack_require__.e(796)]).then(__webpack_require__.bind(__webpack_require__, 6796)); // ssh2 only when a key is set
    const problem = privateKeyFileProblem(full, path);
    if (problem !== undefined)
        errs.push(new Error(`${key} is invalid: Error setting up SSH config: ${problem}`));
}
/**
 * Config.Prepare: fills Packer's defaults into `c` and returns its validation errors (the
 * communicator type defaults to ssh; unknown types stop validation at once, as in Packer).
 */
async function prepareCommunicator(c) {
    c.communicator ||= 'ssh';
    const errs = [];
    switch (c.communicator) {
        case 'ssh':
            c.ssh_port ||= 22;
            c.ssh_timeout ||= c.ssh_wait_timeout || 5 * 60_000;
            c.ssh_keep_alive_interval ||= 5_000;
            c.ssh_handshake_attempts ||= 10;
            if (c.ssh_bastion_host) {
                c.ssh_bastion_port ||= 22;
                if (!c.ssh_bastion_private_key_file && c.ssh_private_key_file)
                    c.ssh_bastion_private_key_file = c.ssh_private_key_file;
            }
            if (c.ssh_proxy_host)
                c.ssh_proxy_port ||= 1080;
            c.ssh_file_transfer_method ||= 'scp';
            if (!c.ssh_username) {
                errs.push(new Error('An ssh_username must be specified\n  Note: some builders used to default ssh_username to "root".'));
            }
            await checkKeyFile('ssh_private_key_file', c.ssh_private_key_file, errs);
            if (c.ssh_bastion_host && !c.ssh_bastion_agent_auth) {
                if (!c.ssh_bastion_password && !c.ssh_bastion_private_key_file) {
                    errs.push(new Error('ssh_bastion_password or ssh_bastion_private_key_file must be specified'));
                }
                else
                    await checkKeyFile('ssh_bastion_private_key_file', c.ssh_bastion_private_key_file, errs);
            }
            if (c.ssh_file_transfer_method !== 'scp' && c.ssh_file_transfer_method !== 'sftp') {
                errs.push(new Error(`ssh_file_transfer_method ('${c.ssh_file_transfer_method}') is invalid, valid methods: sftp, scp`));
            }
            if (c.ssh_bastion_host && c.ssh_proxy_host) {
                errs.push(new Error('please specify either ssh_bastion_host or ssh_proxy_host, not both'));
            }
            break;
        case 'winrm':
            if (!c.winrm_port)
                c.winrm_port = c.winrm_use_ssl ? 5986 : 5985;
            c.winrm_timeout ||= 30 * 60_000;
            if (!c.winrm_username)
                errs.push(new Error('winrm_username must be specified.'));
            break;
        case 'docker':
        case 'dockerWindowsContainer':
        case 'none':
            break;
        default:
            return [new Error(`Communicator type ${c.communicator} is invalid`)];
    }
    return errs;
}
/** Config.Host/User/Password: the values for the chosen communicator type. */
function commHost(c) {
    return (c.communicator === 'ssh' ? c.ssh_host : c.communicator === 'winrm' ? c.winrm_host : '') ?? '';
}
function commUser(c) {
    return (c.communicator === 'ssh' ? c.ssh_username : c.communicator === 'winrm' ? c.winrm_username : '') ?? '';
}
function commPassword(c) {
    return (c.communicator === 'ssh' ? c.ssh_password : c.communicator === 'winrm' ? c.winrm_password : '') ?? '';
}

;// CONCATENATED MODULE: ./src/components/builder/null/config.ts



/** packer `builder/null` Config.Prepare, with its messages. */
async function prepareNullConfig(raws) {
    const { config: comm, packer } = (0,sdk_config/* decodeConfig */.Fu)(communicatorSpec, raws);
    const errs = await prepareCommunicator(comm);
    if (comm.communicator !== 'none') {
        if (commHost(comm) === '') {
            errs.push(new Error('a Host must be specified, please reference your communicator documentation'));
        }
        if (commUser(comm) === '') {
            errs.push(new Error('a Username must be specified, please reference your communicator documentation'));
        }
        if (!comm.ssh_agent_auth && commPassword(comm) === '' && !comm.ssh_private_key_file) {
            errs.push(new Error('one authentication method must be specified, please reference your communicator documentation'));
        }
    }
    throwIfAnyPacker(errs);
    return { comm, packer };
}

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./src/communicator/none.ts
/**
 * `communicator: none` (packer-plugin-sdk `communicator/none`): commands "succeed" without
 * running anything, transfers fail with Packer's wording, so provisioners that need a machine
 * report why they cannot work instead of silently doing nothing.
 */
class NoneCommunicator {
    async start(_cmd) {
        return { exitStatus: 0 };
    }
    async upload() {
        throw new Error("Upload is not implemented when communicator = 'none'");
    }
    async uploadDir() {
        throw new Error("UploadDir is not implemented when communicator = 'none'");
    }
    async download() {
        throw new Error("Download is not implemented when communicator = 'none'");
    }
    async downloadDir() {
        throw new Error("DownloadDir is not implemented when communicator = 'none'");
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/communicator/local.ts






/**
 * A communicator whose "machine" is this one: commands run under `/bin/sh -c`, transfers are file
 * copies. It behaves as the ssh communicator does on a real host (exit statuses, modes, scp's
 * trailing-slash rule for directories), so provisioners are tested for real and other
 * communicators have a reference to be compared with.
 */
class LocalCommunicator {
    opts;
    constructor(opts = {}) {
        this.opts = opts;
    }
    start(cmd, signal) {
        return new Promise((resolve, reject) => {
            // Its own process group, so that aborting stops the whole command, not only its shell.
            const child = spawn('/bin/sh', ['-c', cmd.command], {
                detached: true,
                stdio: [cmd.stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'],
            });
            // The caller owns its writers (Go's RemoteCmd): they are fed, never ended here.
            if (cmd.stdout)
                child.stdout.pipe(cmd.stdout, { end: false });
            else
                child.stdout.resume();
            if (cmd.stderr)
                child.stderr.pipe(cmd.stderr, { end: false });
            else
                child.stderr.resume();
            if (cmd.stdin && child.stdin) {
                child.stdin.on('error', () => undefined); // EPIPE when the command does not read it all
                cmd.stdin.pipe(child.stdin);
            }
            let killTimer;
            const killGroup = (sig) => {
                try {
                    if (child.pid !== undefined)
                        process.kill(-child.pid, sig);
                }
                catch {
                    // Already gone.
                }
            };
            const onAbort = () => {
                killGroup('SIGTERM');
                killTimer = setTimeout(() => killGroup('SIGKILL'), this.opts.killGraceMs ?? 5000);
                killTimer.unref();
            };
            const done = () => {
                signal?.removeEventListener('abort', onAbort);
                if (killTimer)
                    clearTimeout(killTimer);
                if (cmd.stdin && child.stdin)
                    cmd.stdin.unpipe(child.stdin);
            };
            child.on('error', (e) => {
                done();
                reject(e);
            });
            child.on('spawn', () => {
                if (signal?.aborted)
                    onAbort();
                else
                    signal?.addEventListener('abort', onAbort, { once: true });
            });
            child.on('close', (code, sig) => {
                done();
                // Go's ExitStatus of a command killed by a signal.
                resolve({ exitStatus: sig !== null ? -1 : (code ?? -1) });
            });
        });
    }
    async upload(dst, src, info) {
        const mode = info ? info.mode & 0o7777 : 0o644;
        try {
            await pipeline(src, createWriteStream(dst, { mode }));
            // An existing file keeps its mode on open; scp sets the sent one.
            if (info)
                await chmod(dst, mode);
        }
        catch (e) {
            throw goPathError('open', dst, e);
        }
    }
    /**
     * scp -r's rule (packer-plugin-sdk Communicator.UploadDir): `src` without a trailing slash is
     * copied as a directory named like it inside `dst`; with one, only its contents are. A missing
     * `dst` is created, as scp's sink does for a single directory.
     */
    async uploadDir(dst, src, exclude = []) {
        await copyTree(src, dst, exclude);
    }
    async download(src, dst) {
        try {
            await pipeline(createReadStream(src), dst, { end: false });
        }
        catch (e) {
            throw goPathError('open', src, e);
        }
    }
    /** The same trailing-slash rule as uploadDir, from this "machine" to the local `dst`. */
    async downloadDir(src, dst, exclude = []) {
        await copyTree(src, dst, exclude);
    }
}
async function copyTree(src, dst, exclude) {
    let info;
    try {
        info = await stat(src);
    }
    catch (e) {
        throw goPathError('stat', src, e);
    }
    if (!info.isDirectory())
        throw new Error(`${src}: not a directory`);
    const dstIsDir = await stat(dst).then((s) => s.isDirectory(), () => false);
    const target = src.endsWith('/') || !dstIsDir ? dst : join(dst, basename(src));
    const root = src.replace(/\/+$/, '') || '/';
    try {
        await mkdirAll(target, info.mode & 0o7777);
        await cp(root, target, {
            recursive: true,
            dereference: true, // scp follows symlinks
            force: true,
            preserveTimestamps: true,
            filter: (from) => !isExcluded(relative(root, from), exclude),
        });
    }
    catch (e) {
        throw goPathError('copy', target, e);
    }
}
/** An excluded entry is one whose path below the copied directory, or whose name, is listed. */
function isExcluded(rel, exclude) {
    if (rel === '')
        return false;
    return exclude.includes(rel) || exclude.includes(basename(rel));
}

;// CONCATENATED MODULE: ./src/communicator/index.ts
// Communicators: how provisioners reach the machine being built.


// The ssh communicator is `./ssh/index.js`, imported where it is used: loading ssh2 costs every
// command ~25 ms and 7 MB, and most runs never open an SSH connection.

;// CONCATENATED MODULE: ./src/components/builder/null/ssh-options.ts


function readKey(key, path) {
    const full = expandUser(path);
    try {
        return (0,external_node_fs_.readFileSync)(full, 'utf8');
    }
    catch (e) {
        throw new Error(`${key} is invalid: Error reading SSH private key file ${full}: ${e.message}`);
    }
}
/** Settings of Packer 1.6.6 that are not built yet: refused by name rather than ignored. */
function refuseUnsupported(c) {
    const unsupported = [
        ['ssh_proxy_host', c.ssh_proxy_host],
        ['ssh_local_tunnels', c.ssh_local_tunnels?.length],
        ['ssh_remote_tunnels', c.ssh_remote_tunnels?.length],
        ['ssh_certificate_file', c.ssh_certificate_file],
        ['ssh_bastion_certificate_file', c.ssh_bastion_certificate_file],
        ['ssh_bastion_interactive', c.ssh_bastion_interactive],
    ];
    for (const [key, value] of unsupported)
        if (value)
            throw new Error(`${key} is not supported yet`);
}
/** packer Config.SSHConfigFunc + StepConnectSSH's settings, from a prepared communicator config. */
function sshOptions(c) {
    refuseUnsupported(c);
    const privateKeys = [];
    if (c.ssh_private_key_file)
        privateKeys.push(readKey('ssh_private_key_file', c.ssh_private_key_file));
    if (c.ssh_private_key)
        privateKeys.push(c.ssh_private_key);
    const opts = {
        host: c.ssh_host ?? '',
        port: c.ssh_port ?? 22,
        username: c.ssh_username ?? '',
        auth: { password: c.ssh_password, privateKeys, agent: c.ssh_agent_auth },
        ciphers: c.ssh_ciphers,
        kexAlgorithms: c.ssh_key_exchange_algorithms,
        pty: c.ssh_pty,
        disableAgentForwarding: c.ssh_disable_agent_forwarding,
        fileTransfer: c.ssh_file_transfer_method === 'sftp' ? 'sftp' : 'scp',
        keepAliveIntervalMs: c.ssh_keep_alive_interval,
        readWriteTimeoutMs: c.ssh_read_write_timeout,
    };
    if (c.ssh_bastion_host) {
        opts.bastion = {
            host: c.ssh_bastion_host,
            port: c.ssh_bastion_port ?? 22,
            username: c.ssh_bastion_username ?? '',
            auth: {
                password: c.ssh_bastion_password,
                privateKeys: c.ssh_bastion_private_key_file ? [readKey('ssh_bastion_private_key_file', c.ssh_bastion_private_key_file)] : [],
                agent: c.ssh_bastion_agent_auth,
            },
        };
    }
    return opts;
}
/** What packer's PopulateProvisionHookData (1.6.6) reads from the communicator config. */
function sshGeneratedData(c) {
    return {
        Host: c.ssh_host ?? '',
        Port: c.ssh_port ?? 22,
        User: c.ssh_username ?? '',
        Password: c.ssh_password ?? '',
        ConnType: 'ssh',
        SSHPublicKey: c.ssh_public_key ?? '',
        SSHPrivateKey: c.ssh_private_key ?? '',
        WinRMPassword: c.winrm_password ?? '',
    };
}

;// CONCATENATED MODULE: ./src/components/builder/null/step-connect.ts






/** Waits `ms`; true when `signal` aborted the wait. */
const pause = (ms, signal) => (0,external_node_timers_promises_.setTimeout)(ms, undefined, { signal }).then(() => false, () => true);
/**
 * Connects to the machine (packer `communicator.StepConnect` with StepConnectSSH): `none` gives
 * provisioners the none communicator; `ssh` waits for the machine with packer's messages and
 * retries, and puts the communicator config in the generated data. The connection is closed at
 * cleanup. winrm and docker are not built in.
 */
class StepConnect {
    config;
    name = 'StepConnect';
    comm;
    constructor(config) {
        this.config = config;
    }
    async run(signal, state) {
        const type = this.config.communicator ?? 'ssh';
        if (type === 'none') {
            state.put(StateCommunicator, new NoneCommunicator());
            return StepAction.Continue;
        }
        if (type !== 'ssh') {
            state.put(StateError, new Error(`communicator "${type}" is not supported yet by the built-in null builder; use "ssh" or "none"`));
            return StepAction.Halt;
        }
        const ui = state.require(StateUi);
        ui.say(`Using ssh communicator to connect: ${commHost(this.config)}`);
        if ((await this.connectSsh(signal, state)) === StepAction.Halt)
            return StepAction.Halt;
        const wait = this.config.pause_before_connecting ?? 0;
        if (wait > 0) {
            ui.say(`Pausing ${(0,sdk/* formatGoDuration */.IL)(wait)} before connecting...`);
            if (await pause(wait, signal))
                return StepAction.Halt;
            // Connect again, to be sure the machine is still there after the pause (as packer).
            await this.comm?.close();
            if ((await this.connectSsh(signal, state)) === StepAction.Halt)
                return StepAction.Halt;
        }
        // packer's "communicator_config" in state, as PopulateProvisionHookData reads it.
        state.put(StateGeneratedData, { ...(state.get(StateGeneratedData) ?? {}), ...sshGeneratedData(this.config) });
        return StepAction.Continue;
    }
    /** StepConnectSSH.Run: the wait, its timeout, its errors; a cancel halts without an error. */
    async connectSsh(signal, state) {
        const ui = state.require(StateUi);
        let opts;
        try {
            opts = sshOptions(this.config);
        }
        catch (e) {
            ui.error(e.message);
            state.put(StateError, e);
            return StepAction.Halt;
        }
        ui.say('Waiting for SSH to become available...');
        const { SshTimeoutError, waitForSsh } = await Promise.all(/* import() */[__webpack_require__.e(472), __webpack_require__.e(61)]).then(__webpack_require__.bind(__webpack_require__, 9061));
        try {
            this.comm = await waitForSsh(opts, { timeoutMs: this.config.ssh_timeout ?? 300_000, handshakeAttempts: this.config.ssh_handshake_attempts ?? 10 }, signal);
        }
        catch (e) {
            if (e instanceof sdk/* CancelledError */.cc)
                return StepAction.Halt;
            const err = e;
            ui.error(e instanceof SshTimeoutError ? err.message : `Error waiting for SSH: ${err.message}`);
            state.put(StateError, err);
            return StepAction.Halt;
        }
        ui.say('Connected to SSH!');
        state.put(StateCommunicator, this.comm);
        return StepAction.Continue;
    }
    async cleanup() {
        await this.comm?.close();
    }
}

;// CONCATENATED MODULE: ./src/components/builder/null/builder.ts








/** packer `builder/null`: connects (or not) and runs the provisioners; makes nothing. */
class NullBuilder {
    config;
    async prepare(...raws) {
        this.config = await prepareNullConfig(raws);
        return { generatedVars: [], warnings: [] };
    }
    async run(signal, ui, hook) {
        if (!this.config)
            throw new Error('null builder: run called before prepare');
        const state = new StateBag();
        state.put(StateHook, hook);
        state.put(StateUi, ui);
        state.put(StateInstanceId, 'Null');
        const steps = [new StepConnect(this.config.comm), new StepProvision()];
        await newRunner(steps, this.config.packer, ui).run(signal, state);
        const err = state.get(StateError);
        if (err)
            throw err;
        if (signal.aborted)
            throw new sdk/* CancelledError */.cc();
        return new NullArtifact(state.get(StateGeneratedData) ?? {});
    }
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/components/common/go-glob.ts



const hasMeta = (s) => /[*?[\\]/.test(s);
/**
 * Go's filepath.Glob: each path component may hold `*`, `?` or `[...]` (no `**`); `*` matches
 * dot files too; matches come sorted per directory; a pattern without meta characters yields the
 * path itself when it exists.
 */
function goGlob(pattern) {
    if (!hasMeta(pattern))
        return (0,external_node_fs_.existsSync)(pattern) ? [pattern] : [];
    const parts = pattern.split('/');
    let bases = [parts[0] === '' ? '/' : ''];
    const start = parts[0] === '' ? 1 : 0;
    for (let i = start; i < parts.length; i++) {
        const comp = parts[i];
        const last = i === parts.length - 1;
        const next = [];
        for (const base of bases) {
            const join2 = (n) => (base === '' ? n : base === '/' ? `/${n}` : (0,external_node_path_.join)(base, n));
            if (!hasMeta(comp)) {
                const p = join2(comp);
                if ((0,external_node_fs_.existsSync)(p))
                    next.push(p);
                continue;
            }
            let names;
            try {
                names = (0,external_node_fs_.readdirSync)(base === '' ? '.' : base).sort();
            }
            catch {
                continue;
            }
            const isMatch = picomatch_default()(comp, { dot: true, nobrace: true, noextglob: true });
            for (const n of names) {
                const p = join2(n);
                if (isMatch(n) && (last || isDir(p)))
                    next.push(p);
            }
        }
        bases = next;
    }
    return bases;
}
function isDir(p) {
    try {
        return (0,external_node_fs_.statSync)(p).isDirectory();
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/components/post-processor/artifice/artifact.ts

const ArtificeBuilderId = 'packer.post-processor.artifice';
/** packer artifice Artifact: the files named in the config. */
class ArtificeArtifact extends FilesArtifact {
    constructor(paths) {
        super(createdFromFiles(ArtificeBuilderId), paths);
    }
}

;// CONCATENATED MODULE: ./src/components/post-processor/artifice/post-processor.ts



const post_processor_spec = (0,sdk_config/* defineSpec */.jX)({
    files: { kind: 'string-list', default: [] },
    keep_input_artifact: { kind: 'bool', default: false },
});
/** packer `post-processor/artifice`: replaces the artifact by the files named (globs allowed). */
class ArtificePostProcessor {
    files = [];
    async configure(...raws) {
        const { config } = (0,sdk_config/* decodeConfig */.Fu)(post_processor_spec, raws);
        if (config.files.length === 0)
            throw new Error('No files specified in artifice configuration');
        this.files = config.files;
    }
    async postProcess(_signal, ui, artifact) {
        if (artifact.files().length > 0)
            ui.say(`Discarding files from artifact: ${artifact.files().join(', ')}`);
        const found = this.files.flatMap((f) => goGlob(f));
        ui.say(`Using these artifact files: ${found.join(', ')}`);
        return { artifact: new ArtificeArtifact(found), keep: true, forceOverride: false };
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/sdk/interpolate/index.ts + 17 modules
var interpolate = __webpack_require__(9636);
;// CONCATENATED MODULE: ./src/components/post-processor/checksum/artifact.ts

const ChecksumBuilderId = 'packer.post-processor.checksum';
/** packer checksum Artifact: the input files plus the checksum files it created. */
class ChecksumArtifact extends FilesArtifact {
    constructor(paths) {
        super(createdFromFiles(ChecksumBuilderId), paths);
    }
}

;// CONCATENATED MODULE: ./src/components/post-processor/checksum/post-processor.ts










const checksum_post_processor_spec = (0,sdk_config/* defineSpec */.jX)({
    checksum_types: { kind: 'string-list' },
    output: { kind: 'string', default: '' },
});
const hashes = {
    md5: 'md5',
    sha1: 'sha1',
    sha224: 'sha224',
    sha256: 'sha256',
    sha384: 'sha384',
    sha512: 'sha512',
};
/** packer `post-processor/checksum`: one `<hex>\t<base name>` line per file and type, appended. */
class ChecksumPostProcessor {
    types = ['md5'];
    output = '';
    ctx;
    buildName = '';
    builderType = '';
    async configure(...raws) {
        const d = (0,sdk_config/* decodeConfig */.Fu)(checksum_post_processor_spec, raws, { exclude: ['output'] });
        this.types = d.config.checksum_types ?? ['md5'];
        throwIfAnyPacker(this.types.filter((t) => !(t in hashes)).map((t) => `Unrecognized checksum type: ${t}`));
        this.output = d.config.output || 'packer_{{.BuildName}}_{{.BuilderType}}_{{.ChecksumType}}.checksum';
        this.ctx = d.ctx;
        this.buildName = d.packer.buildName;
        this.builderType = d.packer.builderType;
    }
    async postProcess(signal, _ui, artifact) {
        const files = artifact.files();
        const generated = (artifact.state('generated_data') ?? {});
        const created = [...files];
        for (const type of this.types) {
            const data = { ...generated, BuildName: this.buildName, BuilderType: this.builderType, ChecksumType: type };
            for (const art of files) {
                const target = (0,interpolate/* render */.XX)(this.output, { ...this.ctx, data });
                // Packer lists only the checksum files that did not exist yet (appending keeps old ones).
                if (!(0,external_node_fs_.existsSync)(target))
                    created.push(target);
                await (0,sdk/* mkdirAll */.r)((0,external_node_path_.dirname)(target), 0o755).catch((e) => {
                    throw new Error(`unable to create dir: ${(0,sdk/* goPathError */.gC)('mkdir', (0,external_node_path_.dirname)(target), e).message}`);
                });
                const h = (0,external_node_crypto_.createHash)(hashes[type]);
                await hashFile(h, art, signal).catch((e) => {
                    const err = e;
                    if (err.syscall === 'open')
                        throw new Error(`unable to open file ${art}: ${(0,sdk/* goPathError */.gC)('open', art, e).message}`);
                    throw new Error(`unable to compute ${type} hash for ${art}`);
                });
                await (0,promises_.appendFile)(target, `${h.digest('hex')}\t${(0,external_node_path_.basename)(art)}\n`, { mode: 0o644 }).catch((e) => {
                    throw new Error(`unable to create file ${target}: ${(0,sdk/* goPathError */.gC)('open', target, e).message}`);
                });
            }
        }
        // Keep the input whatever the user says: it is what was checksummed.
        return { artifact: new ChecksumArtifact(created), keep: true, forceOverride: true };
    }
}
async function hashFile(h, path, signal) {
    for await (const chunk of (0,external_node_fs_.createReadStream)(path, { signal }))
        h.update(chunk);
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
;// CONCATENATED MODULE: ./src/components/post-processor/compress/artifact.ts

const CompressBuilderId = 'packer.post-processor.compress';
/** packer compress Artifact: the archive written. */
class CompressArtifact extends FilesArtifact {
    constructor(path) {
        super({
            builderId: CompressBuilderId,
            id: '',
            describe: ([p]) => `compressed artifacts in: ${p}`,
            removal: 'remove-if-present',
        }, [path]);
    }
}

;// CONCATENATED MODULE: ./src/components/post-processor/compress/detect.ts
const extensions = {
    gz: 'pgzip',
    lz4: 'lz4',
    bgzf: 'bgzf',
    xz: 'xz',
};
function detectFromFilename(outputPath, format) {
    const subject = format === '' ? outputPath : `${outputPath}.${format}`;
    const groups = [...subject.matchAll(/\.([a-z0-9]+)/g)].map((m) => m[1]);
    if (groups.length === 0)
        return { archive: 'tar', algorithm: 'pgzip' };
    const last = groups[groups.length - 1];
    const nextToLast = groups.length > 1 ? groups[groups.length - 2] : '';
    const archive = nextToLast === 'tar' ? 'tar' : '';
    if (last === 'zip' || last === 'tar')
        return { archive: last, algorithm: '' };
    const algorithm = extensions[last];
    if (algorithm)
        return { archive, algorithm };
    return { archive: 'tar', algorithm: 'pgzip' };
}

;// CONCATENATED MODULE: ./src/components/post-processor/compress/tar.ts




/**
 * The tar archive packer's compress writes (Go archive/tar, GNU format via setHeaderFormat):
 * entries named by base name, zero mtime, uid/gid with their names, file data padded to 512.
 */
async function writeTar(files, out) {
    for (const path of files) {
        const fh = await (0,promises_.open)(path, 'r').catch((e) => {
            throw new Error(`Unable to read file ${path}: ${(0,sdk/* goPathError */.gC)('open', path, e).message}`);
        });
        try {
            const st = await fh.stat();
            await write(out, gnuHeader((0,external_node_path_.basename)(path), st.mode & 0o7777, st.uid, st.gid, st.size));
            for await (const chunk of (0,external_node_fs_.createReadStream)('', { fd: fh, autoClose: false }))
                await write(out, chunk);
            const pad = (512 - (st.size % 512)) % 512;
            if (pad)
                await write(out, Buffer.alloc(pad));
        }
        finally {
            await fh.close();
        }
    }
    await write(out, Buffer.alloc(1024));
}
function write(out, b) {
    return new Promise((resolve, reject) => {
        out.write(b, (e) => (e ? reject(e) : resolve()));
    });
}
function gnuHeader(name, mode, uid, gid, size) {
    const h = Buffer.alloc(512);
    const nameBytes = Buffer.from(name);
    if (nameBytes.length > 100)
        throw new Error(`Failed to write tar header for ${name}: name too long`);
    nameBytes.copy(h, 0);
    numeric(h, 100, 8, mode);
    numeric(h, 108, 8, uid);
    numeric(h, 116, 8, gid);
    numeric(h, 124, 12, size);
    numeric(h, 136, 12, 0);
    h[156] = 0x30; // regular file
    h.write('ustar  \0', 257, 'latin1');
    h.write(userName(uid, '/etc/passwd').slice(0, 32), 265);
    h.write(userName(gid, '/etc/group').slice(0, 32), 297);
    numeric(h, 329, 8, 0);
    numeric(h, 337, 8, 0);
    h.fill(0x20, 148, 156);
    let sum = 0;
    for (const b of h)
        sum += b;
    h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 'latin1');
    return h;
}
/** Octal, NUL-terminated; GNU base-256 when the value does not fit (files of 8 GiB and more). */
function numeric(h, off, len, n) {
    if (n < 8 ** (len - 1)) {
        h.write(n.toString(8).padStart(len - 1, '0') + '\0', off, 'latin1');
        return;
    }
    let v = BigInt(n);
    for (let i = off + len - 1; i > off; i--) {
        h[i] = Number(v & 0xffn);
        v >>= 8n;
    }
    h[off] = 0x80;
}
const names = new Map();
/** os/user lookups, as Go's tar.FileInfoHeader does; empty when the id has no name. */
function userName(id, db) {
    const key = `${db}:${id}`;
    let name = names.get(key);
    if (name === undefined) {
        name = '';
        try {
            for (const line of (0,external_node_fs_.readFileSync)(db, 'utf8').split('\n')) {
                const f = line.split(':');
                if (f[2] === String(id)) {
                    name = f[0] ?? '';
                    break;
                }
            }
        }
        catch {
            // No database: no name, as Go's lookup failing.
        }
        names.set(key, name);
    }
    return name;
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/lz4js/lz4.js
var lz4 = __webpack_require__(9103);
;// CONCATENATED MODULE: ./src/components/post-processor/compress/xxh32.ts
/** Streaming XXH32 (seed 0 by default), for LZ4 frame checksums. */
const P1 = 2654435761;
const P2 = 2246822519;
const P3 = 3266489917;
const P4 = 668265263;
const P5 = 374761393;
const rotl = (x, r) => ((x << r) | (x >>> (32 - r))) >>> 0;
const mul = (a, b) => Math.imul(a, b) >>> 0;
const round = (acc, lane) => mul(rotl((acc + mul(lane, P2)) >>> 0, 13), P1);
class Xxh32 {
    seed;
    v = [0, 0, 0, 0];
    buf = Buffer.alloc(16);
    bufLen = 0;
    total = 0;
    constructor(seed = 0) {
        this.seed = seed;
        this.v = [(seed + P1 + P2) >>> 0, (seed + P2) >>> 0, seed >>> 0, (seed - P1) >>> 0];
    }
    update(data) {
        this.total += data.length;
        let i = 0;
        if (this.bufLen > 0) {
            const take = Math.min(16 - this.bufLen, data.length);
            this.buf.set(data.subarray(0, take), this.bufLen);
            this.bufLen += take;
            i = take;
            if (this.bufLen < 16)
                return this;
            this.stripe(this.buf, 0);
            this.bufLen = 0;
        }
        const view = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
        for (; i + 16 <= data.length; i += 16)
            this.stripe(view, i);
        if (i < data.length) {
            this.buf.set(data.subarray(i), 0);
            this.bufLen = data.length - i;
        }
        return this;
    }
    stripe(b, o) {
        const v = this.v;
        v[0] = round(v[0], b.readUInt32LE(o));
        v[1] = round(v[1], b.readUInt32LE(o + 4));
        v[2] = round(v[2], b.readUInt32LE(o + 8));
        v[3] = round(v[3], b.readUInt32LE(o + 12));
    }
    digest() {
        const v = this.v;
        let h = this.total >= 16
            ? (rotl(v[0], 1) + rotl(v[1], 7) + rotl(v[2], 12) + rotl(v[3], 18)) >>> 0
            : (this.seed + P5) >>> 0;
        h = (h + this.total) >>> 0;
        let i = 0;
        for (; i + 4 <= this.bufLen; i += 4)
            h = mul(rotl((h + mul(this.buf.readUInt32LE(i), P3)) >>> 0, 17), P4);
        for (; i < this.bufLen; i++)
            h = mul(rotl((h + mul(this.buf[i], P5)) >>> 0, 11), P1);
        h = mul(h ^ (h >>> 15), P2);
        h = mul(h ^ (h >>> 13), P3);
        return (h ^ (h >>> 16)) >>> 0;
    }
}

;// CONCATENATED MODULE: ./src/components/post-processor/compress/writers.ts





/**
 * The compressors of packer's compress post-processor, as Transform streams writing the same
 * container formats as its Go libraries (pgzip, biogo bgzf, pierrec/lz4, ulikunitz/xz).
 */
/** Go writes a zero time.Time as Unix seconds, truncated to 32 bits: 0x886e0900. */
const GO_ZERO_MTIME = 0x886e0900;
/** gzip (pgzip): Go's header (zero mtime as above, OS 255), raw deflate, CRC32 + size trailer. */
function gzipWriter(level) {
    const deflate = (0,external_node_zlib_.createDeflateRaw)({ level });
    let crc = 0;
    let size = 0;
    const header = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, level === 9 ? 2 : level === 1 ? 4 : 0, 0xff]);
    header.writeUInt32LE(GO_ZERO_MTIME, 4);
    const t = new external_node_stream_.Transform({
        transform(chunk, _enc, cb) {
            crc = (0,external_node_zlib_.crc32)(chunk, crc);
            size = (size + chunk.length) >>> 0;
            if (!deflate.write(chunk))
                deflate.once('drain', () => cb());
            else
                cb();
        },
        flush(cb) {
            deflate.once('end', () => {
                const trailer = Buffer.alloc(8);
                trailer.writeUInt32LE(crc >>> 0, 0);
                trailer.writeUInt32LE(size, 4);
                t.push(trailer);
                cb();
            });
            deflate.end();
        },
    });
    t.push(header);
    deflate.on('data', (d) => t.push(d));
    deflate.on('error', (e) => t.destroy(e));
    return t;
}
const BGZF_BLOCK = 0xff00;
const BGZF_EOF = Buffer.from('1f8b08040000000000ff0600424302001b0003000000000000000000', 'hex');
/** BGZF: independent gzip members of at most 0xff00 input bytes, each naming its size (BC field). */
function bgzfWriter(level) {
    let pending = Buffer.alloc(0);
    const member = (data) => {
        const body = (0,external_node_zlib_.deflateRawSync)(data, { level });
        const head = Buffer.from([0x1f, 0x8b, 8, 4, 0, 0, 0, 0, 0, 0xff, 6, 0, 0x42, 0x43, 2, 0, 0, 0]);
        head.writeUInt16LE(head.length + body.length + 8 - 1, 16);
        const tail = Buffer.alloc(8);
        tail.writeUInt32LE((0,external_node_zlib_.crc32)(data) >>> 0, 0);
        tail.writeUInt32LE(data.length, 4);
        return Buffer.concat([head, body, tail]);
    };
    return new external_node_stream_.Transform({
        transform(chunk, _enc, cb) {
            pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
            while (pending.length >= BGZF_BLOCK) {
                this.push(member(pending.subarray(0, BGZF_BLOCK)));
                pending = pending.subarray(BGZF_BLOCK);
            }
            cb();
        },
        flush(cb) {
            if (pending.length)
                this.push(member(pending));
            this.push(BGZF_EOF);
            cb();
        },
    });
}
const LZ4_BLOCK = 4 << 20;
/** LZ4 frame (pierrec/lz4 defaults): 4 MiB independent blocks, content checksum. */
function lz4Writer() {
    const hashTable = new Uint32Array(1 << 16);
    const out = new Uint8Array(LZ4_BLOCK + (LZ4_BLOCK / 255 | 0) + 16);
    const content = new Xxh32();
    let pending = Buffer.alloc(0);
    const block = (data) => {
        hashTable.fill(0);
        content.update(data);
        const n = (0,lz4.compressBlock)(data, out, 0, data.length, hashTable);
        const head = Buffer.alloc(4);
        if (n === 0 || n >= data.length) {
            head.writeUInt32LE((0x80000000 | data.length) >>> 0, 0);
            return Buffer.concat([head, data]);
        }
        head.writeUInt32LE(n, 0);
        return Buffer.concat([head, Buffer.from(out.subarray(0, n))]);
    };
    const t = new external_node_stream_.Transform({
        transform(chunk, _enc, cb) {
            pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
            while (pending.length >= LZ4_BLOCK) {
                this.push(block(pending.subarray(0, LZ4_BLOCK)));
                pending = pending.subarray(LZ4_BLOCK);
            }
            cb();
        },
        flush(cb) {
            if (pending.length)
                this.push(block(pending));
            const end = Buffer.alloc(8);
            end.writeUInt32LE(content.digest(), 4);
            this.push(end);
            cb();
        },
    });
    const desc = Buffer.from([0x64, 0x70]);
    const hc = (new Xxh32().update(desc).digest() >>> 8) & 0xff;
    t.push(Buffer.concat([Buffer.from([0x04, 0x22, 0x4d, 0x18]), desc, Buffer.from([hc])]));
    return t;
}
/**
 * xz: no maintained pure-JS xz encoder exists, so this pipes through the system's `xz`
 * (XZ Utils, single-threaded as Packer's library). Fails with a clear error when it is missing.
 */
function xzWriter() {
    const child = (0,external_node_child_process_.spawn)('xz', ['--compress', '--stdout', '--threads=1', '-6'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    let failed;
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    const t = new external_node_stream_.Transform({
        transform(chunk, _enc, cb) {
            if (failed)
                return cb(failed);
            if (!child.stdin.write(chunk))
                child.stdin.once('drain', () => cb());
            else
                cb();
        },
        flush(cb) {
            child.once('close', (code) => {
                if (failed)
                    return cb(failed);
                cb(code === 0 ? undefined : new Error(`xz exited with status ${code}: ${stderr.trim()}`));
            });
            child.stdin.end();
        },
    });
    child.on('error', (e) => {
        failed = new Error(e.code === 'ENOENT' ? 'xz compression needs the `xz` program (XZ Utils) on PATH' : `xz: ${e.message}`);
        t.destroy(failed);
    });
    child.stdin.on('error', () => undefined);
    child.stdout.on('data', (d) => t.push(d));
    return t;
}


;// CONCATENATED MODULE: ./src/components/post-processor/compress/zip.ts




/**
 * The zip archive packer's compress writes (Go archive/zip `Create`): entries named by the path
 * as given (slashes), deflated, with a data descriptor, DOS time zero, no attributes; zip64
 * records when sizes or offsets pass 4 GiB.
 */
const U32 = 0xffffffff;
async function writeZip(files, out, level) {
    let offset = 0;
    const put = async (b) => {
        offset += b.length;
        await new Promise((resolve, reject) => out.write(b, (e) => (e ? reject(e) : resolve())));
    };
    const entries = [];
    for (const path of files) {
        const name = Buffer.from(path.replaceAll('\\', '/'));
        const fh = await (0,promises_.open)(path, 'r').catch((e) => {
            throw new Error(`Unable to read file ${path}: ${(0,sdk/* goPathError */.gC)('open', path, e).message}`);
        });
        const e = { name, crc: 0, csize: 0, usize: 0, offset };
        try {
            const lh = Buffer.alloc(30);
            lh.writeUInt32LE(0x04034b50, 0);
            lh.writeUInt16LE(20, 4);
            lh.writeUInt16LE(0x8, 6);
            lh.writeUInt16LE(8, 8);
            lh.writeUInt16LE(name.length, 26);
            await put(Buffer.concat([lh, name]));
            const deflate = (0,external_node_zlib_.createDeflateRaw)({ level });
            const done = (async () => {
                for await (const d of deflate) {
                    e.csize += d.length;
                    await put(d);
                }
            })();
            for await (const chunk of (0,external_node_fs_.createReadStream)('', { fd: fh, autoClose: false })) {
                const b = chunk;
                e.crc = (0,external_node_zlib_.crc32)(b, e.crc);
                e.usize += b.length;
                if (!deflate.write(b))
                    await new Promise((r) => deflate.once('drain', r));
            }
            deflate.end();
            await done;
        }
        finally {
            await fh.close();
        }
        const big = e.csize >= U32 || e.usize >= U32;
        const dd = Buffer.alloc(big ? 24 : 16);
        dd.writeUInt32LE(0x08074b50, 0);
        dd.writeUInt32LE(e.crc >>> 0, 4);
        if (big) {
            dd.writeBigUInt64LE(BigInt(e.csize), 8);
            dd.writeBigUInt64LE(BigInt(e.usize), 16);
        }
        else {
            dd.writeUInt32LE(e.csize, 8);
            dd.writeUInt32LE(e.usize, 12);
        }
        await put(dd);
        entries.push(e);
    }
    const cdStart = offset;
    for (const e of entries) {
        const z64 = e.csize >= U32 || e.usize >= U32 || e.offset >= U32;
        const extra = z64 ? Buffer.alloc(28) : Buffer.alloc(0);
        if (z64) {
            extra.writeUInt16LE(1, 0);
            extra.writeUInt16LE(24, 2);
            extra.writeBigUInt64LE(BigInt(e.usize), 4);
            extra.writeBigUInt64LE(BigInt(e.csize), 12);
            extra.writeBigUInt64LE(BigInt(e.offset), 20);
        }
        const ch = Buffer.alloc(46);
        ch.writeUInt32LE(0x02014b50, 0);
        ch.writeUInt16LE(z64 ? 45 : 20, 4);
        ch.writeUInt16LE(z64 ? 45 : 20, 6);
        ch.writeUInt16LE(0x8, 8);
        ch.writeUInt16LE(8, 10);
        ch.writeUInt32LE(e.crc >>> 0, 16);
        ch.writeUInt32LE(z64 ? U32 : e.csize, 20);
        ch.writeUInt32LE(z64 ? U32 : e.usize, 24);
        ch.writeUInt16LE(e.name.length, 28);
        ch.writeUInt16LE(extra.length, 30);
        ch.writeUInt32LE(z64 ? U32 : e.offset, 42);
        await put(Buffer.concat([ch, e.name, extra]));
    }
    const cdSize = offset - cdStart;
    if (entries.length >= 0xffff || cdSize >= U32 || cdStart >= U32) {
        const z = Buffer.alloc(56 + 20);
        z.writeUInt32LE(0x06064b50, 0);
        z.writeBigUInt64LE(44n, 4);
        z.writeUInt16LE(45, 12);
        z.writeUInt16LE(45, 14);
        z.writeBigUInt64LE(BigInt(entries.length), 24);
        z.writeBigUInt64LE(BigInt(entries.length), 32);
        z.writeBigUInt64LE(BigInt(cdSize), 40);
        z.writeBigUInt64LE(BigInt(cdStart), 48);
        z.writeUInt32LE(0x07064b50, 56);
        z.writeBigUInt64LE(BigInt(offset), 64);
        z.writeUInt32LE(1, 72);
        await put(z);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
    end.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
    end.writeUInt32LE(Math.min(cdSize, U32), 12);
    end.writeUInt32LE(Math.min(cdStart, U32), 16);
    await put(end);
}

;// CONCATENATED MODULE: ./src/components/post-processor/compress/post-processor.ts















const compress_post_processor_spec = (0,sdk_config/* defineSpec */.jX)({
    output: { kind: 'string', default: '' },
    format: { kind: 'string', default: '' },
    compression_level: { kind: 'int', default: 0 },
});
/** packer `post-processor/compress`: archives and/or compresses the artifact's files. */
class CompressPostProcessor {
    output = '';
    level = 6;
    detected = { archive: 'tar', algorithm: 'pgzip' };
    ctx;
    buildName = '';
    builderType = '';
    async configure(...raws) {
        const d = (0,sdk_config/* decodeConfig */.Fu)(compress_post_processor_spec, raws, { exclude: ['output'] });
        this.output = d.config.output || 'packer_{{.BuildName}}_{{.BuilderType}}';
        let level = Math.min(d.config.compression_level, 9);
        // Packer cannot tell "0" from unset, so both mean the default level.
        if (level === -1 || level === 0)
            level = 6;
        this.level = level;
        this.detected = detectFromFilename(this.output, d.config.format);
        this.ctx = d.ctx;
        this.buildName = d.packer.buildName;
        this.builderType = d.packer.builderType;
    }
    async postProcess(signal, ui, artifact) {
        const generated = (artifact.state('generated_data') ?? {});
        const data = { ...generated, BuildName: this.buildName, BuilderType: this.builderType };
        let target;
        try {
            target = (0,interpolate/* render */.XX)(this.output, { ...this.ctx, data });
        }
        catch (e) {
            throw new Error(`Error interpolating output value: ${e.message}`);
        }
        await (0,sdk/* mkdirAll */.r)((0,external_node_path_.dirname)(target), 0o755).catch((e) => {
            throw new Error(`Unable to create dir for archive ${target}: ${(0,sdk/* goPathError */.gC)('mkdir', (0,external_node_path_.dirname)(target), e).message}`);
        });
        const file = (0,external_node_fs_.createWriteStream)(target);
        await new Promise((resolve, reject) => file.once('open', () => resolve()).once('error', reject)).catch((e) => {
            throw new Error(`Unable to create archive ${target}: ${(0,sdk/* goPathError */.gC)('open', target, e).message}`);
        });
        const { archive, algorithm } = this.detected;
        if ((algorithm === 'pgzip' || algorithm === 'bgzf') && this.level < -1) {
            file.destroy();
            throw new Error(`error creating ${algorithm} writer: Invalid compression level. Expected an integer from -1 to 9.`);
        }
        const cores = (0,external_node_os_.availableParallelism)();
        let compressor;
        switch (algorithm) {
            case 'bgzf':
                ui.say(`Using bgzf compression with ${cores} cores for ${target}`);
                compressor = bgzfWriter(this.level);
                break;
            case 'lz4':
                ui.say(`Using lz4 compression with ${cores} cores for ${target}`);
                compressor = lz4Writer();
                break;
            case 'xz':
                ui.say(`Using xz compression with 1 core for ${target} (library does not support MT)`);
                compressor = xzWriter();
                break;
            case 'pgzip':
                ui.say(`Using pgzip compression with ${cores} cores for ${target}`);
                compressor = gzipWriter(this.level);
                break;
            default:
                compressor = new external_node_stream_.PassThrough();
        }
        const written = (0,external_node_stream_promises_.pipeline)(compressor, file, { signal });
        written.catch(() => undefined);
        const compression = algorithm === '' ? 'no compression' : algorithm;
        const files = artifact.files();
        try {
            await fill(compressor, async (out) => {
                if (archive === 'tar') {
                    ui.say(`Tarring ${target} with ${compression}`);
                    await writeTar(files, out).catch((e) => {
                        throw new Error(`Error creating tar: ${e.message}`);
                    });
                }
                else if (archive === 'zip') {
                    ui.say(`Zipping ${target}`);
                    await writeZip(files, out, 6).catch((e) => {
                        throw new Error(`Error creating zip: ${e.message}`);
                    });
                }
                else {
                    if (files.length !== 1) {
                        throw new Error(`Can only have 1 input file when not using tar/zip. Found ${files.length} files: ${(0,sdk_config/* goValue */.Av)(files)}`);
                    }
                    const src = files[0];
                    ui.say(`Archiving ${src} with ${compression}`);
                    const input = (0,external_node_fs_.createReadStream)(src);
                    await new Promise((resolve, reject) => input.once('open', () => resolve()).once('error', reject)).catch((e) => {
                        throw new Error(`Failed to open source file ${src} for reading: ${(0,sdk/* goPathError */.gC)('open', src, e).message}`);
                    });
                    await (0,external_node_stream_promises_.pipeline)(input, out, { end: false, signal });
                }
            });
            await written;
        }
        catch (e) {
            // Go's deferred Close still finishes the (empty or partial) stream, as Packer leaves it.
            if (!compressor.writableEnded)
                compressor.end();
            await written.catch(() => undefined);
            throw e;
        }
        ui.say(`Archive ${target} completed`);
        return { artifact: new CompressArtifact(target), keep: false, forceOverride: false };
    }
}
/** Runs `produce` against the stream and ends it, so the compressor flushes its trailer. */
async function fill(out, produce) {
    await produce(out);
    await new Promise((resolve) => out.end(resolve));
}

;// CONCATENATED MODULE: ./src/components/common/path-mutex.ts

const tails = new Map();
/**
 * Runs `fn` once every earlier call for the same file (by absolute path) of this process has
 * settled. Packer serialises manifest writers with a lock file only, tried three times over
 * 600 ms and then ignored, which both slows parallel builds and can drop entries; within one
 * image-build run the builds share a process, so they queue here and never race for the file.
 */
async function withPathMutex(path, fn) {
    const key = (0,external_node_path_.resolve)(path);
    const prev = tails.get(key) ?? Promise.resolve();
    let release;
    const mine = new Promise((r) => (release = r));
    const tail = prev.then(() => mine);
    tails.set(key, tail);
    await prev;
    try {
        return await fn();
    }
    finally {
        release();
        if (tails.get(key) === tail)
            tails.delete(key);
    }
}

;// CONCATENATED MODULE: ./src/components/common/go-json.ts
/**
 * Go's json.MarshalIndent(v, "", "  "): like JSON.stringify with two spaces, plus Go's HTML-safe
 * escapes (`<`, `>`, `&`, U+2028, U+2029), which users diffing manifests would otherwise trip on.
 */
function goMarshalIndent(v) {
    return JSON.stringify(v, null, 2).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

;// CONCATENATED MODULE: ./src/components/post-processor/manifest/manifest-file.ts
const str = (v) => (typeof v === 'string' ? v : '');
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Reads an existing manifest as Go's json.Unmarshal into the struct would: unknown fields dropped. */
function parseManifest(text) {
    const raw = JSON.parse(text);
    if (!isObj(raw))
        throw new Error('json: cannot unmarshal non-object into Go value of type manifest.ManifestFile');
    const builds = Array.isArray(raw['builds']) ? raw['builds'].filter(isObj).map(entry) : null;
    return { builds, last_run_uuid: str(raw['last_run_uuid']) };
}
function entry(b) {
    const files = Array.isArray(b['files'])
        ? b['files'].filter(isObj).map((f) => ({ name: str(f['name']), size: typeof f['size'] === 'number' ? f['size'] : 0 }))
        : null;
    let custom = null;
    if (isObj(b['custom_data'])) {
        custom = {};
        for (const [k, v] of Object.entries(b['custom_data']))
            custom[k] = str(v);
    }
    return ordered({
        name: str(b['name']),
        builder_type: str(b['builder_type']),
        build_time: typeof b['build_time'] === 'number' ? b['build_time'] : 0,
        files,
        artifact_id: str(b['artifact_id']),
        packer_run_uuid: str(b['packer_run_uuid']),
        custom_data: custom,
    });
}
/** Puts fields in Go's order, drops a zero build_time and sorts custom_data keys as Go marshals maps. */
function ordered(e) {
    const custom = e.custom_data
        ? Object.fromEntries(Object.keys(e.custom_data).sort().map((k) => [k, e.custom_data[k]]))
        : null;
    return {
        name: e.name,
        builder_type: e.builder_type,
        ...(e.build_time ? { build_time: e.build_time } : {}),
        files: e.files,
        artifact_id: e.artifact_id,
        packer_run_uuid: e.packer_run_uuid,
        custom_data: custom,
    };
}

;// CONCATENATED MODULE: ./src/components/post-processor/manifest/post-processor.ts










const manifest_post_processor_spec = (0,sdk_config/* defineSpec */.jX)({
    output: { kind: 'string', default: '' },
    strip_path: { kind: 'bool', default: false },
    strip_time: { kind: 'bool', default: false },
    custom_data: { kind: 'string-map' },
});
/**
 * packer `post-processor/manifest`: appends one entry per build to a JSON file. Entries of other
 * runs are kept unless `-force`; builds of one run queue in process, other processes meet the lock file.
 */
class ManifestPostProcessor {
    c = { output: 'packer-manifest.json', stripPath: false, stripTime: false };
    customData;
    ctx;
    buildName = '';
    builderType = '';
    force = false;
    async configure(...raws) {
        const d = (0,sdk_config/* decodeConfig */.Fu)(manifest_post_processor_spec, raws);
        this.c = {
            output: d.config.output || 'packer-manifest.json',
            stripPath: d.config.strip_path,
            stripTime: d.config.strip_time,
        };
        this.customData = d.config.custom_data;
        this.ctx = d.ctx;
        this.buildName = d.packer.buildName;
        this.builderType = d.packer.builderType;
        this.force = d.packer.force;
    }
    async postProcess(_signal, _ui, source) {
        const data = (source.state('generated_data') ?? {});
        let custom = null;
        if (this.customData) {
            custom = {};
            for (const [k, v] of Object.entries(this.customData)) {
                try {
                    custom[k] = (0,interpolate/* render */.XX)(v, { ...this.ctx, data });
                }
                catch (e) {
                    throw new Error(`Error interpolating custom data: ${e.message}`);
                }
            }
        }
        const runUuid = process.env['PACKER_RUN_UUID'] ?? '';
        const entry = ordered({
            name: this.buildName,
            builder_type: this.builderType,
            build_time: this.c.stripTime ? 0 : Math.floor(Date.now() / 1000),
            files: filesOf(source, this.c.stripPath),
            artifact_id: source.id(),
            packer_run_uuid: runUuid,
            custom_data: custom,
        });
        const out = this.c.output;
        await withPathMutex(out, () => this.record(out, entry, runUuid));
        // The manifest never deletes what it records.
        return { artifact: source, keep: true, forceOverride: true };
    }
    async record(out, entry, runUuid) {
        // The lock file still keeps other processes (a concurrent packer run) out, as in Packer.
        const lock = `${out}.lock`;
        await acquire(lock);
        try {
            let manifest = { builds: null, last_run_uuid: '' };
            const text = await (0,promises_.readFile)(out, 'utf8').catch((e) => {
                if (e.code === 'ENOENT')
                    return '';
                throw new Error(`Unable to open ${out} for reading: ${(0,sdk/* goPathError */.gC)('open', out, e).message}`);
            });
            if (text.length > 0) {
                try {
                    manifest = parseManifest(text);
                }
                catch (e) {
                    throw new Error(`Unable to parse content from ${out}: ${e.message}`);
                }
            }
            if (this.force && runUuid !== manifest.last_run_uuid)
                manifest = { builds: null, last_run_uuid: '' };
            manifest = { builds: [...(manifest.builds ?? []), entry], last_run_uuid: runUuid };
            await (0,promises_.writeFile)(out, goMarshalIndent(manifest), { mode: 0o664 }).catch((e) => {
                throw new Error(`Unable to write ${out}: ${(0,sdk/* goPathError */.gC)('open', out, e).message}`);
            });
        }
        finally {
            // A deferred os.Remove whose error Packer ignores (the lock may never have been created).
            await (0,promises_.rm)(lock, { force: true }).catch(() => undefined);
        }
    }
}
function filesOf(source, stripPath) {
    const files = source.files();
    if (files.length === 0)
        return null;
    return files.map((name) => ({
        name: stripPath ? (0,external_node_path_.basename)(name) : name,
        size: (0,external_node_fs_.existsSync)(name) ? (0,external_node_fs_.statSync)(name).size : 0,
    }));
}
/** Packer tries the lock three times (0, 200, 400 ms) and goes on regardless. */
async function acquire(lock) {
    for (let i = 0; i < 3; i++) {
        await (0,external_node_timers_promises_.setTimeout)(i * 200);
        try {
            await (await (0,promises_.open)(lock, 'wx', 0o600)).close();
            return;
        }
        catch {
            // Held by another build of this run: wait and retry.
        }
    }
}

;// CONCATENATED MODULE: ./src/components/common/shell-local/config.ts




/** packer `common/shell-local` Config (shared by the provisioner and the post-processor). */
const shellLocalSpec = (0,sdk_config/* defineSpec */.jX)({
    binary: { kind: 'bool' },
    inline: { kind: 'string-list' },
    script: { kind: 'string' },
    scripts: { kind: 'string-list' },
    command: { kind: 'string' },
    valid_exit_codes: { kind: 'int-list' },
    environment_vars: { kind: 'string-list' },
    env_var_format: { kind: 'string' },
    execute_command: { kind: 'string-list' },
    inline_shebang: { kind: 'string' },
    only_on: { kind: 'string-list' },
    tempfile_extension: { kind: 'string' },
    use_linux_pathing: { kind: 'bool' },
});
const supportedOs = ['darwin', 'freebsd', 'linux', 'openbsd', 'solaris', 'windows'];
/** Decode + Validate of packer `common/shell-local` (config.go), with its messages. */
function decodeShellLocal(raws) {
    let d;
    try {
        d = (0,sdk_config/* decodeConfig */.Fu)(shellLocalSpec, raws, { exclude: ['execute_command'] });
    }
    catch (e) {
        throw new Error(`Error decoding config: ${e.message}`);
    }
    return validate(d.config, d);
}
function validate(c, d) {
    const errs = [];
    let inline = c.inline;
    let scripts = c.scripts ?? [];
    const script = c.script ?? '';
    const command = c.command ?? '';
    if (command === '' && (inline ?? []).length === 0 && scripts.length === 0 && script === '') {
        errs.push(new Error('Command, Inline, Script and Scripts options cannot all be empty.'));
    }
    const tooMany = new Error('You may only specify one of the following options: Command, Inline, Script or Scripts. Please consolidate these options in your config.');
    if (command !== '') {
        if ((inline ?? []).length !== 0 || scripts.length !== 0 || script !== '')
            errs.push(tooMany);
        else
            inline = [command];
    }
    if (script !== '') {
        if (scripts.length > 0 || (inline ?? []).length > 0)
            errs.push(tooMany);
        else
            scripts = [script];
    }
    if (scripts.length > 0 && inline !== undefined)
        errs.push(tooMany);
    for (const p of scripts) {
        try {
            (0,external_node_fs_.statSync)(p);
        }
        catch (e) {
            errs.push(new Error(`Bad script '${p}': ${(0,sdk/* goPathError */.gC)('stat', p, e).message}`));
        }
    }
    for (const os of c.only_on ?? []) {
        if (!supportedOs.includes(os)) {
            throw new Error(`Invalid OS specified in only_on: '${os}'\nSupported OS names: ${supportedOs.join(', ')}`);
        }
    }
    if (c.use_linux_pathing && (inline ?? []).length > 0) {
        errs.push(new Error('Packer is unable to use the Command and Inline features with the Windows Linux Subsystem. Please use the Script or Scripts options instead'));
    }
    const vars = c.environment_vars ?? [];
    for (const kv of vars) {
        const eq = kv.indexOf('=');
        if (eq <= 0)
            errs.push(new Error(`Environment variable not in format 'key=value': ${kv}`));
    }
    throwIfAnyPacker(errs);
    const ext = c.tempfile_extension ?? '';
    return {
        inline,
        scripts,
        vars,
        validExitCodes: c.valid_exit_codes?.length ? c.valid_exit_codes : [0],
        envVarFormat: c.env_var_format || "%s='%s' ",
        executeCommand: c.execute_command?.length ? c.execute_command : ['/bin/sh', '-c', '{{.Vars}} {{.Script}}'],
        inlineShebang: c.inline_shebang || '/bin/sh -e',
        onlyOn: c.only_on ?? [],
        tempfileExtension: ext.startsWith('.') ? ext.slice(1) : ext,
        buildName: d.packer.buildName,
        builderType: d.packer.builderType,
        ctx: d.ctx,
    };
}

;// CONCATENATED MODULE: ./src/components/common/output-lines.ts
/**
 * Splits a command's output into the lines Packer shows: packer-plugin-sdk RemoteCmd.RunWithUi
 * reads up to each '\n' and cleans the line (trailing whitespace trimmed, and only the text after
 * the last '\r' kept, since a terminal would have overwritten the rest). Works chunk by chunk, so
 * output is shown as it comes and never held whole in memory.
 */
class OutputLines {
    emit;
    pending = '';
    constructor(emit) {
        this.emit = emit;
    }
    write(chunk) {
        let start = 0;
        let nl = chunk.indexOf('\n');
        if (nl === -1) {
            this.pending += chunk;
            return;
        }
        this.emit(cleanOutputLine(this.pending + chunk.slice(0, nl)));
        this.pending = '';
        start = nl + 1;
        while ((nl = chunk.indexOf('\n', start)) !== -1) {
            this.emit(cleanOutputLine(chunk.slice(start, nl)));
            start = nl + 1;
        }
        this.pending = chunk.slice(start);
    }
    /** The last line, when the output did not end with a newline. */
    end() {
        if (this.pending !== '')
            this.emit(cleanOutputLine(this.pending));
        this.pending = '';
    }
}
function cleanOutputLine(line) {
    const trimmed = line.trimEnd();
    const cr = trimmed.lastIndexOf('\r');
    return cr === -1 ? trimmed : trimmed.slice(cr + 1);
}

;// CONCATENATED MODULE: ./src/components/common/local-exec.ts


/**
 * Runs argv on this machine (shell-local's communicator), streaming stdout and stderr line by
 * line. Resolves with the exit status as Go reports it (-1 when killed by a signal); rejects when
 * the program cannot be started. The command leads its own process group, so aborting stops the
 * whole script, not just its shell.
 */
function runLocal(argv, opts) {
    const [file, ...args] = argv;
    if (file === undefined) {
        return Promise.reject(new Error('Error launching command via shell-local communicator: No ExecuteCommand provided'));
    }
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(file, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: opts.env ?? process.env });
        const out = new OutputLines(opts.onStdout);
        const err = new OutputLines(opts.onStderr);
        child.stdout.setEncoding('utf8').on('data', (c) => out.write(c));
        child.stderr.setEncoding('utf8').on('data', (c) => err.write(c));
        let killTimer;
        const killGroup = (sig) => {
            try {
                if (child.pid !== undefined)
                    process.kill(-child.pid, sig);
            }
            catch {
                // Already gone.
            }
        };
        const onAbort = () => {
            killGroup('SIGTERM');
            killTimer = setTimeout(() => killGroup('SIGKILL'), opts.killGraceMs ?? 5000);
            killTimer.unref();
        };
        if (opts.signal.aborted)
            onAbort();
        else
            opts.signal.addEventListener('abort', onAbort, { once: true });
        const done = () => {
            opts.signal.removeEventListener('abort', onAbort);
            if (killTimer)
                clearTimeout(killTimer);
        };
        child.on('error', (e) => {
            done();
            reject(e);
        });
        child.on('close', (code, sig) => {
            done();
            out.end();
            err.end();
            resolve(sig !== null ? -1 : (code ?? -1));
        });
    });
}

;// CONCATENATED MODULE: ./src/components/common/env-vars.ts

/**
 * The tail of packer's createFlattenedEnvVars (shell provisioner and shell-local alike): the
 * user's `KEY=value` pairs over the PACKER_* ones, sorted by name, each through env_var_format.
 * Single quotes in user values are closed, escaped and reopened so the default `KEY='value'`
 * format stays valid shell.
 */
function flattenEnvVars(packerVars, userVars, envVarFormat) {
    const env = { ...packerVars };
    for (const kv of userVars) {
        const eq = kv.indexOf('=');
        env[kv.slice(0, eq)] = kv.slice(eq + 1).replaceAll("'", `'"'"'`);
    }
    return Object.keys(env)
        .sort()
        .map((k) => sprintfS(envVarFormat, k, env[k]))
        .join('');
}

;// CONCATENATED MODULE: ./src/components/common/temp-script.ts




/**
 * Go's ioutil.TempFile(dir, prefix) filled with a shell script's `body`: a new 0600 file named
 * prefix + random digits. Which `dir` differs: shell-local uses os.TempDir, the shell provisioner
 * packer-plugin-sdk tmp (PACKER_TMP_DIR). Shared by both, hence the shell wording of the error.
 */
async function writeTempScript(dir, prefix, body) {
    for (;;) {
        const path = (0,external_node_path_.join)(dir, `${prefix}${(0,external_node_crypto_.randomInt)(1, 2 ** 32 - 1)}`);
        try {
            const fh = await (0,promises_.open)(path, 'wx', 0o600);
            try {
                await fh.writeFile(body);
            }
            finally {
                await fh.close();
            }
            return path;
        }
        catch (e) {
            if (e.code !== 'EEXIST')
                throw new Error(`Error preparing shell script: ${(0,sdk/* goPathError */.gC)('open', path, e).message}`);
        }
    }
}

;// CONCATENATED MODULE: ./src/components/common/shell-local/run.ts







/** packer `common/shell-local` Run: one local process per script, output streamed to the Ui. */
async function runShellLocal(signal, ui, config, generatedData) {
    if (config.onlyOn.length > 0 && !config.onlyOn.includes(goOs())) {
        ui.say('Skipping shell-local due to OS');
        return;
    }
    const dataCtx = { ...config.ctx, data: generatedData };
    const scripts = [...config.scripts];
    let tempScript;
    try {
        if (scripts.length === 0 && config.inline !== undefined) {
            tempScript = await createInlineScriptFile(config, dataCtx);
            scripts.push(tempScript);
        }
        const vars = flattenedEnvVars(config, dataCtx);
        for (const script of scripts) {
            // The command gets the absolute path (filepath.Abs): `/bin/sh -c "pp.sh"` would search PATH.
            const absScript = (0,external_node_path_.resolve)(script);
            const argv = config.executeCommand.map((c) => {
                try {
                    return (0,interpolate/* render */.XX)(c, { ...dataCtx, data: { Vars: vars, Script: absScript, Command: absScript, WinRMPassword: '' } });
                }
                catch (e) {
                    throw new Error(`Error processing command: ${e.message}`);
                }
            });
            ui.say(`Running local shell script: ${script}`);
            let status;
            try {
                status = await runLocal(argv, {
                    signal,
                    onStdout: (l) => ui.message(l),
                    onStderr: (l) => ui.error(l),
                });
            }
            catch {
                status = Number.NaN;
            }
            if (Number.isNaN(status) || signal.aborted) {
                throw new Error(`Error executing script: ${absScript}\n\nPlease see output above for more information.`);
            }
            if (!config.validExitCodes.includes(status)) {
                // Packer's wording, missing space included.
                throw new Error(`Script exited with non-zero exit status: ${status}.Allowed exit codes are: ${goIntList(config.validExitCodes)}`);
            }
        }
    }
    finally {
        if (tempScript !== undefined)
            await (0,promises_.rm)(tempScript, { force: true });
    }
}
/** Go's runtime.GOOS for this machine. */
function goOs() {
    return process.platform === 'win32' ? 'windows' : process.platform === 'sunos' ? 'solaris' : process.platform;
}
async function createInlineScriptFile(config, ctx) {
    const lines = config.inline.map((c) => (0,interpolate/* render */.XX)(c, ctx) + '\n');
    const body = `#!${config.inlineShebang}\n${lines.join('')}`;
    let path = await writeTempScript(goTempDir(), 'packer-shell', body);
    await (0,promises_.chmod)(path, 0o700);
    if (config.tempfileExtension !== '') {
        const withExt = `${path}.${config.tempfileExtension}`;
        await (0,promises_.rename)(path, withExt);
        path = withExt;
    }
    return path;
}
/** Go's os.TempDir: $TMPDIR or /tmp (packer 1.6.6 shell-local ignores PACKER_TMP_DIR). */
function goTempDir() {
    return process.env['TMPDIR'] || '/tmp';
}
function flattenedEnvVars(config, ctx) {
    const env = {
        PACKER_BUILD_NAME: config.buildName,
        PACKER_BUILDER_TYPE: config.builderType,
    };
    const httpAddr = ctx.data && ctx.data['PackerHTTPAddr'];
    if (typeof httpAddr === 'string' && httpAddr !== '' && !httpAddr.startsWith('ERR_'))
        env['PACKER_HTTP_ADDR'] = httpAddr;
    const userVars = config.vars.map((raw) => (0,interpolate/* render */.XX)(raw, ctx));
    return flattenEnvVars(env, userVars, config.envVarFormat);
}

;// CONCATENATED MODULE: ./src/components/post-processor/shell-local/post-processor.ts


/** packer `post-processor/shell-local`: the shell-local provisioner, run on the build's artifact. */
class ShellLocalPostProcessor {
    config;
    async configure(...raws) {
        const config = decodeShellLocal(raws);
        // Before the post-processor and provisioner were merged, execute_command was one string run by `sh -c`.
        if (config.executeCommand.length === 1)
            config.executeCommand = ['sh', '-c', config.executeCommand[0]];
        this.config = config;
    }
    async postProcess(signal, ui, artifact) {
        if (!this.config)
            throw new Error('shell-local: postProcess called before configure');
        const generated = (artifact.state('generated_data') ?? {});
        await runShellLocal(signal, ui, this.config, generated);
        // The input passes through: deleting it would leave nothing to pass on.
        return { artifact, keep: true, forceOverride: true };
    }
}

;// CONCATENATED MODULE: ./src/components/provisioner/breakpoint/provisioner.ts

const provisioner_spec = (0,sdk_config/* defineSpec */.jX)({
    disable: { kind: 'bool', default: false },
    note: { kind: 'string', default: '' },
});
/**
 * packer `provisioner/breakpoint`: pauses the build until the user presses Enter. Without a
 * terminal Packer's Ask fails and so does the build (`Error asking for input: no available tty`);
 * ui.ask rejecting is that case here, its message carried over.
 */
class BreakpointProvisioner {
    disable = false;
    note = '';
    async prepare(...raws) {
        const { config } = (0,sdk_config/* decodeConfig */.Fu)(provisioner_spec, raws);
        this.disable = config.disable;
        this.note = config.note;
    }
    async provision(_signal, ui, _comm, _data) {
        if (this.disable) {
            if (this.note !== '')
                ui.say(`Breakpoint provisioner with note "${this.note}" disabled; continuing...`);
            else
                ui.say('Breakpoint provisioner disabled; continuing...');
            return;
        }
        if (this.note !== '')
            ui.say(`Pausing at breakpoint provisioner with note "${this.note}".`);
        else
            ui.say('Pausing at breakpoint provisioner.');
        try {
            await ui.ask('Press enter to continue.');
        }
        catch (e) {
            throw new Error(`Error asking for input: ${e.message}`);
        }
    }
}

;// CONCATENATED MODULE: ./src/components/provisioner/file/config.ts




const config_spec = (0,sdk_config/* defineSpec */.jX)({
    source: { kind: 'string' },
    sources: { kind: 'string-list' },
    destination: { kind: 'string' },
    direction: { kind: 'string' },
    generated: { kind: 'bool' },
});
/** Decode + Prepare of packer `provisioner/file` (Packer 1.6.6), with its messages and order. */
function decodeFileConfig(raws) {
    const { config: c, ctx } = (0,sdk_config/* decodeConfig */.Fu)(config_spec, raws);
    const direction = c.direction || 'upload';
    const errs = [];
    if (direction !== 'download' && direction !== 'upload')
        errs.push(new Error('Direction must be one of: download, upload.'));
    const sources = [...(c.sources ?? [])];
    if (c.source)
        sources.push(c.source);
    if (direction === 'upload' && !c.generated) {
        for (const src of sources) {
            try {
                (0,external_node_fs_.statSync)(src);
            }
            catch (e) {
                errs.push(new Error(`Bad source '${src}': ${(0,sdk/* goPathError */.gC)('stat', src, e).message}`));
            }
        }
    }
    if (sources.length < 1)
        errs.push(new Error('Source must be specified.'));
    if (!c.destination)
        errs.push(new Error('Destination must be specified.'));
    throwIfAnyPacker(errs);
    return { sources, destination: c.destination, direction: direction, ctx };
}

;// CONCATENATED MODULE: ./src/components/provisioner/file/provisioner.ts







/** packer `provisioner/file`: copies files and directories to or from the machine. */
class FileProvisioner {
    config;
    async prepare(...raws) {
        this.config = decodeFileConfig(raws);
    }
    async provision(_signal, ui, comm, data) {
        if (!this.config)
            throw new Error('file: provision called before prepare');
        const ctx = { ...this.config.ctx, data: data ?? {} };
        const c = comm ?? new NoneCommunicator();
        const dst = renderOr(this.config.destination, ctx, 'destination');
        const sources = this.config.sources;
        if (this.config.direction === 'download')
            return provisionDownload(ui, c, ctx, sources, dst);
        return provisionUpload(ui, c, ctx, sources, dst);
    }
}
function renderOr(s, ctx, what) {
    try {
        return (0,interpolate/* render */.XX)(s, ctx);
    }
    catch (e) {
        throw new Error(`Error interpolating ${what}: ${e.message}`);
    }
}
async function provisionUpload(ui, comm, ctx, sources, dst) {
    for (const raw of sources) {
        const src = renderOr(raw, ctx, 'source');
        ui.say(`Uploading ${src} => ${dst}`);
        let info;
        try {
            info = await (0,promises_.stat)(src);
        }
        catch (e) {
            throw (0,sdk/* goPathError */.gC)('stat', src, e);
        }
        if (info.isDirectory()) {
            try {
                await comm.uploadDir(dst, src, []);
            }
            catch (e) {
                ui.error(`Upload failed: ${message(e)}`);
                throw e;
            }
            continue;
        }
        const fileDst = dst.endsWith('/') ? dst + (0,external_node_path_.basename)(src) : dst;
        let fh;
        try {
            fh = await (0,promises_.open)(src, 'r');
        }
        catch (e) {
            throw (0,sdk/* goPathError */.gC)('open', src, e);
        }
        const stream = fh.createReadStream();
        try {
            await comm.upload(fileDst, stream, { name: (0,external_node_path_.basename)(src), size: info.size, mode: info.mode & 0o7777, mtime: info.mtime });
        }
        catch (e) {
            if (message(e).includes('Error restoring file')) {
                ui.error(`Upload failed: ${message(e)}; this can occur when your file destination is a folder without a trailing slash.`);
            }
            ui.error(`Upload failed: ${message(e)}`);
            throw e;
        }
        finally {
            stream.destroy(); // closes fh, whether or not the communicator read it all
        }
    }
}
async function provisionDownload(ui, comm, ctx, sources, dstIn) {
    for (const raw of sources) {
        let dst = dstIn;
        const src = renderOr(raw, ctx, 'source');
        ui.say(`Downloading ${src} => ${dst}`);
        // The destination may be a file or a directory: make sure its directory exists.
        let dir = dst;
        if (!dst.endsWith('/'))
            dir = (0,external_node_path_.dirname)(dir);
        else if (!src.endsWith('/') && !src.endsWith('*'))
            dst = (0,external_node_path_.join)(dst, (0,external_node_path_.basename)(src));
        try {
            await (0,sdk/* mkdirAll */.r)(dir, 0o755);
        }
        catch (e) {
            throw (0,sdk/* goPathError */.gC)('mkdir', dir, e);
        }
        // Packer returns after the first directory download, whatever sources follow it.
        if (src.endsWith('/') || /[*?[]/.test(src))
            return comm.downloadDir(src, dst, []);
        let fh;
        try {
            fh = await (0,promises_.open)(dst, 'w', 0o644);
        }
        catch (e) {
            throw (0,sdk/* goPathError */.gC)('open', dst, e);
        }
        const out = fh.createWriteStream();
        try {
            await comm.download(src, out);
        }
        catch (e) {
            ui.error(`Download failed: ${message(e)}`);
            throw e;
        }
        finally {
            await new Promise((resolve) => out.end(resolve));
        }
    }
}
const message = (e) => (e instanceof Error ? e.message : String(e));

;// CONCATENATED MODULE: ./src/components/provisioner/shell/config.ts





/** packer `provisioner/shell` Config (shell.Provisioner + ProvisionerRemoteSpecific squashed in). */
const shell_config_spec = (0,sdk_config/* defineSpec */.jX)({
    inline: { kind: 'string-list' },
    script: { kind: 'string' },
    scripts: { kind: 'string-list' },
    valid_exit_codes: { kind: 'int-list' },
    environment_vars: { kind: 'string-list' },
    env_var_format: { kind: 'string' },
    binary: { kind: 'bool' },
    remote_path: { kind: 'string' },
    execute_command: { kind: 'string' },
    inline_shebang: { kind: 'string' },
    pause_after: { kind: 'duration' },
    use_env_var_file: { kind: 'bool' },
    remote_folder: { kind: 'string' },
    remote_file: { kind: 'string' },
    start_retry_timeout: { kind: 'duration' },
    skip_clean: { kind: 'bool' },
    expect_disconnect: { kind: 'bool' },
});
/** Decode + Prepare of packer `provisioner/shell` (Packer 1.6.6): defaults, then its checks in order. */
function decodeShellConfig(raws) {
    const d = (0,sdk_config/* decodeConfig */.Fu)(shell_config_spec, raws, { exclude: ['execute_command'] });
    const c = d.config;
    const useEnvVarFile = c.use_env_var_file ?? false;
    const remoteFolder = c.remote_folder || '/tmp';
    const remoteFile = c.remote_file || `script_${(0,external_node_crypto_.randomInt)(0, 9999)}.sh`;
    let inline = c.inline?.length ? c.inline : undefined;
    let scripts = c.scripts ?? [];
    const vars = c.environment_vars ?? [];
    const errs = [];
    if (c.script && scripts.length > 0)
        errs.push(new Error('Only one of script or scripts can be specified.'));
    if (c.script)
        scripts = [c.script];
    if (scripts.length === 0 && inline === undefined) {
        errs.push(new Error('Either a script file or inline script must be specified.'));
    }
    else if (scripts.length > 0 && inline !== undefined) {
        errs.push(new Error('Only a script file or an inline script can be specified, not both.'));
    }
    for (const path of scripts) {
        try {
            (0,external_node_fs_.statSync)(path);
        }
        catch (e) {
            errs.push(new Error(`Bad script '${path}': ${(0,sdk/* goPathError */.gC)('stat', path, e).message}`));
        }
    }
    for (const kv of vars) {
        if (kv.indexOf('=') <= 0)
            errs.push(new Error(`Environment variable not in format 'key=value': ${kv}`));
    }
    throwIfAnyPacker(errs);
    inline = inline ? [...inline] : undefined;
    return {
        inline,
        scripts,
        vars,
        validExitCodes: c.valid_exit_codes?.length ? c.valid_exit_codes : [0],
        envVarFormat: c.env_var_format || (useEnvVarFile ? "export %s='%s'\n" : "%s='%s' "),
        binary: c.binary ?? false,
        executeCommand: c.execute_command ||
            (useEnvVarFile ? 'chmod +x {{.Path}}; . {{.EnvVarFile}} && {{.Path}}' : 'chmod +x {{.Path}}; {{.Vars}} {{.Path}}'),
        inlineShebang: c.inline_shebang || '/bin/sh -e',
        pauseAfterMs: c.pause_after ?? 0,
        useEnvVarFile,
        remoteFolder,
        remotePath: c.remote_path || `${remoteFolder}/${remoteFile}`,
        startRetryTimeoutMs: c.start_retry_timeout || 5 * 60_000,
        skipClean: c.skip_clean ?? false,
        expectDisconnect: c.expect_disconnect ?? false,
        buildName: d.packer.buildName,
        builderType: d.packer.builderType,
        ctx: d.ctx,
    };
}

;// CONCATENATED MODULE: ./src/components/provisioner/shell/env-vars.ts

// packer commonsteps' "not implemented" markers: builders without an HTTP server set these.
const notImplemented = {
    PackerHTTPAddr: 'ERR_HTTP_ADDR_NOT_IMPLEMENTED_BY_BUILDER',
    PackerHTTPIP: 'ERR_HTTP_IP_NOT_IMPLEMENTED_BY_BUILDER',
    PackerHTTPPort: 'ERR_HTTP_PORT_NOT_IMPLEMENTED_BY_BUILDER',
};
/**
 * packer `provisioner/shell` createFlattenedEnvVars: PACKER_BUILD_NAME, PACKER_BUILDER_TYPE and
 * the PACKER_HTTP_* a builder really set, then the user's.
 */
function env_vars_flattenedEnvVars(config, data) {
    const env = {
        PACKER_BUILD_NAME: config.buildName,
        PACKER_BUILDER_TYPE: config.builderType,
    };
    const http = [
        ['PackerHTTPAddr', 'PACKER_HTTP_ADDR'],
        ['PackerHTTPIP', 'PACKER_HTTP_IP'],
        ['PackerHTTPPort', 'PACKER_HTTP_PORT'],
    ];
    for (const [key, name] of http) {
        const v = data[key];
        if (v !== undefined && v !== null && v !== notImplemented[key])
            env[name] = String(v);
    }
    return flattenEnvVars(env, config.vars, config.envVarFormat);
}

;// CONCATENATED MODULE: ./src/components/provisioner/shell/retry.ts
/**
 * packer-plugin-sdk `retry.Config{StartTimeout}.Run`: calls `fn` until it succeeds, waiting
 * `delayMs` (Packer: 2s) after each failure, and gives up with the last error once `startTimeoutMs`
 * has passed (0 = never) or `signal` aborts. Unlike Packer's, the wait itself is cut short by the
 * signal, so a provisioner `timeout` ends it on time.
 */
async function retryRun(signal, startTimeoutMs, fn, delayMs = 2000) {
    const deadline = startTimeoutMs > 0 ? Date.now() + startTimeoutMs : Infinity;
    for (;;) {
        try {
            return await fn();
        }
        catch (err) {
            if (signal.aborted || Date.now() >= deadline)
                throw err;
            if (!(await wait(delayMs, signal)))
                throw err;
        }
    }
}
/** Resolves true after `ms`, false as soon as `signal` aborts. */
function wait(ms, signal) {
    return new Promise((resolve) => {
        const onAbort = () => {
            clearTimeout(t);
            resolve(false);
        };
        const t = setTimeout(() => {
            signal.removeEventListener('abort', onAbort);
            resolve(true);
        }, ms);
        signal.addEventListener('abort', onAbort, { once: true });
    });
}

// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
;// CONCATENATED MODULE: ./src/components/provisioner/shell/run-with-ui.ts



/** Go's context.Canceled text, which Packer reports when a command is cut short. */
const contextCanceled = 'context canceled';
/**
 * packer-plugin-sdk `RemoteCmd.RunWithUi`: runs `command` and shows each stdout line as a message
 * and each stderr line as an error, as they come. Resolves with the exit status; rejects with the
 * communicator's start error, or `context canceled` as soon as `signal` aborts.
 */
async function runWithUi(comm, command, ui, signal) {
    if (signal.aborted)
        throw new Error(contextCanceled);
    const out = new OutputLines((l) => ui.message(l));
    const err = new OutputLines((l) => ui.error(l));
    const stdout = lineSink(out);
    const stderr = lineSink(err);
    let onAbort;
    const aborted = new Promise((_resolve, reject) => {
        onAbort = () => reject(new Error(contextCanceled));
        signal.addEventListener('abort', onAbort, { once: true });
    });
    try {
        const { exitStatus } = await Promise.race([comm.start({ command, stdout, stderr }, signal), aborted]);
        out.end();
        err.end();
        return exitStatus;
    }
    finally {
        signal.removeEventListener('abort', onAbort);
    }
}
function lineSink(lines) {
    const decoder = new external_node_string_decoder_.StringDecoder('utf8');
    return new external_node_stream_.Writable({
        write(chunk, _enc, cb) {
            lines.write(typeof chunk === 'string' ? chunk : decoder.write(chunk));
            cb();
        },
    });
}

;// CONCATENATED MODULE: ./src/components/provisioner/shell/script-file.ts


/**
 * packer-plugin-sdk `tmp.File(prefix)`: a new 0600 file in PACKER_TMP_DIR (or the system temp
 * directory) named prefix + random digits, holding `body`. Its path is shown to the user.
 */
async function writeTempFile(prefix, body) {
    return writeTempScript(process.env['PACKER_TMP_DIR'] || (0,external_node_os_.tmpdir)(), prefix, body);
}
/**
 * packer `provisioner/shell` UnixReader: every line ends in a bare `\n` (a `\r` before it is
 * dropped, and a last line without one gets one), so scripts edited on Windows still run.
 */
function toUnixLines(buf) {
    if (buf.length === 0)
        return buf;
    const text = buf.toString('latin1');
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    return Buffer.from(lines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l) + '\n').join(''), 'latin1');
}

;// CONCATENATED MODULE: ./src/components/provisioner/shell/provisioner.ts













/** packer.CmdDisconnect: the exit status communicators report when the connection dropped. */
const CmdDisconnect = 2300218;
/** packer `provisioner/shell`: uploads scripts to the machine and runs them there. */
class ShellProvisioner {
    opts;
    config;
    constructor(opts = {}) {
        this.opts = opts;
    }
    async prepare(...raws) {
        this.config = decodeShellConfig(raws);
    }
    async provision(signal, ui, comm, data) {
        const config = this.config;
        if (!config)
            throw new Error('shell: provision called before prepare');
        const c = comm ?? new NoneCommunicator();
        const generated = data ?? {};
        const ctx = { ...config.ctx, data: generated };
        const retry = (fn) => retryRun(signal, config.startRetryTimeoutMs, fn, this.opts.retryDelayMs);
        const scripts = [...config.scripts];
        let inlineFile;
        try {
            if (config.inline !== undefined) {
                const lines = config.inline.map((cmd) => {
                    try {
                        return (0,interpolate/* render */.XX)(cmd, ctx) + '\n';
                    }
                    catch (e) {
                        throw new Error(`Error interpolating Inline: ${e.message}`);
                    }
                });
                inlineFile = await writeTempFile('packer-shell', `#!${config.inlineShebang}\n${lines.join('')}`);
                scripts.push(inlineFile);
            }
            let envVarFile = '';
            if (config.useEnvVarFile) {
                const body = this.content(Buffer.from(env_vars_flattenedEnvVars(config, generated)));
                await retry(async () => {
                    const remote = `${config.remoteFolder}/varfile_${(0,external_node_crypto_.randomInt)(0, 9999)}.sh`;
                    await wrap('Error uploading envVarFile', () => c.upload(remote, external_node_stream_.Readable.from([body])));
                    await wrap('Error chmodding script file to 0600 in remote machine', () => c.start({ command: `chmod 0600 ${remote}` }, signal));
                    envVarFile = remote;
                });
            }
            const vars = env_vars_flattenedEnvVars(config, generated);
            for (const path of scripts) {
                ui.say(`Provisioning with shell script: ${path}`);
                let body;
                try {
                    body = this.content(await (0,promises_.readFile)(path));
                }
                catch (e) {
                    throw new Error(`Error opening shell script: ${(0,sdk/* goPathError */.gC)('open', path, e).message}`);
                }
                let command;
                try {
                    command = (0,interpolate/* render */.XX)(config.executeCommand, { ...ctx, data: { ...generated, Vars: vars, EnvVarFile: envVarFile, Path: config.remotePath } });
                }
                catch (e) {
                    throw new Error(`Error processing command: ${e.message}`);
                }
                // Upload and run in one retried unit: after a reboot the uploaded file may be gone.
                let status = 0;
                await retry(async () => {
                    await wrap('Error uploading script', () => c.upload(config.remotePath, external_node_stream_.Readable.from([body])));
                    await wrap('Error chmodding script file to 0755 in remote machine', () => c.start({ command: `chmod 0755 ${config.remotePath}` }, signal));
                    status = await runWithUi(c, command, ui, signal);
                });
                if (status === CmdDisconnect) {
                    if (!config.expectDisconnect) {
                        throw new Error('Script disconnected unexpectedly. If you expected your script to disconnect, i.e. from a restart, ' +
                            'you can try adding `"expect_disconnect": true` or `"valid_exit_codes": [0, 2300218]` to the shell provisioner parameters.');
                    }
                }
                else if (!config.validExitCodes.includes(status)) {
                    // Packer's wording, missing space included.
                    throw new Error(`Script exited with non-zero exit status: ${status}.Allowed exit codes are: ${goIntList(config.validExitCodes)}`);
                }
                if (config.skipClean)
                    continue;
                await this.cleanupRemoteFile(config.remotePath, c, signal);
            }
            // Packer cleans the env var file even when there is none (`rm -f ` on the machine).
            if (!config.skipClean)
                await this.cleanupRemoteFile(envVarFile, c, signal);
        }
        finally {
            if (inlineFile !== undefined)
                await (0,promises_.rm)(inlineFile, { force: true });
        }
        if (config.pauseAfterMs !== 0) {
            ui.say(`Pausing ${(0,sdk/* formatGoDuration */.IL)(config.pauseAfterMs)} after this provisioner...`);
            await new Promise((resolve) => {
                const onAbort = () => {
                    clearTimeout(t);
                    resolve();
                };
                const t = setTimeout(() => {
                    signal.removeEventListener('abort', onAbort);
                    resolve();
                }, config.pauseAfterMs);
                signal.addEventListener('abort', onAbort, { once: true });
            });
        }
    }
    content(buf) {
        return this.config.binary ? buf : toUnixLines(buf);
    }
    async cleanupRemoteFile(path, comm, signal) {
        await retryRun(signal, this.config.startRetryTimeoutMs, async () => {
            const { exitStatus } = await wrap(`Error removing temporary script at ${path}`, () => comm.start({ command: `rm -f ${path}` }, signal));
            if (exitStatus === CmdDisconnect)
                throw new Error('Disconnect while removing temporary script.');
            if (exitStatus !== 0)
                throw new Error(`Error removing temporary script at ${path}!`);
        }, this.opts.retryDelayMs);
    }
}
/** Go's fmt.Errorf("<what>: %s", err). */
async function wrap(what, fn) {
    try {
        return await fn();
    }
    catch (e) {
        throw new Error(`${what}: ${e instanceof Error ? e.message : String(e)}`);
    }
}

;// CONCATENATED MODULE: ./src/components/provisioner/shell-local/provisioner.ts


/** packer `provisioner/shell-local`: runs scripts on the machine running the build. */
class ShellLocalProvisioner {
    config;
    async prepare(...raws) {
        this.config = decodeShellLocal(raws);
    }
    async provision(signal, ui, _comm, data) {
        if (!this.config)
            throw new Error('shell-local: provision called before prepare');
        await runShellLocal(signal, ui, this.config, data);
    }
}

;// CONCATENATED MODULE: ./src/components/provisioner/sleep/provisioner.ts


// Packer's field is an untagged `Duration time.Duration`, which mapstructure names `Duration`.
const sleep_provisioner_spec = (0,sdk_config/* defineSpec */.jX)({ duration: { kind: 'duration', default: 0, goField: 'Duration' } });
/** packer `provisioner/sleep`: waits `duration`, silently; its config is not interpolated, as in Packer. */
class SleepProvisioner {
    ms = 0;
    async prepare(...raws) {
        this.ms = (0,sdk_config/* decodeConfig */.Fu)(sleep_provisioner_spec, raws, { interpolate: false }).config.duration;
    }
    async provision(signal, _ui, _comm, _data) {
        try {
            await (0,external_node_timers_promises_.setTimeout)(Math.max(this.ms, 0), undefined, { signal });
        }
        catch {
            // Go's ctx.Err() for a cancelled context.
            throw new Error('context canceled');
        }
    }
}

;// CONCATENATED MODULE: ./src/components/index.ts












// --- factories, by the type names templates use
const builtinComponents = {
    builders: {
        file: () => new FileBuilder(),
        null: () => new NullBuilder(),
    },
    provisioners: {
        breakpoint: () => new BreakpointProvisioner(),
        file: () => new FileProvisioner(),
        shell: () => new ShellProvisioner(),
        'shell-local': () => new ShellLocalProvisioner(),
        sleep: () => new SleepProvisioner(),
    },
    postProcessors: {
        artifice: () => new ArtificePostProcessor(),
        checksum: () => new ChecksumPostProcessor(),
        compress: () => new CompressPostProcessor(),
        manifest: () => new ManifestPostProcessor(),
        'shell-local': () => new ShellLocalPostProcessor(),
    },
};
/** The built-in components as a ComponentSet (fresh instance per start; nothing to close). */
function builtinComponentSet(factories = builtinComponents) {
    const start = (kind, table, type) => {
        const make = Object.hasOwn(table, type) ? table[type] : undefined;
        if (!make)
            return Promise.reject(new Error(`Unknown ${kind} ${type}`));
        return Promise.resolve(make());
    };
    return {
        hasBuilder: (t) => Object.hasOwn(factories.builders, t),
        hasProvisioner: (t) => Object.hasOwn(factories.provisioners, t),
        hasPostProcessor: (t) => Object.hasOwn(factories.postProcessors, t),
        startBuilder: (t) => start('builder', factories.builders, t),
        startProvisioner: (t) => start('provisioner', factories.provisioners, t),
        startPostProcessor: (t) => start('post-processor', factories.postProcessors, t),
        close: async () => undefined,
    };
}
// --- classes, for tests and for serving them as plugins



/***/ })

};
