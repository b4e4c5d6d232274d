import type { TSESTree } from '@typescript-eslint/utils';

import type { FixSite } from './constant-fix.js';

/** Files TypeScript never checks: a constant typed `number` cannot break them. */
const javaScriptFile = /\.[cm]?jsx?$/;

/** APIs whose status parameters and properties are typed `number`, so a `number` constant fits. */
const numberTypedFrameworks = new Set(['node', 'express', 'koa', 'nestjs', 'next', 'fetch', 'http-errors']);
const statusSettingRoles = new Set(['send', 'throw', 'redirect', 'declare']);

/**
 * Whether replacing the number at `literal` by a constant typed `number` (not its literal type)
 * could change what TypeScript accepts: comparisons and switch cases (narrowing), assertions,
 * returned or stored values, and status parameters typed as literal unions (Hono, Fastify's typed
 * replies, SvelteKit). Only a status passed straight to an API known to take `number` is safe.
 */
export function typeMayMatter(literal: TSESTree.Node, site: FixSite): boolean {
  if (site.filename !== undefined && javaScriptFile.test(site.filename)) return false;
  if (!site.role || !statusSettingRoles.has(site.role) || !site.framework || !numberTypedFrameworks.has(site.framework)) return true;
  let node: TSESTree.Node = literal;
  if (node.parent?.type === 'TSAsExpression' || node.parent?.type === 'TSSatisfiesExpression') node = node.parent;
  const parent = node.parent;
  if (!parent) return true;
  // `res.status(404)`, `new HttpException(msg, 404)`
  if ((parent.type === 'CallExpression' || parent.type === 'NewExpression') && parent.arguments.includes(node as TSESTree.Expression)) {
    return false;
  }
  // `ctx.status = 404`
  if (parent.type === 'AssignmentExpression' && parent.right === node && parent.left.type === 'MemberExpression') return false;
  // `new Response(body, { status: 404 })`
  if (parent.type === 'Property' && parent.value === node) {
    const object = parent.parent;
    const owner = object?.parent;
    return !(
      object?.type === 'ObjectExpression' &&
      (owner?.type === 'CallExpression' || owner?.type === 'NewExpression') &&
      owner.arguments.includes(object)
    );
  }
  return true;
}
