import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { Api, StatusEffect } from '../apis/index.js';
import { propertyValue, stringValue } from '../ast/nodes.js';
import { headerNames, headersOfInit } from './headers.js';
import type { HeaderNames } from './headers.js';
import { heldObject } from './held-objects.js';

/** What a catalogue API's arguments say: the status it is given (or its default) and the headers it sets. */

type Arguments = TSESTree.CallExpression['arguments'];

/** The status node in an init object; `unknown` when the object may hold one we cannot see, copied by `spread`. */
function initStatus(init: TSESTree.ObjectExpression): { node: TSESTree.Node | undefined; unknown: boolean; spread?: TSESTree.Node } {
  const node = propertyValue(init, ['status']);
  const spreads = init.properties.filter((property) => property.type === 'SpreadElement');
  return { node, unknown: !node && spreads.length > 0, spread: node ? undefined : spreads[spreads.length - 1]?.argument };
}

export function statusEffectOf(api: Api, args: Arguments, sourceCode: Readonly<TSESLint.SourceCode>): StatusEffect {
  const place = api.status;
  let node: TSESTree.Node | undefined;
  let unknown = false;
  // The init expression, or what its spread copies, where the status may come from instead.
  let from: TSESTree.Node | undefined;
  if (!place) node = undefined;
  else if ('pick' in place) node = place.pick(args);
  else {
    const index = 'argument' in place ? place.argument : 'init' in place ? place.init : place.argumentOrInit;
    const given = args[index];
    const init = given?.type === 'ObjectExpression' ? given : 'argument' in place ? undefined : heldObject(sourceCode, given);
    if (init && !('argument' in place)) ({ node, unknown, spread: from } = initStatus(init));
    else if ('init' in place) {
      unknown = given !== undefined;
      from = given;
    } else {
      node = given;
      if ('argumentOrInit' in place) from = given;
    }
  }
  if (node?.type === 'SpreadElement') {
    node = undefined;
    unknown = true;
  }
  return {
    kind: 'status',
    node,
    defaultCode: unknown ? undefined : api.defaultStatus,
    role: api.role ?? 'send',
    framework: api.framework,
    runtime: api.runtime,
    byShape: false,
    ...(from && from.type !== 'SpreadElement' ? { initFrom: { node: from, defaultCode: api.defaultStatus } } : {}),
  };
}

export function headersOf(api: Api, args: Arguments, sourceCode: Readonly<TSESLint.SourceCode>): HeaderNames {
  const place = api.headers;
  let names: HeaderNames = new Set();
  if (place) {
    const given = place.init === undefined ? undefined : args[place.init];
    const init = given?.type === 'ObjectExpression' ? given : heldObject(sourceCode, given);
    if (init) names = headersOfInit(sourceCode, init);
    else if (place.argument !== undefined) {
      const given = args[place.argument];
      const name = stringValue(given);
      names = name === undefined ? headerNames(sourceCode, given) : new Set([name.toLowerCase()]);
    } else if (place.pick) names = headerNames(sourceCode, place.pick(args));
    // An init that is not an object literal says nothing, unless it is the status itself: `json(x, 201)`.
    else if (given !== undefined && !(api.status && 'argumentOrInit' in api.status && api.status.argumentOrInit === place.init))
      names = undefined;
  }
  if (api.header) names?.add(api.header);
  if (api.setsHeaders === 'unknown') return undefined;
  for (const name of api.setsHeaders ?? []) names?.add(name);
  return names;
}
