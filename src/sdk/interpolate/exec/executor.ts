// text/template/exec.go's walk: text, actions, if/with/range/template, and
// printing. Evaluation of pipelines is in eval.ts.
import type { ListNode, Node, PipeNode, RangeNode } from '../parse/nodes.js';
import { str } from '../parse/nodes.js';
import { quote } from '../parse/quote.js';
import { isTrue } from '../builtins.js';
import { printArg } from '../fmt/print.js';
import { Evaluator, type Program } from './eval.js';
import { Iface, kindOf, mapEntries, typeName, unwrap } from './values.js';

export { ExecError, type Program } from './eval.js';

class Break {}
class Continue {}

const maxExecDepth = 100000;
const noFlags = { plus: false, minus: false, sharp: false, space: false, zero: false, width: null, prec: null };

export function execute(p: Program, data: unknown): string {
  const root = p.trees.get(p.name);
  const s = new State(p, p.name, [{ name: '$', value: data }], 0);
  if (!root) s.errorf(`${quote(p.name)} is an incomplete or empty template`);
  s.walk(data, root!);
  return s.out.join('');
}

class State extends Evaluator {
  out: string[] = [];

  constructor(p: Program, tmplName: string, vars: { name: string; value: unknown }[], private depth: number) {
    super(p, tmplName, vars);
  }

  walk(dot: unknown, node: Node): void {
    this.at(node);
    switch (node.kind) {
      case 'action': {
        const val = this.evalPipeline(dot, node.pipe);
        if (node.pipe.decl.length === 0) this.printValue(node, val);
        return;
      }
      case 'break': throw new Break();
      case 'continue': throw new Continue();
      case 'if': case 'with':
        return this.walkIfOrWith(node.kind, dot, node.pipe, node.list, node.elseList);
      case 'list':
        for (const n of node.nodes) this.walk(dot, n);
        return;
      case 'range': return this.walkRange(dot, node);
      case 'template': {
        const tmpl = this.p.trees.get(node.name);
        if (!tmpl) this.errorf(`template ${quote(node.name)} not defined`);
        if (this.depth === maxExecDepth) this.errorf(`exceeded maximum template depth (${maxExecDepth})`);
        const newDot = this.evalPipeline(dot, node.pipe);
        const sub = new State(this.p, node.name, [{ name: '$', value: newDot }], this.depth + 1);
        sub.out = this.out;
        sub.walk(newDot, tmpl!);
        return;
      }
      case 'text':
        this.out.push(node.text);
        return;
      default:
        this.errorf(`unknown node: ${str(node)}`);
    }
  }

  private walkIfOrWith(kind: 'if' | 'with', dot: unknown, pipe: PipeNode, list: ListNode, elseList: ListNode | null): void {
    const mark = this.mark();
    try {
      const val = this.evalPipeline(dot, pipe);
      const [t, ok] = isTrue(unwrap(val));
      if (!ok) this.errorf(`if/with can't use ${printArg(val, 'v', noFlags)}`);
      if (t) this.walk(kind === 'with' ? val : dot, list);
      else if (elseList) this.walk(dot, elseList);
    } finally {
      this.pop(mark);
    }
  }

  private walkRange(dot: unknown, r: RangeNode): void {
    this.at(r);
    const outer = this.mark();
    try {
      const val = unwrap(this.evalPipeline(dot, r.pipe));
      const mark = this.mark();
      const one = (index: unknown, elem: unknown): void => {
        const d = r.pipe.decl;
        if (d.length > 0) {
          if (r.pipe.isAssign) this.setVar(d[0]!.ident[0]!, d.length > 1 ? index : elem);
          else this.setTopVar(1, elem);
        }
        if (d.length > 1) {
          if (r.pipe.isAssign) this.setVar(d[1]!.ident[0]!, elem);
          else this.setTopVar(2, index);
        }
        try {
          this.walk(elem, r.list);
        } catch (e) {
          if (!(e instanceof Continue)) throw e;
        } finally {
          this.pop(mark);
        }
      };
      let ran = false;
      try {
        switch (kindOf(val)) {
          case 'int': {
            if (r.pipe.decl.length > 1) this.errorf(`can't use ${printArg(val, 'v', noFlags)} to iterate over more than one variable`);
            for (let i = 0; i < (val as number); i++) {
              ran = true;
              one(undefined, i);
            }
            break;
          }
          case 'slice':
            (val as unknown[]).forEach((e, i) => {
              ran = true;
              one(i, new Iface(e));
            });
            break;
          case 'map':
            for (const [k, v] of mapEntries(val)) {
              ran = true;
              one(k, new Iface(v));
            }
            break;
          case 'invalid': case 'nil':
            break;
          default:
            this.errorf(`range can't iterate over ${printArg(val, 'v', noFlags)}`);
        }
      } catch (e) {
        if (e instanceof Break) return;
        throw e;
      }
      if (!ran && r.elseList) this.walk(dot, r.elseList);
    } finally {
      this.pop(outer);
    }
  }

  private printValue(n: Node, v: unknown): void {
    this.at(n);
    v = unwrap(v);
    if (v === undefined) {
      this.out.push('<no value>');
      return;
    }
    if (typeof v === 'function') this.errorf(`can't print ${str(n)} of type ${typeName(v)}`);
    // Go prints what a pointer points to (printableValue), hence depth 1: no '&'.
    this.out.push(printArg(v, 'v', noFlags, 1));
  }
}

