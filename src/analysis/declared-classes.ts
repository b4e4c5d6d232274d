import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { constructors, moduleApis } from '../apis/index.js';
import type { Api } from '../apis/index.js';
import { propertyName, unwrap } from '../ast/nodes.js';
import { getFileFacts } from './file-facts.js';
import type { FileFacts } from './file-facts.js';
import { projectModule, variableOf } from './scope.js';

type ClassNode = TSESTree.ClassDeclaration | TSESTree.ClassExpression;

/** Properties of `this` that make a stored parameter the error's status. */
const statusProperties = new Set(['status', 'statusCode', 'httpStatus', 'httpStatusCode']);

/** The class a constructed name means, when the file declares it: `class NotFound ...` or `const NotFound = class ...`. */
export function declaredClass(sourceCode: Readonly<TSESLint.SourceCode>, callee: TSESTree.Identifier): ClassNode | undefined {
  const [definition] = variableOf(sourceCode, callee)?.defs ?? [];
  if (definition?.type === 'ClassName') return definition.node as ClassNode;
  if (definition?.type === 'Variable' && definition.node.init?.type === 'ClassExpression') return definition.node.init;
  return undefined;
}

/** What a class name means where code constructs or extends it: the file's own class, or the catalogue's APIs of that name. */
export interface ClassMeaning {
  readonly declared: ClassNode | undefined;
  readonly apis: readonly Api[] | undefined;
}

export function classMeaning(sourceCode: Readonly<TSESLint.SourceCode>, facts: FileFacts, name: TSESTree.Identifier): ClassMeaning {
  const binding = facts.bindings.get(name.name);
  const imported = binding && moduleApis(binding.module).flatMap((apis) => apis.constructors.get(binding.imported) ?? []);
  const declared = binding ? undefined : declaredClass(sourceCode, name);
  // A class of the project's own (`import HttpException from './http-exception'`) is not the library's of that name.
  const isProjectClass = declared !== undefined || (binding !== undefined && projectModule.test(binding.module));
  return { declared, apis: imported?.length ? imported : isProjectClass ? undefined : constructors.get(name.name) };
}

/** The class a node is in: `super(...)` belongs to the nearest one. */
export function enclosingClass(node: TSESTree.Node): ClassNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'ClassDeclaration' || current.type === 'ClassExpression') return current;
  }
  return undefined;
}

const statusIndexes = new WeakMap<ClassNode, ReadonlySet<number>>();

/**
 * The constructor parameters a declared class keeps as its status: stored in `this.status` /
 * `this.statusCode` (or as such a parameter property), or passed to a `super` that takes a status
 * there (a declared class of this kind, or a catalogue constructor such as NestJS's HttpException).
 */
export function statusParameters(sourceCode: Readonly<TSESLint.SourceCode>, node: ClassNode, depth = 0): ReadonlySet<number> {
  const known = statusIndexes.get(node);
  if (known) return known;
  statusIndexes.set(node, new Set()); // a cycle reads as none
  const indexes = new Set<number>();
  const constructor = node.body.body.find(
    (member): member is TSESTree.MethodDefinition => member.type === 'MethodDefinition' && member.kind === 'constructor',
  );
  const params = constructor?.value.params ?? [];
  const indexOf = (name: string) =>
    params.findIndex((param) => {
      const target = param.type === 'TSParameterProperty' ? param.parameter : param;
      const id = target.type === 'AssignmentPattern' ? target.left : target;
      return id.type === 'Identifier' && id.name === name;
    });
  params.forEach((param, index) => {
    const id = param.type === 'TSParameterProperty' ? param.parameter : undefined;
    const name = id?.type === 'AssignmentPattern' ? id.left : id;
    if (name?.type === 'Identifier' && statusProperties.has(name.name)) indexes.add(index);
  });
  for (const statement of constructor?.value.body?.body ?? []) {
    if (statement.type !== 'ExpressionStatement') continue;
    const expression = unwrap(statement.expression);
    if (expression.type === 'AssignmentExpression' && expression.left.type === 'MemberExpression') {
      const property = propertyName(expression.left);
      const value = unwrap(expression.right);
      if (
        unwrap(expression.left.object).type === 'ThisExpression' &&
        property &&
        statusProperties.has(property) &&
        value.type === 'Identifier'
      ) {
        const index = indexOf(value.name);
        if (index >= 0) indexes.add(index);
      }
    } else if (expression.type === 'CallExpression' && expression.callee.type === 'Super') {
      const taken = superStatusIndexes(sourceCode, node, depth);
      expression.arguments.forEach((argument, position) => {
        const index = argument.type === 'Identifier' && taken.has(position) ? indexOf(argument.name) : -1;
        if (index >= 0) indexes.add(index);
      });
    }
  }
  statusIndexes.set(node, indexes);
  return indexes;
}

/** Where the superclass takes a status: a declared class's parameters, or a catalogue error class's argument. */
function superStatusIndexes(sourceCode: Readonly<TSESLint.SourceCode>, node: ClassNode, depth: number): ReadonlySet<number> {
  const superClass = node.superClass;
  if (superClass?.type !== 'Identifier' || depth > 4) return new Set();
  const { declared, apis } = classMeaning(sourceCode, getFileFacts(sourceCode), superClass);
  if (declared) return statusParameters(sourceCode, declared, depth + 1);
  const indexes = new Set<number>();
  for (const api of apis ?? []) {
    if (api.role === 'throw' && api.status && 'argument' in api.status) indexes.add(api.status.argument);
  }
  return indexes;
}
