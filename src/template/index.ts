// The JSON template reader (Packer 1.6.6 `template/` + the template half of `packer/core.go`).

// --- loading
export { loadTemplate } from './load.js';
export { parseVarFile, readVarFile, VarFileError } from './var-file.js';
export type { LoadOptions, LoadResult, LoadProblem } from './load-options.js';
export type { RenderFn, RenderContext } from './internal/engine.js';

// --- the model every template format produces
export type { Template, VariableDef, BuilderDef, ProvisionerDef, PostProcessorDef, Position } from './model.js';
