import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { keyName, moduleExportName, outermostWrapper, propertyName } from '../ast/nodes.js';
import type { FunctionNode } from '../ast/nodes.js';

/** How far a value is followed through names and objects to its export: `const a = ...; module.exports = { a }`. */
const maxSteps = 4;

/** `default` for `module.exports = x` and `export default x`; `name` for `exports.name = x`. */
function assignedExport(assignment: TSESTree.AssignmentExpression): string | undefined {
  const left = assignment.left;
  if (left.type !== 'MemberExpression') return undefined;
  const object = left.object;
  const name = propertyName(left);
  if (name === undefined || object.type === 'Super') return undefined;
  if (object.type === 'Identifier')
    return object.name === 'module' ? (name === 'exports' ? 'default' : undefined) : object.name === 'exports' ? name : undefined;
  return object.type === 'MemberExpression' &&
    object.object.type === 'Identifier' &&
    object.object.name === 'module' &&
    propertyName(object) === 'exports'
    ? name
    : undefined;
}

/** The key of a member of an exported object: `default.update` and, for CommonJS, plain `update`. */
function memberKeys(objectKeys: readonly string[], member: string): string[] {
  return objectKeys.flatMap((key) => (key === 'default' ? [`default.${member}`, member] : [`${key}.${member}`]));
}

/** The wrapper calls around a value, and the type casts around those: `catchAsync(async () => ...) as Handler`. */
function outermostValue(node: TSESTree.Node): TSESTree.Node {
  let current = outermostWrapper(node);
  while (current.parent && (current.parent.type === 'TSAsExpression' || current.parent.type === 'TSSatisfiesExpression'))
    current = current.parent;
  return current;
}

/** Finds the names under which the project's other modules can import a value of the linted file. */
class ExportKeys {
  constructor(private readonly sourceCode: Readonly<TSESLint.SourceCode>) {}

  /** The export keys of a value: a function, a wrapper call, an object, a class or an instance. */
  ofValue(value: TSESTree.Node, steps: number): string[] {
    if (steps > maxSteps) return [];
    const parent = value.parent;
    switch (parent?.type) {
      case 'ExportDefaultDeclaration':
        return ['default'];
      case 'ExportNamedDeclaration':
        return this.ofDeclared(value, steps);
      case 'VariableDeclarator': {
        if (parent.init !== value || parent.id.type !== 'Identifier') return [];
        const exported = parent.parent.parent?.type === 'ExportNamedDeclaration' ? [parent.id.name] : [];
        return [...exported, ...this.ofReferences(parent, parent.id.name, steps)];
      }
      case 'AssignmentExpression': {
        const name = parent.right === value ? assignedExport(parent) : undefined;
        return name === undefined ? [] : [name];
      }
      case 'Property': {
        const key = parent.value === value ? keyName(parent) : undefined;
        return key === undefined || parent.parent.type !== 'ObjectExpression'
          ? []
          : memberKeys(this.ofValue(outermostValue(parent.parent), steps + 1), key);
      }
      default:
        return value.type === 'FunctionDeclaration' || value.type === 'ClassDeclaration' ? this.ofDeclared(value, steps) : [];
    }
  }

  /** `function f`, `class C`: exported where declared, and wherever their name is exported. */
  private ofDeclared(declaration: TSESTree.Node, steps: number): string[] {
    if (declaration.type !== 'FunctionDeclaration' && declaration.type !== 'ClassDeclaration') return [];
    if (declaration.parent.type === 'ExportDefaultDeclaration') return ['default'];
    if (!declaration.id) return [];
    const exported = declaration.parent.type === 'ExportNamedDeclaration' ? [declaration.id.name] : [];
    return [...exported, ...this.ofReferences(declaration, declaration.id.name, steps)];
  }

  /** Where a name is exported: `export { a as b }`, `export default a`, `exports.b = a`, `module.exports = { a }`, `new A()`. */
  private ofReferences(declaration: TSESTree.Node, name: string, steps: number): string[] {
    const variable = this.sourceCode.getDeclaredVariables(declaration).find((candidate) => candidate.name === name);
    const keys: string[] = [];
    for (const reference of variable?.references ?? []) {
      if (reference.init) continue;
      const identifier = reference.identifier as TSESTree.Node;
      const parent = identifier.parent;
      if (parent?.type === 'ExportSpecifier' && parent.local === identifier) keys.push(moduleExportName(parent.exported));
      else if (parent?.type === 'NewExpression' && parent.callee === identifier)
        keys.push(...this.ofValue(parent, steps + 1).map(instanceOf));
      else if (parent) keys.push(...this.ofValue(identifier, steps + 1));
    }
    return keys;
  }

  /** A method of a class: `C#update` for the exported class, `default.update` for an exported instance. */
  ofMethod(method: TSESTree.MethodDefinition): string[] {
    const name = method.computed ? undefined : keyName(method as unknown as TSESTree.Property);
    const owner = method.parent.parent;
    if (name === undefined || method.static || (owner.type !== 'ClassDeclaration' && owner.type !== 'ClassExpression')) return [];
    const keys = owner.type === 'ClassDeclaration' ? this.ofDeclared(owner, 0) : this.ofValue(owner, 0);
    return keys.flatMap((key) =>
      key.startsWith(instancePrefix) ? memberKeys([key.slice(instancePrefix.length)], name) : [`${key}#${name}`],
    );
  }
}

/** An instance's export key is marked so that its class's methods become its members. */
const instancePrefix = 'new ';
const instanceOf = (key: string) => `${instancePrefix}${key}`;

/**
 * The names under which the project's other modules can import a function of the linted file:
 * `postLogin` (`exports.postLogin = ...`, `export const postLogin = catchAsync(...)`), `default`,
 * `default.update` (`export default { update() {} }`), `UsersController#create` (a method of an exported class).
 */
export function exportKeysOf(fn: FunctionNode, sourceCode: Readonly<TSESLint.SourceCode>): string[] {
  const keys = new ExportKeys(sourceCode);
  if (fn.parent.type === 'MethodDefinition') return keys.ofMethod(fn.parent);
  let value = outermostValue(fn);
  // `exports.create = [body('name'), async (req, res) => ...]`: handlers exported as a list, validators first.
  if (value.parent?.type === 'ArrayExpression') value = outermostValue(value.parent);
  const found = keys.ofValue(value, 0);
  return [...new Set(found.filter((key) => !key.startsWith(instancePrefix)))];
}
