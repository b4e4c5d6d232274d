import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { keyName } from '../ast/nodes.js';
import { ianaStatus, unofficialUses } from '../registry/index.js';
import { statusEffect } from './types.js';
import type { ApiFamily, StatusEffect } from './types.js';

/** Operation objects of an OpenAPI document sit under HTTP method keys: `paths['/x'].get.responses`. */
const operationKeys = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);
/** Keys a status-keyed map may also hold: OpenAPI's `default`, Fastify's and OpenAPI's ranges (`2xx`, `4XX`). */
const otherKey = /^(?:default|[1-5](?:xx|XX))$/;

const isRegistered = (code: number) => ianaStatus(code) !== undefined || unofficialUses(code).length > 0;

/** The numeric keys of `{ 200: schema, 404: schema, default: schema }`; undefined when any key is not a status. */
function statusKeys(map: TSESTree.ObjectExpression): TSESTree.NumberLiteral[] | undefined {
  const keys: TSESTree.NumberLiteral[] = [];
  for (const property of map.properties) {
    if (property.type !== 'Property' || property.kind !== 'init' || property.method) return undefined;
    const { key } = property;
    if (key.type === 'Literal' && typeof key.value === 'number') {
      if (property.computed || !isRegistered(key.value)) return undefined;
      keys.push(key as TSESTree.NumberLiteral);
    } else if (property.computed) {
      // `[StatusCodes.OK]`: a status already written as a constant.
      if (key.type !== 'MemberExpression') return undefined;
    } else {
      const name = keyName(property) ?? '';
      if (!otherKey.test(name) && !(/^\d{3}$/.test(name) && isRegistered(Number(name)))) return undefined;
    }
  }
  return keys;
}

const keyedBy = (node: TSESTree.Node | undefined, names: (name: string) => boolean) =>
  node?.type === 'Property' && names(keyName(node) ?? '');

/** A `const` holding the schema, used as `schema: name` or `{ schema }` of a route. */
function isStoredSchema(object: TSESTree.ObjectExpression, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const declarator = object.parent;
  if (declarator.type !== 'VariableDeclarator' || declarator.id.type !== 'Identifier') return false;
  const [variable] = sourceCode.getDeclaredVariables(declarator);
  return !!variable?.references.some(({ identifier }) => {
    const parent = identifier.parent;
    return parent?.type === 'Property' && parent.value === identifier && keyName(parent) === 'schema';
  });
}

/**
 * Where a map of responses is a route's: a Fastify route's `schema: { response }` (written in place
 * or in a const the route uses), and OpenAPI's `responses` in a route-definition call
 * (`createRoute({ responses })`) or an operation object (`get: { responses }`).
 */
function isRouteDefinition(holder: TSESTree.ObjectExpression, key: string, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const parent = holder.parent;
  if (keyedBy(parent, (name) => name === 'schema') || isStoredSchema(holder, sourceCode)) return true;
  if (key !== 'responses') return false;
  const isArgument = (parent.type === 'CallExpression' || parent.type === 'NewExpression') && parent.arguments.includes(holder);
  return isArgument || keyedBy(parent, (name) => operationKeys.has(name));
}

/** The status keys of `response: { 200: schema }` / `responses: { 404: {...} }` in a route definition. */
function responseMap(property: TSESTree.Property, sourceCode: Readonly<TSESLint.SourceCode>): readonly StatusEffect[] | undefined {
  const key = keyName(property);
  const { value, parent: holder } = property;
  if ((key !== 'response' && key !== 'responses') || value.type !== 'ObjectExpression' || holder.type !== 'ObjectExpression')
    return undefined;
  if (!isRouteDefinition(holder, key, sourceCode)) return undefined;
  return statusKeys(value)?.map((literal) => statusEffect(literal, 'openapi', 'declare'));
}

/** OpenAPI response maps: Fastify route schemas, @hono/zod-openapi's `createRoute`, OpenAPI documents. */
export const openApiApis: ApiFamily = {
  framework: 'openapi',
  shapes: { propertyKeys: ['response', 'responses'], property: responseMap },
};
