// A port of text/template/parse/parse.go. The three-token lookahead is kept as
// in Go because parse errors report the line of the last token lexed.
import { Lexer, T, itemString, type Item } from './lexer.js';
import { newNumber } from './number.js';
import { quote, unquote } from './quote.js';
import type {
  ActionNode, CommandNode, ElseNode, EndNode, ListNode, Node, PipeNode, VariableNode,
} from './nodes.js';

export class ParseError extends Error {}

const maxStackDepth = 10000;

export interface Tree {
  name: string;
  root: ListNode;
}

/** Parses `text` as template `name`; returns every tree defined (name → root). */
export function parseTemplate(name: string, text: string, hasFunction: (n: string) => boolean): Map<string, ListNode> {
  const treeSet = new Map<string, ListNode>();
  const lex = new Lexer(text);
  lex.breakOK = !hasFunction('break');
  lex.continueOK = !hasFunction('continue');
  const p = new Parser(name, name, lex, hasFunction, treeSet);
  p.root = p.parse();
  p.add();
  return treeSet;
}

class Parser {
  root: ListNode | null = null;
  private token: Item[] = [];
  private peekCount = 0;
  private vars: string[] = ['$'];
  private actionLine = 0;
  private rangeDepth = 0;
  private stackDepth = 0;

  constructor(
    public name: string,
    private parseName: string,
    private lex: Lexer,
    private hasFunction: (n: string) => boolean,
    private treeSet: Map<string, ListNode>,
  ) {}

  // --- token plumbing (parse.go next/backup/peek)
  private next(): Item {
    if (this.peekCount > 0) this.peekCount--;
    else this.token[0] = this.lex.nextItem();
    return this.token[this.peekCount]!;
  }
  private backup(): void {
    this.peekCount++;
  }
  private backup2(t1: Item): void {
    this.token[1] = t1;
    this.peekCount = 2;
  }
  private backup3(t2: Item, t1: Item): void {
    this.token[1] = t1;
    this.token[2] = t2;
    this.peekCount = 3;
  }
  private peek(): Item {
    if (this.peekCount > 0) return this.token[this.peekCount - 1]!;
    this.peekCount = 1;
    this.token[0] = this.lex.nextItem();
    return this.token[0];
  }
  private nextNonSpace(): Item {
    let t: Item;
    do t = this.next();
    while (t.typ === T.Space);
    return t;
  }
  private peekNonSpace(): Item {
    const t = this.nextNonSpace();
    this.backup();
    return t;
  }

  private errorf(msg: string): never {
    this.root = null;
    throw new ParseError(`template: ${this.parseName}:${this.token[0]?.line ?? 1}: ${msg}`);
  }
  private expect(expected: T, context: string): Item {
    const t = this.nextNonSpace();
    if (t.typ !== expected) this.unexpected(t, context);
    return t;
  }
  private unexpected(token: Item, context: string): never {
    if (token.typ === T.Error) {
      let extra = '';
      if (this.actionLine !== 0 && this.actionLine !== token.line) {
        extra = ` in action started at ${this.parseName}:${this.actionLine}`;
        if (token.val.endsWith(' action')) extra = extra.slice(' in action'.length);
      }
      this.errorf(`${itemString(token)}${extra}`);
    }
    this.errorf(`unexpected ${itemString(token)} in ${context}`);
  }

  add(): void {
    const existing = this.treeSet.get(this.name);
    if (existing === undefined || isEmptyTree(existing)) {
      this.treeSet.set(this.name, this.root!);
      return;
    }
    if (!isEmptyTree(this.root!)) this.errorf(`template: multiple definition of template ${quote(this.name)}`);
  }

  parse(): ListNode {
    const root: ListNode = { kind: 'list', pos: this.peek().pos, nodes: [] };
    this.root = root;
    while (this.peek().typ !== T.EOF) {
      if (this.peek().typ === T.LeftDelim) {
        const delim = this.next();
        if (this.nextNonSpace().typ === T.Define) {
          const sub = new Parser('definition', this.parseName, this.lex, this.hasFunction, this.treeSet);
          sub.parseDefinition();
          continue;
        }
        this.backup2(delim);
      }
      const n = this.textOrAction();
      if (n.kind === 'end' || n.kind === 'else') this.errorf(`unexpected ${n.kind === 'end' ? '{{end}}' : '{{else}}'}`);
      root.nodes.push(n);
    }
    return root;
  }

  private parseDefinition(): void {
    const ctx = 'define clause';
    const name = this.nextNonSpace();
    if (name.typ !== T.String && name.typ !== T.RawString) this.unexpected(name, ctx);
    try {
      this.name = unquote(name.val);
    } catch (e) {
      this.errorf((e as Error).message);
    }
    this.expect(T.RightDelim, ctx);
    const [list, end] = this.itemList();
    if (end.kind !== 'end') this.errorf(`unexpected {{else}} in ${ctx}`);
    this.root = list;
    this.add();
  }

  private itemList(): [ListNode, EndNode | ElseNode] {
    const list: ListNode = { kind: 'list', pos: this.peekNonSpace().pos, nodes: [] };
    while (this.peekNonSpace().typ !== T.EOF) {
      const n = this.textOrAction();
      if (n.kind === 'end' || n.kind === 'else') return [list, n];
      list.nodes.push(n);
    }
    this.errorf('unexpected EOF');
  }

  private textOrAction(): Node {
    const token = this.nextNonSpace();
    switch (token.typ) {
      case T.Text:
        return { kind: 'text', pos: token.pos, text: token.val };
      case T.LeftDelim:
        this.actionLine = token.line;
        try {
          return this.action();
        } finally {
          this.actionLine = 0;
        }
      default:
        this.unexpected(token, 'input');
    }
  }

  private action(): Node {
    const token = this.nextNonSpace();
    switch (token.typ) {
      case T.Block: return this.blockControl();
      case T.Break: return this.branchStop('break', token);
      case T.Continue: return this.branchStop('continue', token);
      case T.Else: return this.elseControl();
      case T.End: return { kind: 'end', pos: this.expect(T.RightDelim, 'end').pos };
      case T.If: return { kind: 'if', ...this.parseControl('if') };
      case T.Range: return { kind: 'range', ...this.parseControl('range') };
      case T.Template: return this.templateControl();
      case T.With: return { kind: 'with', ...this.parseControl('with') };
    }
    this.backup();
    const t = this.peek();
    const action: ActionNode = { kind: 'action', pos: t.pos, line: t.line, pipe: this.pipeline('command', T.RightDelim) };
    return action;
  }

  private branchStop(kind: 'break' | 'continue', token: Item): Node {
    const t = this.nextNonSpace();
    if (t.typ !== T.RightDelim) this.unexpected(t, `{{${kind}}}`);
    if (this.rangeDepth === 0) this.errorf(`{{${kind}}} outside {{range}}`);
    return { kind, pos: token.pos, line: token.line };
  }

  private pipeline(context: string, end: T): PipeNode {
    const token = this.peekNonSpace();
    const pipe: PipeNode = { kind: 'pipe', pos: token.pos, line: token.line, isAssign: false, decl: [], cmds: [] };
    decls: for (;;) {
      const v = this.peekNonSpace();
      if (v.typ === T.Variable) {
        this.next();
        const tokenAfterVariable = this.peek();
        const next = this.peekNonSpace();
        if (next.typ === T.Assign || next.typ === T.Declare) {
          pipe.isAssign = next.typ === T.Assign;
          this.nextNonSpace();
          pipe.decl.push(newVariable(v.pos, v.val));
          this.vars.push(v.val);
        } else if (next.typ === T.Char && next.val === ',') {
          this.nextNonSpace();
          pipe.decl.push(newVariable(v.pos, v.val));
          this.vars.push(v.val);
          if (context === 'range' && pipe.decl.length < 2) {
            const p = this.peekNonSpace().typ;
            if (p === T.Variable || p === T.RightDelim || p === T.RightParen) continue decls;
            this.errorf('range can only initialize variables');
          }
          this.errorf(`too many declarations in ${context}`);
        } else if (tokenAfterVariable.typ === T.Space) {
          this.backup3(v, tokenAfterVariable);
        } else {
          this.backup2(v);
        }
      }
      break;
    }
    for (;;) {
      const token = this.nextNonSpace();
      switch (token.typ) {
        case end:
          this.checkPipeline(pipe, context);
          return pipe;
        case T.Bool: case T.CharConstant: case T.Complex: case T.Dot: case T.Field: case T.Identifier:
        case T.Number: case T.Nil: case T.RawString: case T.String: case T.Variable: case T.LeftParen:
          this.backup();
          pipe.cmds.push(this.command());
          break;
        default:
          this.unexpected(token, context);
      }
    }
  }

  private checkPipeline(pipe: PipeNode, context: string): void {
    if (pipe.cmds.length === 0) this.errorf(`missing value for ${context}`);
    pipe.cmds.slice(1).forEach((c, i) => {
      const k = c.args[0]!.kind;
      if (k === 'bool' || k === 'dot' || k === 'nil' || k === 'number' || k === 'string') {
        this.errorf(`non executable command in pipeline stage ${i + 2}`);
      }
    });
  }

  private parseControl(context: string): { pos: number; line: number; pipe: PipeNode; list: ListNode; elseList: ListNode | null } {
    const mark = this.vars.length;
    try {
      const pipe = this.pipeline(context, T.RightDelim);
      if (context === 'range') this.rangeDepth++;
      let [list, next] = this.itemList();
      if (context === 'range') this.rangeDepth--;
      let elseList: ListNode | null = null;
      if (next.kind === 'else') {
        if (context === 'if' && this.peek().typ === T.If) {
          this.next();
          elseList = { kind: 'list', pos: next.pos, nodes: [{ kind: 'if', ...this.parseControl('if') }] };
        } else if (context === 'with' && this.peek().typ === T.With) {
          this.next();
          elseList = { kind: 'list', pos: next.pos, nodes: [{ kind: 'with', ...this.parseControl('with') }] };
        } else {
          [elseList, next] = this.itemList();
          if (next.kind !== 'end') this.errorf('expected end; found {{else}}');
        }
      }
      void list;
      return { pos: pipe.pos, line: pipe.line, pipe, list, elseList };
    } finally {
      this.vars.length = mark;
    }
  }

  private elseControl(): Node {
    const peek = this.peekNonSpace();
    if (peek.typ === T.If || peek.typ === T.With) return { kind: 'else', pos: peek.pos, line: peek.line };
    const token = this.expect(T.RightDelim, 'else');
    return { kind: 'else', pos: token.pos, line: token.line };
  }

  private blockControl(): Node {
    const ctx = 'block clause';
    const token = this.nextNonSpace();
    const name = this.parseTemplateName(token, ctx);
    const pipe = this.pipeline(ctx, T.RightDelim);
    const block = new Parser(name, this.parseName, this.lex, this.hasFunction, this.treeSet);
    const [list, end] = block.itemList();
    if (end.kind !== 'end') this.errorf(`unexpected {{else}} in ${ctx}`);
    block.root = list;
    block.add();
    return { kind: 'template', pos: token.pos, line: token.line, name, pipe };
  }

  private templateControl(): Node {
    const ctx = 'template clause';
    const token = this.nextNonSpace();
    const name = this.parseTemplateName(token, ctx);
    let pipe: PipeNode | null = null;
    if (this.nextNonSpace().typ !== T.RightDelim) {
      this.backup();
      pipe = this.pipeline(ctx, T.RightDelim);
    }
    return { kind: 'template', pos: token.pos, line: token.line, name, pipe };
  }

  private parseTemplateName(token: Item, context: string): string {
    if (token.typ === T.String || token.typ === T.RawString) {
      try {
        return unquote(token.val);
      } catch (e) {
        this.errorf((e as Error).message);
      }
    }
    this.unexpected(token, context);
  }

  private command(): CommandNode {
    const cmd: CommandNode = { kind: 'command', pos: this.peekNonSpace().pos, args: [] };
    for (;;) {
      this.peekNonSpace();
      const operand = this.operand();
      if (operand) cmd.args.push(operand);
      const token = this.next();
      if (token.typ === T.Space) continue;
      if (token.typ === T.RightDelim || token.typ === T.RightParen) this.backup();
      else if (token.typ !== T.Pipe) this.unexpected(token, 'operand');
      break;
    }
    if (cmd.args.length === 0) this.errorf('empty command');
    return cmd;
  }

  private operand(): Node | null {
    let node = this.term();
    if (!node) return null;
    if (this.peek().typ === T.Field) {
      const pos = this.peek().pos;
      const fields: string[] = [];
      while (this.peek().typ === T.Field) fields.push(this.next().val.slice(1));
      switch (node.kind) {
        case 'field':
          node = { kind: 'field', pos, ident: [...node.ident, ...fields] };
          break;
        case 'variable':
          node = { kind: 'variable', pos, ident: [...node.ident, ...fields] };
          break;
        case 'bool': case 'string': case 'number': case 'nil': case 'dot': {
          const s = node.kind === 'bool' ? String(node.value) : node.kind === 'string' ? node.quoted
            : node.kind === 'number' ? node.text : node.kind === 'nil' ? 'nil' : '.';
          this.errorf(`unexpected . after term ${quote(s)}`);
          break;
        }
        default:
          node = { kind: 'chain', pos, node, field: fields };
      }
    }
    return node;
  }

  private term(): Node | null {
    const token = this.nextNonSpace();
    switch (token.typ) {
      case T.Identifier:
        if (!this.hasFunction(token.val)) this.errorf(`function ${quote(token.val)} not defined`);
        return { kind: 'identifier', pos: token.pos, ident: token.val };
      case T.Dot:
        return { kind: 'dot', pos: token.pos };
      case T.Nil:
        return { kind: 'nil', pos: token.pos };
      case T.Variable:
        return this.useVar(token.pos, token.val);
      case T.Field:
        return { kind: 'field', pos: token.pos, ident: token.val.slice(1).split('.') };
      case T.Bool:
        return { kind: 'bool', pos: token.pos, value: token.val === 'true' };
      case T.CharConstant: case T.Complex: case T.Number:
        try {
          return newNumber(token.pos, token.val, token.typ === T.CharConstant, token.typ === T.Complex);
        } catch (e) {
          this.errorf((e as Error).message);
        }
      // eslint-disable-next-line no-fallthrough
      case T.LeftParen: {
        if (this.stackDepth >= maxStackDepth) this.errorf('max expression depth exceeded');
        this.stackDepth++;
        try {
          return this.pipeline('parenthesized pipeline', T.RightParen);
        } finally {
          this.stackDepth--;
        }
      }
      case T.String: case T.RawString:
        try {
          return { kind: 'string', pos: token.pos, quoted: token.val, text: unquote(token.val) };
        } catch (e) {
          this.errorf((e as Error).message);
        }
    }
    this.backup();
    return null;
  }

  private useVar(pos: number, name: string): VariableNode {
    const v = newVariable(pos, name);
    if (!this.vars.includes(v.ident[0]!)) this.errorf(`undefined variable ${quote(v.ident[0]!)}`);
    return v;
  }
}

function newVariable(pos: number, ident: string): VariableNode {
  return { kind: 'variable', pos, ident: ident.split('.') };
}

function isEmptyTree(n: Node): boolean {
  switch (n.kind) {
    case 'list': return n.nodes.every(isEmptyTree);
    case 'text': return n.text.trim() === '';
    default: return false;
  }
}
