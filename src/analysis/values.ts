import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { resolveName } from '../fix/scope.js';

type Variable = TSESLint.Scope.Variable;

/** One expression a status can come from, after branches, fallbacks, casts and variables are followed. */
export interface StatusLeaf {
  /** The leaf expression: a literal, a provider constant, or the expression that could not be read. */
  readonly node: TSESTree.Node;
  /** The code, or undefined when the expression cannot be read. */
  readonly code: number | undefined;
  /** The numeric literal a fix replaces; undefined for signed literals and constants. */
  readonly literal: TSESTree.NumberLiteral | undefined;
  /** "StatusCodes.NOT_FOUND" when the leaf is written as a provider constant. */
  readonly constantText: string | undefined;
  /** Reached through a same-file variable's initialiser or single assignment. */
  readonly viaVariable: boolean;
}

export interface ValueContext {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  /** A provider constant's value: `StatusCodes.NOT_FOUND` -> { code: 404, constantText }. */
  resolveConstant(node: TSESTree.MemberExpression): { code: number; constantText: string } | undefined;
}

/** How many variables deep a value is followed: `const a = b; const b = c; ...`. */
const MAX_VARIABLE_DEPTH = 8;

/** A variable's leaves depend only on the file and the context, so each is read once per context. */
const leavesByContext = new WeakMap<ValueContext, WeakMap<Variable, readonly StatusLeaf[]>>();

/**
 * The codes `node` can evaluate to, one leaf per place the value can come from: each branch of
 * `c ? a : b`, both sides of `x ?? 500` and `x || 500`, through casts and same-file variables.
 * Never empty: an expression it cannot read is one leaf with code undefined.
 */
export function statusLeaves(node: TSESTree.Node, context: ValueContext): readonly StatusLeaf[] {
  // Most statuses are a plain number: no walk, no scope lookup.
  if (node.type === 'Literal' && typeof node.value === 'number') return [numberLeaf(node, false)];
  const walk = new LeafWalk(context);
  walk.visit(node, false);
  return walk.leaves;
}

class LeafWalk {
  readonly leaves: StatusLeaf[] = [];
  private readonly seen = new Set<TSESTree.Node>();
  /** Variables being followed, innermost last: the cycle guard and the depth bound. */
  private readonly following: Variable[] = [];
  /** Set when a cycle or the depth bound cut the walk short, so the result is not memoised. */
  private truncated = false;

  constructor(private readonly context: ValueContext) {}

  visit(node: TSESTree.Node, viaVariable: boolean): void {
    const target = unwrapCasts(node);
    switch (target.type) {
      case 'Literal':
        if (typeof target.value === 'number') return this.add(numberLeaf(target as TSESTree.NumberLiteral, viaVariable));
        break;
      case 'UnaryExpression':
        if ((target.operator === '-' || target.operator === '+') && target.argument.type === 'Literal') {
          const { value } = target.argument;
          if (typeof value === 'number') return this.add(leaf(target, target.operator === '-' ? -value : value, viaVariable));
        }
        break;
      case 'ConditionalExpression':
        this.visit(target.consequent, viaVariable);
        return this.visit(target.alternate, viaVariable);
      case 'LogicalExpression':
        // `failed && 500` is `failed` itself when falsy: a guard, not a fallback.
        if (target.operator === '&&') break;
        this.visit(target.left, viaVariable);
        return this.visit(target.right, viaVariable);
      case 'MemberExpression': {
        const constant = this.context.resolveConstant(target);
        if (constant)
          return this.add({ node: target, code: constant.code, literal: undefined, constantText: constant.constantText, viaVariable });
        break;
      }
      case 'Identifier':
        return this.visitIdentifier(target, viaVariable);
    }
    this.add(leaf(target, undefined, viaVariable));
  }

  private visitIdentifier(identifier: TSESTree.Identifier, viaVariable: boolean): void {
    const variable = resolveName(this.context.sourceCode.getScope(identifier), identifier.name);
    const source = variable && singleValueSource(variable);
    if (!variable || !source) return this.add(leaf(identifier, undefined, viaVariable));

    let byVariable = leavesByContext.get(this.context);
    if (!byVariable) leavesByContext.set(this.context, (byVariable = new WeakMap()));
    const known = byVariable.get(variable);
    if (known) return known.forEach((found) => this.add(found));

    if (this.following.includes(variable) || this.following.length >= MAX_VARIABLE_DEPTH) {
      this.truncated = true;
      return this.add(leaf(identifier, undefined, viaVariable));
    }
    // The variable's own leaves, walked apart so they can be memoised whole.
    const inner = new LeafWalk(this.context);
    inner.following.push(...this.following, variable);
    inner.visit(source, true);
    if (inner.truncated) this.truncated = true;
    else byVariable.set(variable, inner.leaves);
    inner.leaves.forEach((found) => this.add(found));
  }

  /** The same node reached twice (`c ? code : code`) is one status position. */
  private add(found: StatusLeaf): void {
    if (this.seen.has(found.node)) return;
    this.seen.add(found.node);
    this.leaves.push(found);
  }
}

/**
 * The one expression a variable ever holds: a `const`'s initialiser, or the initialiser or single
 * `=` assignment of a `let`/`var` written exactly once. Undefined for parameters, imports,
 * destructuring and anything written more than once.
 */
function singleValueSource(variable: Variable): TSESTree.Expression | undefined {
  if (variable.defs.length !== 1) return undefined;
  const [definition] = variable.defs;
  if (definition?.type !== 'Variable' || definition.node.id !== definition.name) return undefined;
  const { kind } = definition.parent;
  if (kind === 'const') return definition.node.init ?? undefined;
  if (kind !== 'let' && kind !== 'var') return undefined;

  const [write, ...otherWrites] = variable.references.filter((reference) => reference.isWrite());
  if (!write || otherWrites.length > 0) return undefined;
  if (write.init) return definition.node.init ?? undefined;
  const assignment = write.identifier.parent;
  return assignment?.type === 'AssignmentExpression' && assignment.operator === '=' && assignment.left === write.identifier
    ? assignment.right
    : undefined;
}

/** Strips what does not change the value: `as`, `satisfies`, `!`, `<T>x` (parentheses are not nodes). */
function unwrapCasts(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (
    current.type === 'TSAsExpression' ||
    current.type === 'TSSatisfiesExpression' ||
    current.type === 'TSNonNullExpression' ||
    current.type === 'TSTypeAssertion'
  ) {
    current = current.expression;
  }
  return current;
}

function numberLeaf(literal: TSESTree.NumberLiteral, viaVariable: boolean): StatusLeaf {
  return { node: literal, code: literal.value, literal, constantText: undefined, viaVariable };
}

function leaf(node: TSESTree.Node, code: number | undefined, viaVariable: boolean): StatusLeaf {
  return { node, code, literal: undefined, constantText: undefined, viaVariable };
}
