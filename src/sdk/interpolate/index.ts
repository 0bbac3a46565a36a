// The `{{ }}` engine: Go's text/template with Packer's functions
// (packer-plugin-sdk template/interpolate).

// --- rendering
export { render, validate, isTemplated, InterpolateError } from './render.js';
export { renderDeep } from './render-deep.js';
export type { InterpolateContext } from './context.js';

// --- data shaped like Go values, for components that need Go's exact behaviour
export { GoStruct, GoFloat } from './exec/values.js';

// --- pieces other layers reuse
export { initTime, ErrVariableNotSetString, PlaceholderMsg } from './funcs.js';
export { formatGoTime } from './time/layout.js';
export { strftime } from './time/strftime.js';
export { sprintf } from './fmt/print.js';
