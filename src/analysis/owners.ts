import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { ownerNames } from '../apis/index.js';
import { functionName, functionAround } from '../ast/nodes.js';
import type { FunctionNode } from '../ast/nodes.js';
import { nameOf } from '../ast/nodes.js';
import { mayReadStatus } from '../ast/status-read.js';
import type { DecodableNode } from './decode.js';
import { calledFunction } from './callers.js';
import { handleKind } from './handles.js';
import { variableOf } from './scope.js';

const comparisonOperators: ReadonlySet<string> = new Set(['==', '===', '!=', '!==', '<', '>', '<=', '>=']);

function memberName(node: TSESTree.Node | null | undefined): string | undefined {
  return node?.type === 'MemberExpression' ? nameOf(node.property) : undefined;
}

function matchesReturnName(fn: FunctionNode | undefined): boolean {
  const name = fn && functionName(fn);
  return name !== undefined && ownerNames.returnName.test(name);
}

function matchesPlaceName(name: string | undefined): boolean {
  return name !== undefined && ownerNames.placeName.test(name);
}

/**
 * Whether the decoder may find something in `node`: the catalogue's names by plain `Set` lookups.
 * The decoder is asked only about these; a node that fails here can hold nothing it knows.
 * `importsApis`: the file imports a module whose functions the catalogue knows, so any bare call may be one.
 */
export function isCandidateOwner(node: TSESTree.Node, importsApis: boolean | (() => boolean)): node is DecodableNode {
  switch (node.type) {
    case 'CallExpression': {
      const callee = node.callee;
      if (callee.type === 'MemberExpression') {
        const method = nameOf(callee.property);
        return method !== undefined && ownerNames.methods.has(method);
      }
      // `super(404, msg)` in a class that extends an error class.
      if (callee.type === 'Super') return true;
      if (callee.type !== 'Identifier') return false;
      if (typeof importsApis === 'function' ? importsApis() : importsApis) return true;
      return ownerNames.functions.has(callee.name) || ownerNames.helperName.test(callee.name);
    }
    case 'NewExpression':
      return node.callee.type === 'Identifier';
    case 'AssignmentExpression': {
      const left = node.left;
      if (left.type === 'Identifier') return matchesPlaceName(left.name);
      if (left.type !== 'MemberExpression') return false;
      const property = nameOf(left.property);
      if (property !== undefined && ownerNames.assignedProperties.has(property)) return true;
      const holder = memberName(left.object);
      return holder !== undefined && ownerNames.headerObjects.has(holder);
    }
    case 'BinaryExpression':
      return comparisonOperators.has(node.operator) && (mayReadStatus(node.left) || mayReadStatus(node.right));
    case 'SwitchCase':
      return node.test !== null && mayReadStatus(node.parent.discriminant);
    case 'Property': {
      const key = node.key;
      const name = nameOf(key) ?? (key.type === 'Literal' && typeof key.value === 'string' ? key.value : undefined);
      return name !== undefined && ownerNames.propertyKeys.has(name);
    }
    case 'VariableDeclarator':
      return matchesPlaceName(nameOf(node.id));
    case 'PropertyDefinition':
      return matchesPlaceName(nameOf(node.key));
    case 'AssignmentPattern':
      return matchesPlaceName(nameOf(node.left));
    case 'ReturnStatement':
      return node.argument !== null && matchesReturnName(functionAround(node));
    case 'ArrowFunctionExpression':
      return node.expression && matchesReturnName(node);
    default:
      return false;
  }
}

/** What keeps a value as it is: a branch of `c ? a : b`, a side of `a ?? b` or `a || b`, a cast, a sign. */
function isValueWrapper(node: TSESTree.Node, child: TSESTree.Node): boolean {
  switch (node.type) {
    case 'ConditionalExpression':
      return node.test !== child;
    case 'LogicalExpression':
      return node.operator !== '&&';
    case 'TSAsExpression':
    case 'TSSatisfiesExpression':
    case 'TSNonNullExpression':
    case 'TSTypeAssertion':
      return true;
    case 'UnaryExpression':
      return node.operator === '-' || node.operator === '+';
    default:
      return false;
  }
}

/** Where walking up from a value stops: nothing above a statement, a function or a class body can own it. */
function endsWalk(node: TSESTree.Node): boolean {
  switch (node.type) {
    case 'ArrowFunctionExpression':
    case 'FunctionExpression':
    case 'FunctionDeclaration':
    case 'ClassBody':
    case 'Program':
      return true;
    default:
      return node.type.endsWith('Statement') || (node.type.endsWith('Declaration') && node.type !== 'VariableDeclaration');
  }
}

type Variable = TSESLint.Scope.Variable;

/** How many variables, parameters and calls deep a value is followed to the places that use it. */
const MAX_JUMPS = 8;

/**
 * Every node that may own the value at `start`: the candidate owners above it up to its statement,
 * and, where the value is stored (a variable's initialiser or single assignment, a parameter's default,
 * an argument of a function of the file), the owners above each place that reads it again.
 * An over-approximation of what the value model follows forwards; the decoder decides.
 */
export class OwnerFinder {
  readonly owners = new Set<DecodableNode>();
  /** Places already walked from, so that a value read in many places is walked once per place. */
  private readonly walked = new Set<TSESTree.Node>();
  private readonly followed = new Set<Variable>();

  constructor(
    private readonly sourceCode: Readonly<TSESLint.SourceCode>,
    private readonly importsApis: boolean | (() => boolean),
  ) {}

  /**
   * A number literal. One outside 100-599 is a status only where an API takes it as one, so it is
   * followed only where it stands in such a place itself (through branches, fallbacks and casts):
   * `res.status(0)`, `{ status: cond ? 600 : 200 }`; most numbers in code are 0, 1 and sizes.
   */
  fromNumber(literal: TSESTree.Literal & { value: number }): void {
    const value = literal.value;
    if (value >= 100 && value <= 599) return this.from(literal);
    let child: TSESTree.Node = literal;
    let parent: TSESTree.Node | undefined = literal.parent;
    while (parent && isValueWrapper(parent, child)) {
      child = parent;
      parent = parent.parent;
    }
    if (!parent) return;
    let owner: TSESTree.Node | undefined;
    switch (parent.type) {
      case 'CallExpression':
      case 'NewExpression':
      case 'BinaryExpression':
      case 'SwitchCase':
        owner = parent;
        break;
      case 'AssignmentExpression':
        if (parent.right === child && parent.left.type === 'MemberExpression') owner = parent;
        break;
      case 'Property':
        // A response-map key (`{ 600: schema }`), or the value of an init object's key.
        if (parent.key === child) return this.from(literal);
        owner = parent.parent.parent;
        break;
      case 'ArrayExpression':
        return this.from(literal);
    }
    if (owner && isCandidateOwner(owner, this.importsApis)) this.owners.add(owner);
  }

  from(start: TSESTree.Node, jumps = 0): void {
    if (this.walked.has(start)) return;
    this.walked.add(start);
    let child: TSESTree.Node = start;
    for (let node = start.parent; node; child = node, node = node.parent) {
      if (isCandidateOwner(node, this.importsApis)) this.owners.add(node);
      if (jumps < MAX_JUMPS) this.jump(node, child, jumps);
      if (endsWalk(node)) return;
    }
  }

  /** Follows a value stored at `node` (reached from `child`) to the places that read it. */
  private jump(node: TSESTree.Node, child: TSESTree.Node, jumps: number): void {
    switch (node.type) {
      case 'VariableDeclarator':
        if (node.init === child && node.id.type === 'Identifier') this.readsOf(variableOf(this.sourceCode, node.id), jumps);
        return;
      case 'AssignmentExpression':
        if (node.right === child && node.left.type === 'Identifier') this.readsOf(variableOf(this.sourceCode, node.left), jumps);
        return;
      case 'AssignmentPattern':
        if (node.right === child && node.left.type === 'Identifier') this.readsOf(variableOf(this.sourceCode, node.left), jumps);
        return;
      case 'CallExpression': {
        const index = node.arguments.indexOf(child as TSESTree.CallExpressionArgument);
        // A response's own method (`res.status(x)`, `reply.code(x)`) is the framework's, not a function of the file.
        if (index >= 0 && !(node.callee.type === 'MemberExpression' && handleKind(node.callee.object)))
          this.parameterReads(node, index, jumps);
        return;
      }
    }
  }

  private readsOf(variable: Variable | undefined, jumps: number): void {
    if (!variable || this.followed.has(variable)) return;
    this.followed.add(variable);
    for (const reference of variable.references) if (reference.isRead()) this.from(reference.identifier, jumps + 1);
  }

  /** `send(res, 404)`, `this.send(res, 404)` where the file declares `send(res, code)`: where `code` is read. */
  private parameterReads(call: TSESTree.CallExpression, index: number, jumps: number): void {
    const fn = calledFunction(call, this.sourceCode);
    const param = fn?.params[index];
    const name = param?.type === 'AssignmentPattern' ? param.left : param;
    if (!fn || name?.type !== 'Identifier') return;
    this.readsOf(
      this.sourceCode.getDeclaredVariables(fn).find((variable) => variable.name === name.name),
      jumps,
    );
  }
}
