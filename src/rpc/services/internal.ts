// For rpc/remote and rpc/serve: the services plus the argument validators they share.
export * from './index.js';
export { basicError, bool, int, str, strings, struct, uint32, type Fields } from './args.js';
