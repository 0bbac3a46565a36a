// Go function signatures, as far as the executor needs them: text/template
// checks argument counts and types against the declared parameters before it
// calls, and its error messages name those types.

/** A parameter type: Go's string/int/bool/float64, interface{} ("any") or reflect.Value ("value"). */
export type ParamType = 'string' | 'int' | 'bool' | 'float64' | 'any' | 'value';

export interface GoFunc {
  params: ParamType[];
  /** element type of a trailing `...T` parameter */
  variadic?: ParamType;
  /** Go's result; throwing an Error is the func's `error` result. */
  call: (...args: unknown[]) => unknown;
}

/** reflect.Type.String() of a parameter type. */
export function paramTypeName(t: ParamType): string {
  switch (t) {
    case 'any': return 'interface {}';
    case 'value': return 'reflect.Value';
    default: return t;
  }
}

export function goFunc(params: ParamType[], call: (...args: never[]) => unknown, variadic?: ParamType): GoFunc {
  return variadic ? { params, variadic, call: call as GoFunc['call'] } : { params, call: call as GoFunc['call'] };
}

/** An extra function from the caller: func(...interface{}) (interface{}, error). */
export function looseFunc(fn: (...args: unknown[]) => unknown): GoFunc {
  return { params: [], variadic: 'any', call: fn };
}
