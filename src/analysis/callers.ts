import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { functionName, isFunctionNode, keyName, propertyName } from '../ast/nodes.js';
import { variableOf } from './scope.js';
import type { FunctionNode } from '../ast/nodes.js';

/** Parents through which a value stays the same value: `await x`, `x as T`, `x!`, a branch of `c ? x : y`, `a ?? x`. */
function isPassThrough(parent: TSESTree.Node, child: TSESTree.Node): boolean {
  switch (parent.type) {
    case 'AwaitExpression':
    case 'TSAsExpression':
    case 'TSSatisfiesExpression':
    case 'TSNonNullExpression':
    case 'ChainExpression':
      return true;
    case 'ConditionalExpression':
      return parent.test !== child;
    case 'LogicalExpression':
      return parent.operator !== '&&';
    default:
      return false;
  }
}

/** How a value leaves the function it is made in: given back (`return x`, `const r = x; return r`), thrown, or neither. */
export type Outflow = 'returned' | 'thrown' | undefined;

/** Whether the value of `node` leaves its function: returned directly, through a variable returned as it is, or thrown. */
export function outflowOf(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): Outflow {
  let child = node;
  let parent = node.parent;
  while (parent && isPassThrough(parent, child)) {
    child = parent;
    parent = parent.parent;
  }
  switch (parent?.type) {
    case 'ReturnStatement':
      return 'returned';
    case 'ThrowStatement':
      return 'thrown';
    case 'ArrowFunctionExpression':
      return parent.body === child ? 'returned' : undefined;
    case 'VariableDeclarator': {
      if (parent.init !== child || parent.id.type !== 'Identifier') return undefined;
      const variable = sourceCode
        .getDeclaredVariables(parent)
        .find((candidate) => candidate.name === (parent.id as TSESTree.Identifier).name);
      for (const reference of variable?.references ?? []) {
        if (reference.init) continue;
        const flow = directFlow(reference.identifier);
        if (flow) return flow;
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/** `return r`, `throw r`, `return await r`: the variable read leaves the function as it is. */
function directFlow(identifier: TSESTree.Node): Outflow {
  let child = identifier;
  let parent = identifier.parent;
  while (parent && isPassThrough(parent, child)) {
    child = parent;
    parent = parent.parent;
  }
  if (parent?.type === 'ReturnStatement') return 'returned';
  return parent?.type === 'ThrowStatement' ? 'thrown' : undefined;
}

/** The class body whose members `this` reaches at `node`, and whether they are the static ones. */
function thisClass(node: TSESTree.Node): { body: TSESTree.ClassBody; isStatic: boolean } | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'ArrowFunctionExpression') continue;
    if (current.type === 'FunctionExpression' || current.type === 'FunctionDeclaration') {
      const member = current.parent;
      if (member?.type !== 'MethodDefinition' || member.value !== current || member.kind !== 'method') return undefined;
      return { body: member.parent, isStatic: member.static };
    }
    if (current.type === 'PropertyDefinition') return { body: current.parent, isStatic: current.static };
    if (current.type === 'ClassBody' || current.type === 'Program') return undefined;
  }
  return undefined;
}

/** A member's value when it is a function: `name() {}`, `name = () => {}`, `name: function () {}`. */
function functionValue(value: TSESTree.Node | null | undefined): FunctionNode | undefined {
  return value && isFunctionNode(value) ? value : undefined;
}

/** The method `name` of a class body, static or not; undefined when the class has none, or more than one. */
function classMethod(body: TSESTree.ClassBody, name: string, isStatic: boolean): FunctionNode | undefined {
  const found: FunctionNode[] = [];
  for (const member of body.body) {
    if ((member.type !== 'MethodDefinition' && member.type !== 'PropertyDefinition') || member.computed || member.static !== isStatic)
      continue;
    if (member.key.type !== 'Identifier' || member.key.name !== name) continue;
    if (member.type === 'MethodDefinition' && member.kind !== 'method') continue;
    const fn = functionValue(member.value);
    if (fn) found.push(fn);
  }
  // Overloads are TSDeclareMethod or TSEmptyBodyFunctionExpression, not functions: one implementation remains.
  return found.length === 1 ? found[0] : undefined;
}

/** The object literal a `const` of the file holds: `const utils = { finish(res) {} }`. */
function constObject(variable: TSESLint.Scope.Variable | undefined): TSESTree.ObjectExpression | undefined {
  const [definition, ...others] = variable?.defs ?? [];
  if (definition?.type !== 'Variable' || others.length > 0 || definition.parent.kind !== 'const') return undefined;
  const declarator = definition.node;
  if (declarator.id.type !== 'Identifier' || declarator.init?.type !== 'ObjectExpression') return undefined;
  return declarator.init;
}

/** The function under `name` in an object literal; undefined when a spread or a second one may replace it. */
function objectMethod(object: TSESTree.ObjectExpression, name: string): FunctionNode | undefined {
  let found: FunctionNode | undefined;
  for (const property of object.properties) {
    if (property.type === 'SpreadElement') return undefined;
    if (property.kind !== 'init' || keyName(property) !== name) continue;
    if (found) return undefined;
    found = functionValue(property.value);
    if (!found) return undefined;
  }
  return found;
}

/**
 * The function of the file a call calls: `helper(...)` of a declared function or a variable's
 * function, `this.name(...)` of a method of the class around the call, `utils.name(...)` of a
 * `const` object literal of the file. Undefined for anything else (imports, other objects, `obj[name]()`).
 */
export function calledFunction(call: TSESTree.CallExpression, sourceCode: Readonly<TSESLint.SourceCode>): FunctionNode | undefined {
  const callee = call.callee;
  if (callee.type === 'Identifier') {
    const [definition, ...others] = variableOf(sourceCode, callee)?.defs ?? [];
    if (!definition || others.length > 0) return undefined;
    if (definition.type === 'FunctionName' && definition.node.type === 'FunctionDeclaration') return definition.node;
    if (definition.type === 'Variable' && definition.node.id === definition.name) return functionValue(definition.node.init);
    return undefined;
  }
  const name = propertyName(callee);
  if (name === undefined || callee.type !== 'MemberExpression') return undefined;
  if (callee.object.type === 'ThisExpression') {
    const owner = thisClass(callee.object);
    return owner && classMethod(owner.body, name, owner.isStatic);
  }
  if (callee.object.type !== 'Identifier') return undefined;
  const object = constObject(variableOf(sourceCode, callee.object));
  return object && objectMethod(object, name);
}

/** Every `this.name(...)` call in a class body, nested classes' own `this` left out by `calledFunction`. */
function thisCalls(
  body: TSESTree.ClassBody,
  name: string,
  keys: Readonly<Record<string, readonly string[] | undefined>>,
): TSESTree.CallExpression[] {
  const calls: TSESTree.CallExpression[] = [];
  const stack: TSESTree.Node[] = [body];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (
      node.type === 'CallExpression' &&
      node.callee.type === 'MemberExpression' &&
      node.callee.object.type === 'ThisExpression' &&
      propertyName(node.callee) === name
    )
      calls.push(node);
    for (const key of keys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        for (const item of child) if (item && typeof (item as TSESTree.Node).type === 'string') stack.push(item as TSESTree.Node);
      } else if (child && typeof (child as TSESTree.Node).type === 'string') stack.push(child as TSESTree.Node);
    }
  }
  return calls;
}

/**
 * The calls of a function of the file: by its name (`helper(...)`, `await helper(...)`), as a method
 * of its class (`this.helper(...)`), or as a member of a `const` object literal (`utils.helper(...)`);
 * each call checked with `calledFunction`. Not handed on, not through other objects.
 */
export function callsOf(fn: FunctionNode, sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.CallExpression[] {
  const name = functionName(fn);
  if (name === undefined) return [];
  const parent = fn.parent;
  let candidates: TSESTree.CallExpression[] = [];
  if (fn.type === 'FunctionDeclaration' || (parent.type === 'VariableDeclarator' && parent.init === fn)) {
    const declaration = fn.type === 'FunctionDeclaration' ? fn : parent;
    const variable = sourceCode.getDeclaredVariables(declaration).find((candidate) => candidate.name === name);
    for (const reference of variable?.references ?? []) {
      const call = reference.identifier.parent;
      if (call?.type === 'CallExpression' && call.callee === reference.identifier) candidates.push(call);
    }
    return candidates;
  }
  if ((parent.type === 'MethodDefinition' || parent.type === 'PropertyDefinition') && parent.value === fn) {
    candidates = thisCalls(parent.parent, name, sourceCode.visitorKeys as Record<string, readonly string[] | undefined>);
  } else if (parent.type === 'Property' && parent.value === fn && parent.parent.type === 'ObjectExpression') {
    const declarator = parent.parent.parent;
    if (declarator?.type !== 'VariableDeclarator' || declarator.init !== parent.parent || declarator.id.type !== 'Identifier') return [];
    const variable = sourceCode
      .getDeclaredVariables(declarator)
      .find((candidate) => candidate.name === (declarator.id as TSESTree.Identifier).name);
    for (const reference of variable?.references ?? []) {
      const member = reference.identifier.parent;
      if (
        member?.type === 'MemberExpression' &&
        member.object === reference.identifier &&
        member.parent.type === 'CallExpression' &&
        member.parent.callee === member
      )
        candidates.push(member.parent);
    }
  }
  return candidates.filter((call) => calledFunction(call, sourceCode) === fn);
}

/** A call of a function of the file and the argument it gives a parameter: `sendError(res, 401)` gives `res` for `res`. */
export interface ParameterCall {
  readonly call: TSESTree.CallExpression;
  readonly argument: TSESTree.Node;
}

/**
 * Where a parameter of a named function of the file gets its value: each call's argument at the
 * parameter's place. Empty for any other variable, and for a function handed on rather than called.
 */
export function parameterCalls(
  variable: TSESLint.Scope.Variable | undefined,
  sourceCode: Readonly<TSESLint.SourceCode>,
): readonly ParameterCall[] {
  const definition = variable?.defs[0];
  if (definition?.type !== 'Parameter' || !isFunctionNode(definition.node)) return [];
  const fn = definition.node;
  const index = fn.params.findIndex((param) => (param.type === 'AssignmentPattern' ? param.left : param) === definition.name);
  if (index < 0) return [];
  const found: ParameterCall[] = [];
  for (const call of callsOf(fn, sourceCode)) {
    const argument = call.arguments[index];
    if (argument && argument.type !== 'SpreadElement') found.push({ call, argument });
  }
  return found;
}
