// The gob subset Packer's msgpack net/rpc still carries: CommandFinished on a response stream.
export { encodeCommandFinished, decodeCommandFinished } from './command-finished.js';
export { decodeIntStruct, type GobStruct } from './decode.js';
export { GobError } from './errors.js';
