// The evaluation half of text/template/exec.go: pipelines, commands, fields,
// function calls and Go's argument type checks. The executor (executor.ts)
// adds the walk over text and control structures.
import type {
  ChainNode, CommandNode, FieldNode, IdentifierNode, ListNode, Node, NumberNode, PipeNode, VariableNode,
} from '../parse/nodes.js';
import { str } from '../parse/nodes.js';
import { byteLength, quote } from '../parse/quote.js';
import { truth } from '../builtins.js';
import { paramTypeName, type GoFunc, type ParamType } from './signature.js';
import { GoFloat, GoStruct, Iface, MISSING, kindOf, mapGet, typeName, unwrap } from './values.js';

export class ExecError extends Error {}

/** An int constant: a JS number when exact, else a bigint (Go ints are 64-bit). */
const goInt = (i: bigint): number | bigint => (i >= BigInt(Number.MIN_SAFE_INTEGER) && i <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(i) : i);

export interface Program {
  name: string;
  text: string;
  trees: Map<string, ListNode>;
  funcs: (name: string) => { fn: GoFunc; builtin: boolean } | undefined;
}

interface Variable {
  name: string;
  value: unknown;
}

export class Evaluator {
  node: Node | null = null;

  constructor(
    protected p: Program,
    protected tmplName: string,
    protected vars: Variable[],
  ) {}

  protected at(n: Node): void {
    this.node = n;
  }

  errorf(msg: string): never {
    const name = this.tmplName;
    if (!this.node) throw new ExecError(`template: ${name}: ${msg}`);
    const pos = this.node.pos;
    const before = this.p.text.slice(0, pos);
    const nl = before.lastIndexOf('\n');
    const col = nl === -1 ? byteLength(before) : byteLength(before.slice(nl + 1));
    const line = 1 + (before.match(/\n/g)?.length ?? 0);
    throw new ExecError(`template: ${this.p.name}:${line}:${col}: executing ${quote(name)} at <${str(this.node)}>: ${msg}`);
  }

  // --- variables
  protected mark(): number {
    return this.vars.length;
  }
  protected pop(mark: number): void {
    this.vars.length = mark;
  }
  protected setVar(name: string, value: unknown): void {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      if (this.vars[i]!.name === name) {
        this.vars[i]!.value = value;
        return;
      }
    }
    this.errorf(`undefined variable: ${name}`);
  }
  protected setTopVar(n: number, value: unknown): void {
    this.vars[this.vars.length - n]!.value = value;
  }
  protected varValue(name: string): unknown {
    for (let i = this.vars.length - 1; i >= 0; i--) if (this.vars[i]!.name === name) return this.vars[i]!.value;
    this.errorf(`undefined variable: ${name}`);
  }

  protected evalPipeline(dot: unknown, pipe: PipeNode | null): unknown {
    if (!pipe) return undefined;
    this.at(pipe);
    let value: unknown = MISSING;
    for (const cmd of pipe.cmds) {
      value = this.evalCommand(dot, cmd, value);
      if (value instanceof Iface) value = value.value ?? undefined; // an empty interface is unwrapped
    }
    for (const v of pipe.decl) {
      if (pipe.isAssign) this.setVar(v.ident[0]!, value);
      else this.vars.push({ name: v.ident[0]!, value });
    }
    return value;
  }

  protected notAFunction(args: Node[], final: unknown): void {
    if (args.length > 1 || final !== MISSING) this.errorf(`can't give argument to non-function ${str(args[0]!)}`);
  }

  protected evalCommand(dot: unknown, cmd: CommandNode, final: unknown): unknown {
    const first = cmd.args[0]!;
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
    this.errorf(`can't evaluate command ${quote(str(first))}`);
  }

  protected idealConstant(c: NumberNode): unknown {
    this.at(c);
    const isHexInt = c.text.length > 2 && c.text[0] === '0' && (c.text[1] === 'x' || c.text[1] === 'X') && !/[pP]/.test(c.text);
    const isRune = c.text[0] === "'";
    if (c.isFloat && !isHexInt && !isRune && /[.eEpP]/.test(c.text)) return new GoFloat(c.float);
    if (c.isInt) return goInt(c.int);
    if (c.isUint) this.errorf(`${c.text} overflows int`);
    return undefined;
  }

  protected evalFieldNode(dot: unknown, field: FieldNode, args: Node[] | null, final: unknown): unknown {
    this.at(field);
    return this.evalFieldChain(dot, dot, field, field.ident, args, final);
  }

  protected evalChainNode(dot: unknown, chain: ChainNode, args: Node[] | null, final: unknown): unknown {
    this.at(chain);
    if (chain.node.kind === 'nil') this.errorf(`indirection through explicit nil in ${str(chain)}`);
    const pipe = this.evalArg(dot, null, chain.node);
    return this.evalFieldChain(dot, pipe, chain, chain.field, args, final);
  }

  protected evalVariableNode(dot: unknown, v: VariableNode, args: Node[] | null, final: unknown): unknown {
    this.at(v);
    const value = this.varValue(v.ident[0]!);
    if (v.ident.length === 1) {
      this.notAFunction(args ?? [], final);
      return value;
    }
    return this.evalFieldChain(dot, value, v, v.ident.slice(1), args, final);
  }

  protected evalFieldChain(dot: unknown, receiver: unknown, node: Node, ident: string[], args: Node[] | null, final: unknown): unknown {
    const n = ident.length;
    for (let i = 0; i < n - 1; i++) receiver = this.evalField(dot, ident[i]!, node, null, MISSING, receiver);
    return this.evalField(dot, ident[n - 1]!, node, args, final, receiver);
  }

  protected evalFunction(dot: unknown, node: IdentifierNode, cmd: Node, args: Node[] | null, final: unknown): unknown {
    this.at(node);
    const f = this.p.funcs(node.ident);
    if (!f) this.errorf(`${quote(node.ident)} is not a defined function`);
    return this.evalCall(dot, f!.fn, f!.builtin, cmd, node.ident, args, final);
  }

  protected evalField(dot: unknown, fieldName: string, node: Node, args: Node[] | null, final: unknown, receiver: unknown): unknown {
    if (receiver === undefined) return undefined;
    const typ = typeName(receiver);
    const inner = unwrap(receiver);
    if (inner === null || inner === undefined) this.errorf(`nil pointer evaluating ${typ}.${fieldName}`);
    const hasArgs = (args !== null && args.length > 1) || final !== MISSING;
    if (inner instanceof GoStruct) {
      if (Object.prototype.hasOwnProperty.call(inner.fields, fieldName)) {
        const field = inner.fields[fieldName];
        if (typeof field === 'function') {
          return this.evalCall(dot, { params: [], variadic: 'any', call: field as (...a: unknown[]) => unknown }, false, node, fieldName, args, final);
        }
        if (hasArgs) this.errorf(`${fieldName} has arguments but cannot be invoked as function`);
        return field;
      }
    } else if (kindOf(inner) === 'map') {
      if (hasArgs) this.errorf(`${fieldName} is not a method but has arguments`);
      const r = mapGet(inner, fieldName);
      return r.found ? new Iface(r.value) : undefined;
    }
    this.errorf(`can't evaluate field ${fieldName} in type ${typ}`);
  }

  protected evalCall(dot: unknown, fn: GoFunc, isBuiltin: boolean, node: Node, name: string, argNodes: Node[] | null, final: unknown): unknown {
    const args = argNodes ? argNodes.slice(1) : [];
    let numIn = args.length;
    if (final !== MISSING) numIn++;
    let numFixed = args.length;
    const nParams = fn.params.length + (fn.variadic ? 1 : 0);
    if (fn.variadic) {
      numFixed = fn.params.length;
      if (numIn < numFixed) this.errorf(`wrong number of args for ${name}: want at least ${numFixed} got ${args.length}`);
    } else if (numIn !== nParams) {
      this.errorf(`wrong number of args for ${name}: want ${nParams} got ${numIn}`);
    }
    if (isBuiltin && (name === 'and' || name === 'or')) {
      let v: unknown = undefined;
      for (const arg of args) {
        v = this.evalArg(dot, 'value', arg);
        if (truth(v) === (name === 'or')) return v;
      }
      if (final !== MISSING) v = final;
      return v;
    }
    const argv: unknown[] = [];
    let i = 0;
    for (; i < numFixed && i < args.length; i++) argv.push(this.evalArg(dot, fn.params[i]!, args[i]!));
    if (fn.variadic) for (; i < args.length; i++) argv.push(this.evalArg(dot, fn.variadic, args[i]!));
    if (final !== MISSING) {
      let t: ParamType = fn.variadic ?? fn.params[fn.params.length - 1]!;
      if (fn.variadic && numIn - 1 < numFixed) t = fn.params[numIn - 1]!;
      argv.push(this.validateType(final, t));
    }
    if (isBuiltin && name === 'call') return this.callBuiltin(node, args, final, argv);
    try {
      const out = fn.call(...argv.map(unwrap));
      return out === null ? undefined : out;
    } catch (e) {
      this.at(node);
      this.errorf(`error calling ${name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  protected callBuiltin(node: Node, args: Node[], final: unknown, argv: unknown[]): unknown {
    const calleeName = args.length === 0 ? String(final) : str(args[0]!);
    const [f, ...rest] = argv.map(unwrap);
    try {
      if (f === undefined || f === null) throw new Error('call of nil');
      if (typeof f !== 'function') throw new Error(`non-function ${calleeName} of type ${typeName(f)}`);
      return (f as (...a: unknown[]) => unknown)(...rest);
    } catch (e) {
      this.at(node);
      this.errorf(`error calling call: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  /** validateType: reflect's assignability for the types templates meet. */
  protected validateType(value: unknown, typ: ParamType | null): unknown {
    if (value === undefined) {
      if (typ === null) return undefined;
      if (typ === 'any' || typ === 'value') return typ === 'any' ? null : undefined;
      this.errorf(`invalid value; expected ${paramTypeName(typ)}`);
    }
    if (typ === null || typ === 'any' || typ === 'value') return value;
    const inner = value instanceof Iface ? value.value : value;
    if (value instanceof Iface && inner === null) this.errorf(`wrong type for value; expected ${typ}; got interface {}`);
    const k = kindOf(inner);
    const ok = (typ === 'string' && k === 'string') || (typ === 'bool' && k === 'bool') || (typ === 'int' && k === 'int' && !(inner instanceof GoFloat)) || (typ === 'float64' && k === 'float64');
    if (!ok) this.errorf(`wrong type for value; expected ${typ}; got ${typeName(inner)}`);
    return inner;
  }

  protected evalArg(dot: unknown, typ: ParamType | null, n: Node): unknown {
    this.at(n);
    switch (n.kind) {
      case 'dot': return this.validateType(dot, typ);
      case 'nil':
        if (typ === 'any' || typ === 'value' || typ === null) return typ === 'any' ? null : undefined;
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
        if (n.kind === 'bool') return n.value;
        this.errorf(`expected bool; found ${str(n)}`);
      // eslint-disable-next-line no-fallthrough
      case 'float64':
        if (n.kind === 'number' && n.isFloat) return new GoFloat(n.float);
        this.errorf(`expected float; found ${str(n)}`);
      // eslint-disable-next-line no-fallthrough
      case 'int':
        if (n.kind === 'number' && n.isInt) return goInt(n.int);
        this.errorf(`expected integer; found ${str(n)}`);
      // eslint-disable-next-line no-fallthrough
      case 'string':
        if (n.kind === 'string') return n.text;
        this.errorf(`expected string; found ${str(n)}`);
      // eslint-disable-next-line no-fallthrough
      case 'any': case 'value': case null:
        return this.evalEmptyInterface(dot, n);
    }
  }

  protected evalEmptyInterface(dot: unknown, n: Node): unknown {
    this.at(n);
    switch (n.kind) {
      case 'bool': return n.value;
      case 'number': return this.idealConstant(n);
      case 'string': return n.text;
    }
    this.errorf(`can't handle assignment of ${str(n)} to empty interface argument`);
  }

}
