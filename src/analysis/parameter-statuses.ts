import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { StatusEffect } from '../apis/index.js';
import type { StatusLeaf } from './leaves.js';
import { functionName, isFunctionNode } from '../ast/nodes.js';
import type { FunctionNode } from '../ast/nodes.js';
import { callsOf } from './callers.js';
import { variableOf } from './scope.js';

/** How many functions deep a status parameter is followed: `fail(res, 404)` -> `send(res, code)` -> `res.status(code)`. */
const MAX_DEPTH = 3;

/** A parameter of a named function of the file that the function uses as a status. */
interface StatusParameter {
  readonly fn: FunctionNode;
  readonly index: number;
  readonly effect: StatusEffect;
  readonly depth: number;
}

/** A status expression and the effect it stands in, found at a call of a status-taking function. */
export interface ArgumentStatus {
  readonly node: TSESTree.Node;
  readonly effect: StatusEffect;
  readonly owner: TSESTree.Node;
}

/**
 * The function of the file a parameter belongs to, called by name, as `this.name()` or as a member of a
 * `const` object (`function send(res, code)`, `const send = (res, code) =>`, `send(res, code) {}`), and its position.
 */
export function parameterOf(sourceCode: Readonly<TSESLint.SourceCode>, identifier: TSESTree.Identifier) {
  const [definition, ...others] = variableOf(sourceCode, identifier)?.defs ?? [];
  if (definition?.type !== 'Parameter' || others.length > 0 || !isFunctionNode(definition.node)) return undefined;
  const fn = definition.node;
  const index = fn.params.findIndex(
    (param) => param === definition.name || (param.type === 'AssignmentPattern' && param.left === definition.name),
  );
  if (index < 0 || functionName(fn) === undefined) return undefined;
  const param = fn.params[index];
  return { fn, index, fallback: param?.type === 'AssignmentPattern' ? param.right : undefined };
}

/**
 * Functions of the file whose parameter is used as a status (`function send(res, code) { res.status(code) }`):
 * the numbers their calls pass there, and their defaults, are statuses with the role of the use inside.
 */
export class ParameterStatuses {
  private readonly parameters: StatusParameter[] = [];
  private readonly seen = new Set<string>();

  constructor(private readonly sourceCode: Readonly<TSESLint.SourceCode>) {}

  /** Notes the parameters among a status effect's unread leaves. */
  note(effect: StatusEffect, leaves: readonly StatusLeaf[], depth = 0): ArgumentStatus[] {
    const found: ArgumentStatus[] = [];
    if (depth >= MAX_DEPTH) return found;
    for (const leaf of leaves) {
      if (leaf.code !== undefined || leaf.node.type !== 'Identifier') continue;
      const parameter = parameterOf(this.sourceCode, leaf.node);
      if (!parameter) continue;
      const key = `${parameter.index}:${parameter.fn.range[0]}`;
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      this.parameters.push({ fn: parameter.fn, index: parameter.index, effect, depth });
      if (parameter.fallback) found.push({ node: parameter.fallback, effect, owner: parameter.fallback });
    }
    return found;
  }

  /** The arguments at status parameters, at every call of the file, read at the end of it. */
  arguments(leavesOf: (node: TSESTree.Node) => readonly StatusLeaf[]): ArgumentStatus[] {
    const found: ArgumentStatus[] = [];
    // The list grows while it is read (a call passes its own parameter on); an array iterator sees that.
    for (const { fn, index, effect, depth } of this.parameters) {
      for (const call of callsOf(fn, this.sourceCode)) {
        const argument = call.arguments[index];
        if (!argument || argument.type === 'SpreadElement') continue;
        found.push({ node: argument, effect, owner: call });
        // `fail(res, code)` inside another function of the file passes its own parameter on.
        found.push(...this.note(effect, leavesOf(argument), depth + 1));
      }
    }
    return found;
  }
}
