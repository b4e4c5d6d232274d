import type { TSESTree } from '@typescript-eslint/utils';

/** A string the source states: `'x'`, or a template without expressions. */
export function stringValue(node: TSESTree.Node | null | undefined): string | undefined {
  if (node?.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node?.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0]!.value.cooked ?? undefined;
  return undefined;
}

/** `x.name` -> "name"; undefined for computed access. */
export function propertyName(node: TSESTree.Node): string | undefined {
  return node.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier' ? node.property.name : undefined;
}

/** The key of `{ name: v }` or `{ 'name': v }`; undefined for computed keys. */
export function keyName(property: TSESTree.Property): string | undefined {
  if (property.computed) return undefined;
  return property.key.type === 'Identifier' ? property.key.name : stringValue(property.key);
}
