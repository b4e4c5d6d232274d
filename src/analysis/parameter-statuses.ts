import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { StatusEffect } from '../apis/index.js';
import type { StatusLeaf } from './leaves.js';
import { variableOf } from './scope.js';

type Variable = TSESLint.Scope.Variable;

/** How many functions deep a status parameter is followed: `fail(res, 404)` -> `send(res, code)` -> `res.status(code)`. */
const MAX_DEPTH = 3;

/** A parameter of a named function of the file that the function uses as a status. */
interface StatusParameter {
  readonly callee: Variable;
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

/** The named function a parameter belongs to, and its position: `function send(res, code)`, `const send = (res, code) =>`. */
function parameterOf(sourceCode: Readonly<TSESLint.SourceCode>, identifier: TSESTree.Identifier) {
  const [definition, ...others] = variableOf(sourceCode, identifier)?.defs ?? [];
  if (definition?.type !== 'Parameter' || others.length > 0) return undefined;
  const fn = definition.node;
  if (fn.type !== 'FunctionDeclaration' && fn.type !== 'FunctionExpression' && fn.type !== 'ArrowFunctionExpression') return undefined;
  const index = fn.params.findIndex(
    (param) => param === definition.name || (param.type === 'AssignmentPattern' && param.left === definition.name),
  );
  const name = fn.type === 'FunctionDeclaration' ? fn.id : fn.parent.type === 'VariableDeclarator' ? fn.parent.id : undefined;
  if (index < 0 || name?.type !== 'Identifier') return undefined;
  const callee = variableOf(sourceCode, name);
  const param = fn.params[index];
  return callee && { callee, index, fallback: param?.type === 'AssignmentPattern' ? param.right : undefined };
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
      const key = `${parameter.callee.name}:${parameter.index}:${parameter.callee.identifiers[0]?.range[0]}`;
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      this.parameters.push({ callee: parameter.callee, index: parameter.index, effect, depth });
      if (parameter.fallback) found.push({ node: parameter.fallback, effect, owner: parameter.fallback });
    }
    return found;
  }

  /** The arguments at status parameters, at every call of the file, read at the end of it. */
  arguments(leavesOf: (node: TSESTree.Node) => readonly StatusLeaf[]): ArgumentStatus[] {
    const found: ArgumentStatus[] = [];
    // Parameters noted on the way are visited too: an array's iterator reads its length at every step.
    for (const { callee, index, effect, depth } of this.parameters) {
      for (const reference of callee.references) {
        const call = reference.identifier.parent;
        if (call?.type !== 'CallExpression' || call.callee !== reference.identifier) continue;
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
