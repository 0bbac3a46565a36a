// Components keep importing it from here; it lives in sdk so that communicators share it.
export { goPathError } from '../../sdk/index.js';
