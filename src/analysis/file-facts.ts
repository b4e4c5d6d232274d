import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { stringValue } from '../ast/nodes.js';

/** A top-level binding that comes from another module. */
export interface ImportedBinding {
  readonly local: string;
  readonly module: string;
  /** The export it binds: a name, "default", or "*" for the whole module (namespace import, plain require). */
  readonly imported: string;
  readonly typeOnly: boolean;
}

export interface RequireDeclaration {
  readonly statement: TSESTree.VariableDeclaration;
  readonly module: string;
  /** Set when the declarator destructures: `const { a, b: c } = require('m')`. */
  readonly pattern: TSESTree.ObjectPattern | undefined;
}

/** What the rules need to know about a file's module structure; computed once per file. */
export interface FileFacts {
  readonly bindings: ReadonlyMap<string, ImportedBinding>;
  readonly importDeclarations: readonly TSESTree.ImportDeclaration[];
  readonly requireDeclarations: readonly RequireDeclaration[];
  /** Modules loaded for side effects or otherwise present, by specifier. */
  readonly modules: ReadonlySet<string>;
  readonly moduleKind: 'esm' | 'cjs';
  /** The last statement of the leading block of imports and requires, where a new one goes. */
  readonly lastLeadingImport: TSESTree.ProgramStatement | undefined;
  /** The first statement after the directive prologue ('use strict', 'use client'). */
  readonly firstStatement: TSESTree.ProgramStatement | undefined;
}

/**
 * The last file's facts: every rule and fix of one file asks about the same AST in turn. The text
 * is compared too, because a linter may hand the next file in the same AST object (oxlint does).
 */
let last: { readonly program: TSESTree.Program; readonly text: string; readonly facts: FileFacts } | undefined;

/** The facts of a file, computed once per AST. */
export function getFileFacts(sourceCode: Readonly<TSESLint.SourceCode>): FileFacts {
  const { ast: program, text } = sourceCode;
  if (last?.program !== program || last.text !== text) last = { program, text, facts: computeFileFacts(program) };
  return last.facts;
}

/** `require('m')` -> "m". */
export function requiredModule(node: TSESTree.Node | null | undefined): string | undefined {
  if (
    node?.type === 'CallExpression' &&
    node.callee.type === 'Identifier' &&
    node.callee.name === 'require' &&
    node.arguments.length === 1
  ) {
    return stringValue(node.arguments[0]);
  }
  return undefined;
}

/** `require('m')` -> ["m", "*"], `require('m').x` -> ["m", "x"]. */
function requireTarget(init: TSESTree.Expression | null): [string, string] | undefined {
  const whole = requiredModule(init);
  if (whole !== undefined) return [whole, '*'];
  if (init?.type === 'MemberExpression' && !init.computed && init.property.type === 'Identifier') {
    const module = requiredModule(init.object);
    if (module !== undefined) return [module, init.property.name];
  }
  return undefined;
}

/** `module.exports = ...`, `module.exports.x = ...`, `exports.x = ...` */
function isCommonJsExport(expression: TSESTree.Expression): boolean {
  if (expression.type !== 'AssignmentExpression' || expression.left.type !== 'MemberExpression') return false;
  let object: TSESTree.Node = expression.left;
  while (object.type === 'MemberExpression') {
    if (object.object.type === 'Identifier') {
      const root = object.object.name;
      const property = object.property.type === 'Identifier' ? object.property.name : undefined;
      return root === 'exports' || (root === 'module' && property === 'exports');
    }
    object = object.object;
  }
  return false;
}

function isDirective(statement: TSESTree.ProgramStatement): boolean {
  return statement.type === 'ExpressionStatement' && 'directive' in statement && typeof statement.directive === 'string';
}

/** The module structure of a file. */
export function computeFileFacts(program: TSESTree.Program): FileFacts {
  const bindings = new Map<string, ImportedBinding>();
  const importDeclarations: TSESTree.ImportDeclaration[] = [];
  const requireDeclarations: RequireDeclaration[] = [];
  const modules = new Set<string>();
  let hasEsmSyntax = false;
  let hasCommonJsExports = false;
  let firstStatement: TSESTree.ProgramStatement | undefined;
  let lastLeadingImport: TSESTree.ProgramStatement | undefined;
  let inLeadingBlock = true;

  for (const statement of program.body) {
    if (!firstStatement) {
      if (isDirective(statement)) continue;
      firstStatement = statement;
    }
    let isImportLike = false;
    switch (statement.type) {
      case 'ImportDeclaration': {
        hasEsmSyntax = true;
        isImportLike = true;
        importDeclarations.push(statement);
        const module = statement.source.value;
        modules.add(module);
        const declarationTypeOnly = statement.importKind === 'type';
        for (const specifier of statement.specifiers) {
          const imported =
            specifier.type === 'ImportDefaultSpecifier'
              ? 'default'
              : specifier.type === 'ImportNamespaceSpecifier'
                ? '*'
                : specifier.imported.type === 'Identifier'
                  ? specifier.imported.name
                  : specifier.imported.value;
          const typeOnly = declarationTypeOnly || (specifier.type === 'ImportSpecifier' && specifier.importKind === 'type');
          bindings.set(specifier.local.name, { local: specifier.local.name, module, imported, typeOnly });
        }
        break;
      }
      case 'ExportNamedDeclaration':
      case 'ExportDefaultDeclaration':
      case 'ExportAllDeclaration':
        hasEsmSyntax = true;
        break;
      case 'TSImportEqualsDeclaration': {
        isImportLike = true;
        const reference = statement.moduleReference;
        if (reference.type === 'TSExternalModuleReference') {
          const module = stringValue(reference.expression);
          if (module !== undefined) {
            modules.add(module);
            const local = statement.id.name;
            bindings.set(local, { local, module, imported: '*', typeOnly: statement.importKind === 'type' });
          }
        }
        break;
      }
      case 'VariableDeclaration': {
        let allRequires = statement.declarations.length > 0;
        for (const declarator of statement.declarations) {
          const target = requireTarget(declarator.init);
          if (!target) {
            // `require('debug')('app')` still belongs to the leading block.
            if (!(declarator.init?.type === 'CallExpression' && requiredModule(declarator.init.callee))) allRequires = false;
            continue;
          }
          const [module, imported] = target;
          modules.add(module);
          if (declarator.id.type === 'Identifier') {
            bindings.set(declarator.id.name, { local: declarator.id.name, module, imported, typeOnly: false });
            requireDeclarations.push({ statement, module, pattern: undefined });
          } else if (declarator.id.type === 'ObjectPattern' && imported === '*') {
            requireDeclarations.push({ statement, module, pattern: declarator.id });
            for (const property of declarator.id.properties) {
              if (property.type !== 'Property' || property.computed || property.key.type !== 'Identifier') continue;
              if (property.value.type !== 'Identifier') continue;
              bindings.set(property.value.name, { local: property.value.name, module, imported: property.key.name, typeOnly: false });
            }
          }
        }
        isImportLike = allRequires;
        break;
      }
      case 'ExpressionStatement': {
        // `require('dotenv/config')`
        const module = requiredModule(statement.expression);
        if (module !== undefined) {
          modules.add(module);
          isImportLike = true;
        } else if (isCommonJsExport(statement.expression)) {
          hasCommonJsExports = true;
        }
        break;
      }
      default:
        break;
    }
    if (statement.type === 'ImportDeclaration') {
      // Imports are hoisted: a new one can follow the last, wherever it is.
      lastLeadingImport = statement;
    } else if (inLeadingBlock && isImportLike && statement !== undefined) {
      lastLeadingImport = statement;
    } else if (!isImportLike) {
      inLeadingBlock = false;
    }
  }

  const sourceType = program.sourceType as string;
  const moduleKind: 'esm' | 'cjs' = hasEsmSyntax
    ? 'esm'
    : requireDeclarations.length > 0 || hasCommonJsExports || sourceType === 'script' || sourceType === 'commonjs'
      ? 'cjs'
      : 'esm';

  return { bindings, importDeclarations, requireDeclarations, modules, moduleKind, lastLeadingImport, firstStatement };
}
