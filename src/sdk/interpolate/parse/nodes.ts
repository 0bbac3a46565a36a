import { quote } from './quote.js';

// The parse tree of text/template/parse/node.go. `str()` reproduces Go's
// Node.String(), which error messages quote as the context `<...>`.

export type Node =
  | ListNode | TextNode | ActionNode | PipeNode | CommandNode | IdentifierNode | VariableNode
  | DotNode | NilNode | FieldNode | ChainNode | BoolNode | NumberNode | StringNode
  | IfNode | RangeNode | WithNode | TemplateNode | BreakNode | ContinueNode | EndNode | ElseNode;

export interface ListNode { kind: 'list'; pos: number; nodes: Node[] }
export interface TextNode { kind: 'text'; pos: number; text: string }
export interface ActionNode { kind: 'action'; pos: number; line: number; pipe: PipeNode }
export interface PipeNode { kind: 'pipe'; pos: number; line: number; isAssign: boolean; decl: VariableNode[]; cmds: CommandNode[] }
export interface CommandNode { kind: 'command'; pos: number; args: Node[] }
export interface IdentifierNode { kind: 'identifier'; pos: number; ident: string }
export interface VariableNode { kind: 'variable'; pos: number; ident: string[] }
export interface DotNode { kind: 'dot'; pos: number }
export interface NilNode { kind: 'nil'; pos: number }
export interface FieldNode { kind: 'field'; pos: number; ident: string[] }
export interface ChainNode { kind: 'chain'; pos: number; node: Node; field: string[] }
export interface BoolNode { kind: 'bool'; pos: number; value: boolean }
export interface NumberNode {
  kind: 'number'; pos: number; text: string;
  isInt: boolean; isUint: boolean; isFloat: boolean; isComplex: boolean;
  int: bigint; uint: bigint; float: number;
}
export interface StringNode { kind: 'string'; pos: number; quoted: string; text: string }
export interface BranchNode { pos: number; line: number; pipe: PipeNode; list: ListNode; elseList: ListNode | null }
export interface IfNode extends BranchNode { kind: 'if' }
export interface RangeNode extends BranchNode { kind: 'range' }
export interface WithNode extends BranchNode { kind: 'with' }
export interface TemplateNode { kind: 'template'; pos: number; line: number; name: string; pipe: PipeNode | null }
export interface BreakNode { kind: 'break'; pos: number; line: number }
export interface ContinueNode { kind: 'continue'; pos: number; line: number }
export interface EndNode { kind: 'end'; pos: number }
export interface ElseNode { kind: 'else'; pos: number; line: number }

function pipeStr(p: PipeNode): string {
  let s = '';
  if (p.decl.length > 0) {
    s += p.decl.map(str).join(', ') + (p.isAssign ? ' = ' : ' := ');
  }
  return s + p.cmds.map(str).join(' | ');
}

/** Node.String() of Go. */
export function str(n: Node): string {
  switch (n.kind) {
    case 'list': return n.nodes.map(str).join('');
    case 'text': return n.text;
    case 'action': return '{{' + pipeStr(n.pipe) + '}}';
    case 'pipe': return pipeStr(n);
    case 'command': return n.args.map((a) => (a.kind === 'pipe' ? '(' + pipeStr(a) + ')' : str(a))).join(' ');
    case 'identifier': return n.ident;
    case 'variable': return n.ident.join('.');
    case 'dot': return '.';
    case 'nil': return 'nil';
    case 'field': return n.ident.map((i) => '.' + i).join('');
    case 'chain': {
      const head = n.node.kind === 'pipe' ? '(' + pipeStr(n.node) + ')' : str(n.node);
      return head + n.field.map((f) => '.' + f).join('');
    }
    case 'bool': return n.value ? 'true' : 'false';
    case 'number': return n.text;
    case 'string': return n.quoted;
    case 'if': case 'range': case 'with': {
      let s = `{{${n.kind} ${pipeStr(n.pipe)}}}${str(n.list)}`;
      if (n.elseList) s += '{{else}}' + str(n.elseList);
      return s + '{{end}}';
    }
    case 'template':
      return n.pipe ? `{{template ${quote(n.name)} ${pipeStr(n.pipe)}}}` : `{{template ${quote(n.name)}}}`;
    case 'break': return '{{break}}';
    case 'continue': return '{{continue}}';
    case 'end': return '{{end}}';
    case 'else': return '{{else}}';
  }
}
