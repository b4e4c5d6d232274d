import type { TSESTree } from '@typescript-eslint/utils';

/** A string the source states: `'x'`, or a template without expressions. */
export function stringValue(node: TSESTree.Node | null | undefined): string | undefined {
  if (node?.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node?.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0]!.value.cooked ?? undefined;
  return undefined;
}

/** `node.name` where the node has one (Identifier, PrivateIdentifier, JSXIdentifier): what esquery's `[x.name=...]` reads. */
export function nameOf(node: unknown): string | undefined {
  const name = (node as { name?: unknown } | null | undefined)?.name;
  return typeof name === 'string' ? name : undefined;
}

/** `x.name` -> "name"; undefined for computed access. */
export function propertyName(node: TSESTree.Node): string | undefined {
  return node.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier' ? node.property.name : undefined;
}

/** The key of `{ name: v }`, `{ 'name': v }` or `{ ['name']: v }`; undefined for other computed keys. */
export function keyName(property: TSESTree.Property): string | undefined {
  if (property.computed) return stringValue(property.key);
  return property.key.type === 'Identifier' ? property.key.name : stringValue(property.key);
}

type Wrapper = TSESTree.TSNonNullExpression | TSESTree.TSAsExpression | TSESTree.ChainExpression;
/** Wrappers that leave the value as it is: `res!`, `res as Response`, `res?.x`. */
export const wrapperTypes: ReadonlySet<string> = new Set<`${Wrapper['type']}`>([
  'TSNonNullExpression',
  'TSAsExpression',
  'ChainExpression',
]);

/** The expression under `x!`, `x as T` and `x?.y`. */
export function unwrap(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (wrapperTypes.has(current.type)) current = (current as Wrapper).expression;
  return current;
}

export function isStringLike(node: TSESTree.Node | undefined): boolean {
  return node !== undefined && ((node.type === 'Literal' && typeof node.value === 'string') || node.type === 'TemplateLiteral');
}

export type FunctionNode = TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression;

export function isFunctionNode(node: TSESTree.Node): node is FunctionNode {
  return node.type === 'ArrowFunctionExpression' || node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression';
}

/** The value under `key` (or one of `keys`) of an object literal: `{ status: 404 }`, `{ 'status': 404 }`. */
export function propertyValue(node: TSESTree.Node | undefined, keys: readonly string[]): TSESTree.Node | undefined {
  if (node?.type !== 'ObjectExpression') return undefined;
  for (const property of node.properties) {
    if (property.type === 'Property' && keys.includes(keyName(property) ?? '')) return property.value;
  }
  return undefined;
}

/** `x.method(...)` -> "method". */
export function calledMethod(node: TSESTree.Node): string | undefined {
  return node.type === 'CallExpression' ? propertyName(unwrap(node.callee)) : undefined;
}

/**
 * The name a function is known by in its file: `function f`, `const f = () => {}`, `f() {}` in a
 * class or object, `exports.f = function () {}`. Undefined for an anonymous callback.
 */
export function functionName(fn: FunctionNode): string | undefined {
  if (fn.id) return fn.id.name;
  let node: TSESTree.Node = fn;
  while (node.parent && wrapperTypes.has(node.parent.type)) node = node.parent;
  const parent = node.parent;
  switch (parent?.type) {
    case 'VariableDeclarator':
      return parent.init === node && parent.id.type === 'Identifier' ? parent.id.name : undefined;
    case 'AssignmentExpression':
      return parent.right === node ? (parent.left.type === 'Identifier' ? parent.left.name : propertyName(parent.left)) : undefined;
    case 'Property':
    case 'MethodDefinition':
    case 'PropertyDefinition':
      return parent.value === node && !parent.computed && parent.key.type === 'Identifier' ? parent.key.name : undefined;
    default:
      return undefined;
  }
}

/** The nearest function around a node: for a `return`, the function it returns from. */
export function functionAround(node: TSESTree.Node): FunctionNode | undefined {
  for (let current: TSESTree.Node | undefined = node.parent; current; current = current.parent) if (isFunctionNode(current)) return current;
  return undefined;
}

/** The value a function gives back where the node gives it: a `return`'s argument, an arrow's expression body. */
export type ReturnedValue = TSESTree.ReturnStatement | (TSESTree.ArrowFunctionExpression & { expression: true });

/** `withAuth(async () => ...)` -> the outermost call that wraps the function, argument in argument. */
export function outermostWrapper(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent?.type === 'CallExpression' && current.parent.arguments.includes(current as TSESTree.CallExpressionArgument))
    current = current.parent;
  return current;
}

/** The name in `export { a as b }`, `import { 'b' as c }`: an identifier, or a string since ES2022. */
export const moduleExportName = (name: TSESTree.Identifier | TSESTree.StringLiteral): string =>
  name.type === 'Identifier' ? name.name : name.value;
