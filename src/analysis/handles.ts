import type { TSESTree } from '@typescript-eslint/utils';

import { chainableMethods, handleFactories, handleNamePatterns, handleNames, handleProperties } from '../apis/index.js';
import type { HandleKind } from '../apis/index.js';
import { unwrap } from '../ast/nodes.js';

function classifyName(name: string): HandleKind | null {
  const named = handleNames.get(name);
  if (named) return named;
  for (const [pattern, kind] of handleNamePatterns) if (pattern.test(name)) return kind;
  return null;
}

/** Code uses few receiver names over and over (`res`, `req`, `app`): each is classified once, in any file. */
const kindByName = new Map<string, HandleKind | null>();

function kindOfName(name: string): HandleKind | undefined {
  let kind = kindByName.get(name);
  if (kind === undefined) {
    kind = classifyName(name);
    // Bounded: a pathological code base cannot grow it without limit.
    if (kindByName.size < 10_000) kindByName.set(name, kind);
  }
  return kind ?? undefined;
}

/**
 * What kind of response object an expression is, judged by the catalogue's names, properties,
 * factories and chainable methods. Anything else is an unknown receiver, and the rules stay silent.
 */
export function handleKind(node: TSESTree.Node): HandleKind | undefined {
  const target = unwrap(node);
  switch (target.type) {
    case 'Identifier':
      return kindOfName(target.name);
    case 'MemberExpression': {
      if (target.computed || target.property.type !== 'Identifier') return undefined;
      const candidates = handleProperties.get(target.property.name);
      if (!candidates) return undefined;
      // `ctx.response` is Koa's response; `this.response` and others a Node-style one.
      const owner = candidates.some((candidate) => candidate.owner) ? handleKind(target.object) : undefined;
      return (candidates.find((candidate) => owner && candidate.owner === owner) ?? candidates.find((candidate) => !candidate.owner))?.kind;
    }
    case 'CallExpression': {
      const callee = unwrap(target.callee);
      if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') return undefined;
      const method = callee.property.name;
      const owner = unwrap(callee.object);
      if (owner.type === 'Identifier') {
        const made = handleFactories.get(`${owner.name}.${method}`);
        if (made) return made;
      }
      const kind = handleKind(callee.object);
      return kind && chainableMethods.get(kind)?.has(method) ? kind : undefined;
    }
    default:
      return undefined;
  }
}
