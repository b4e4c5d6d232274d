import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { propertyName, unwrap } from '../ast/nodes.js';
import { enclosingFunction, variableOf } from './scope.js';

/** True when a reference hands the object to other code rather than using its members. */
function escapes(reference: TSESLint.Scope.Reference): boolean {
  const parent = reference.identifier.parent;
  if (!parent) return false;
  if (parent.type === 'MemberExpression' && parent.object === reference.identifier) return false;
  if (parent.type === 'ReturnStatement' || parent.type === 'ExpressionStatement' || parent.type === 'AwaitExpression') return false;
  return true;
}

/** One response object (`res`, `reply`, `ctx`, `c`); where it escapes is looked up only when asked. */
export class Handle<Event> {
  readonly events: Event[] = [];
  private handOffsValue: readonly TSESTree.Node[] | undefined;

  constructor(readonly variable: TSESLint.Scope.Variable | undefined) {}

  /** Where it is passed to other code (a helper, middleware, an alias), which may set headers we cannot see. */
  get handOffs(): readonly TSESTree.Node[] {
    return (this.handOffsValue ??= (this.variable?.references ?? []).filter(escapes).map((reference) => reference.identifier));
  }
}

/** The variable or expression a handle chain starts from: `res` in `res.status(204).json(x)`. */
export function handleRoot(node: TSESTree.Node): TSESTree.Node {
  let current = unwrap(node);
  for (;;) {
    if (current.type === 'CallExpression' && current.callee.type === 'MemberExpression') current = unwrap(current.callee.object);
    else if (current.type === 'MemberExpression' && propertyName(current) === 'response' && current.object.type === 'Identifier')
      current = current.object;
    else return current;
  }
}

/**
 * True when every `name` read directly in `owner` (outside nested functions) means `variable`:
 * it is declared in owner's scope or around it, and no block inside owner declares the name again.
 */
function meansOneVariable(sourceCode: Readonly<TSESLint.SourceCode>, owner: TSESTree.Node, variable: TSESLint.Scope.Variable): boolean {
  const ownerScope = sourceCode.scopeManager?.acquire(owner, true);
  if (!ownerScope) return false;
  let encloses = false;
  for (let scope: TSESLint.Scope.Scope | null = ownerScope; scope && !encloses; scope = scope.upper) encloses = scope === variable.scope;
  if (!encloses) return false;
  const pending = [...ownerScope.childScopes];
  for (let scope = pending.pop(); scope; scope = pending.pop()) {
    if (scope.type === 'function') continue;
    if (scope.set.has(variable.name)) return false;
    pending.push(...scope.childScopes);
  }
  return true;
}

/** Finds the one Handle behind every expression that means the same response object in a file. */
export class HandleIdentity<Event> {
  readonly handles = new Map<unknown, Handle<Event>>();
  private readonly byRoot = new Map<TSESTree.Node, Handle<Event>>();
  private readonly byFunction = new Map<TSESTree.Node, Map<string, Handle<Event>>>();

  constructor(private readonly sourceCode: Readonly<TSESLint.SourceCode>) {}

  of(receiver: TSESTree.Node): Handle<Event> {
    const root = handleRoot(receiver);
    // `res.status(204).json(x)` asks twice for the same `res`: resolve each root node once.
    const known = this.byRoot.get(root);
    if (known) return known;
    const sourceCode = this.sourceCode;
    let key: unknown = root;
    let variable: TSESLint.Scope.Variable | undefined;
    let owner: TSESTree.Node | undefined;
    if (root.type === 'Identifier') {
      // A handler names its response once and uses it many times: resolve the name once per function.
      owner = enclosingFunction(root);
      const resolved = this.byFunction.get(owner)?.get(root.name);
      if (resolved) {
        this.byRoot.set(root, resolved);
        return resolved;
      }
      variable = variableOf(sourceCode, root);
      key = variable ?? `${root.name}@${sourceCode.getScope(root).block.range.join(':')}`;
    } else if (root.type === 'MemberExpression') {
      key = `${sourceCode.getText(root)}@${sourceCode.getScope(root).variableScope.block.range.join(':')}`;
    }
    let handle = this.handles.get(key);
    if (!handle) {
      handle = new Handle(variable);
      this.handles.set(key, handle);
    }
    this.byRoot.set(root, handle);
    if (owner && variable && meansOneVariable(sourceCode, owner, variable)) {
      let byName = this.byFunction.get(owner);
      if (!byName) this.byFunction.set(owner, (byName = new Map()));
      byName.set(variable.name, handle);
    }
    return handle;
  }
}
