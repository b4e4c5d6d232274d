import type { TSESTree } from '@typescript-eslint/utils';

import { moduleExportName } from '../ast/nodes.js';

/** A number, a table of numbers (object literal, enum), or anything else, as a module declares it. */
export type DeclaredValue =
  | { readonly kind: 'number'; readonly value: number | undefined; readonly literal: boolean }
  | { readonly kind: 'other' }
  | {
      readonly kind: 'table';
      /** Member name -> value, in source order; undefined where the source does not state a number. */
      readonly members: ReadonlyMap<string, number | undefined>;
      /** Whether TypeScript gives each member its literal type (`as const`, enums, literal types in a .d.ts). */
      readonly literal: boolean;
    };

/** What a module exports, read from its AST. */
export interface DeclaredExports {
  readonly named: ReadonlyMap<string, DeclaredValue>;
  readonly defaultExport: DeclaredValue | undefined;
  /** The default export is CommonJS's `module.exports`, which `require()` returns whole. */
  readonly moduleExports: boolean;
}

type Value = DeclaredValue | { readonly kind: 'ref'; readonly name: string };

const other: DeclaredValue = { kind: 'other' };

/** Declared exports per AST: the reader of modules parses a file again only when its text changes. */
const readByProgram = new WeakMap<TSESTree.Program, DeclaredExports>();

/**
 * Reads the top-level declarations of a JavaScript, TypeScript or declaration (.d.ts) module:
 * `export const X = {...} [as const]`, `export enum X {...}`, `export const OK = 200`,
 * `export default ...`, `export { a as b }`, `module.exports = ...`, `exports.X = ...`, and the
 * enums that tsc compiles to CommonJS. Values it cannot state stay undefined: nothing is guessed.
 */
export function readModuleExports(program: TSESTree.Program): DeclaredExports {
  let read = readByProgram.get(program);
  if (!read) {
    read = new ExportsReader().read(program);
    readByProgram.set(program, read);
  }
  return read;
}

/** `exports` or `module.exports`: the object CommonJS exports hang on. */
function isExportsObject(node: TSESTree.Node): boolean {
  if (node.type === 'Identifier') return node.name === 'exports';
  return (
    node.type === 'MemberExpression' &&
    !node.computed &&
    node.object.type === 'Identifier' &&
    node.object.name === 'module' &&
    node.property.type === 'Identifier' &&
    node.property.name === 'exports'
  );
}

/** `exports.X` or `module.exports.X` -> "X". */
function commonJsExportName(node: TSESTree.Node): string | undefined {
  if (node.type !== 'MemberExpression' || !isExportsObject(node.object)) return undefined;
  if (!node.computed && node.property.type === 'Identifier') return node.property.name;
  return node.property.type === 'Literal' && typeof node.property.value === 'string' ? node.property.value : undefined;
}

/** A property or enum member's name as written: `OK`, `'NOT_FOUND'`, `404`; none for computed keys. */
function keyOf(key: TSESTree.Node, computed: boolean): string | undefined {
  if (key.type === 'Identifier' && !computed) return key.name;
  if (key.type === 'Literal' && (typeof key.value === 'string' || typeof key.value === 'number')) return String(key.value);
  return undefined;
}

/** `200`, `-1`: a number the source states. */
function numberOf(node: TSESTree.Node): number | undefined {
  if (node.type === 'Literal' && typeof node.value === 'number') return node.value;
  if (
    node.type === 'UnaryExpression' &&
    node.operator === '-' &&
    node.argument.type === 'Literal' &&
    typeof node.argument.value === 'number'
  )
    return -node.argument.value;
  return undefined;
}

/** `as const`, `<const>x`. */
function isConstAssertion(node: TSESTree.TSAsExpression | TSESTree.TSTypeAssertion): boolean {
  const type = node.typeAnnotation;
  return type.type === 'TSTypeReference' && type.typeName.type === 'Identifier' && type.typeName.name === 'const';
}

class ExportsReader {
  private readonly locals = new Map<string, Value>();
  private readonly named = new Map<string, Value>();
  private defaultExport: Value | undefined;
  private moduleExports = false;

  read(program: TSESTree.Program): DeclaredExports {
    for (const statement of program.body) this.statement(statement);
    const named = new Map<string, DeclaredValue>();
    for (const [name, value] of this.named) {
      const resolved = this.resolve(value);
      if (resolved) named.set(name, resolved);
    }
    const defaultExport = this.defaultExport && this.resolve(this.defaultExport);
    return { named, defaultExport, moduleExports: this.moduleExports };
  }

  private resolve(value: Value, depth = 0): DeclaredValue | undefined {
    if (value.kind !== 'ref') return value;
    const local = this.locals.get(value.name);
    return local && depth < 4 ? this.resolve(local, depth + 1) : undefined;
  }

  private statement(statement: TSESTree.ProgramStatement): void {
    switch (statement.type) {
      case 'ExportNamedDeclaration':
        if (statement.declaration) this.declaration(statement.declaration, true);
        // A list that re-exports from another module is left alone.
        else if (!statement.source) {
          for (const specifier of statement.specifiers) {
            if (specifier.local.type !== 'Identifier') continue;
            const exported = moduleExportName(specifier.exported);
            const value: Value = { kind: 'ref', name: specifier.local.name };
            if (exported === 'default') this.defaultExport = value;
            else this.named.set(exported, value);
          }
        }
        return;
      case 'ExportDefaultDeclaration': {
        const declaration = statement.declaration;
        if (declaration.type === 'TSEnumDeclaration') {
          this.declaration(declaration, false);
          this.defaultExport = { kind: 'ref', name: declaration.id.name };
        } else {
          // Functions and classes read as `other`.
          this.defaultExport = this.value(declaration as TSESTree.Expression, false);
        }
        return;
      }
      case 'TSExportAssignment':
        // `export = {...}`: what `require()` returns.
        this.defaultExport = this.value(statement.expression, false);
        this.moduleExports = true;
        return;
      case 'ExpressionStatement':
        this.commonJs(statement.expression);
        return;
      default:
        this.declaration(statement, false);
    }
  }

  private declaration(node: TSESTree.Node, exported: boolean): void {
    if (node.type === 'VariableDeclaration') {
      const isConst = node.kind === 'const';
      for (const declarator of node.declarations) {
        // Destructuring and the like: nothing to read.
        if (declarator.id.type !== 'Identifier') continue;
        const typeAnnotation = declarator.id.typeAnnotation?.typeAnnotation;
        const annotation = typeAnnotation ? this.type(typeAnnotation) : undefined;
        const initial = declarator.init ? this.value(declarator.init, isConst) : undefined;
        const value = declaredValue(annotation, initial);
        this.locals.set(declarator.id.name, value);
        if (exported) this.named.set(declarator.id.name, value);
      }
    } else if (node.type === 'TSEnumDeclaration') {
      const table = this.enumTable(node);
      this.locals.set(node.id.name, table);
      if (exported) this.named.set(node.id.name, table);
    }
  }

  private enumTable(node: TSESTree.TSEnumDeclaration): Value {
    const members = new Map<string, number | undefined>();
    let next: number | undefined = 0;
    for (const member of node.body?.members ?? node.members) {
      const key = keyOf(member.id, false);
      let value: number | undefined = next;
      if (member.initializer) {
        const stated = this.value(member.initializer, true);
        value = stated.kind === 'number' ? stated.value : undefined;
      }
      if (key !== undefined) members.set(key, value);
      next = value === undefined ? undefined : value + 1;
    }
    return { kind: 'table', members, literal: true };
  }

  /** `module.exports = v`, `module.exports.X = v`, `exports.X = v`, and tsc's CommonJS enums. */
  private commonJs(expression: TSESTree.Expression): void {
    if (expression.type === 'AssignmentExpression' && expression.operator === '=') {
      if (isExportsObject(expression.left) && expression.left.type === 'MemberExpression') {
        this.defaultExport = this.value(expression.right, false);
        this.moduleExports = true;
        return;
      }
      const name = commonJsExportName(expression.left);
      if (name !== undefined) this.named.set(name, this.value(expression.right, false));
      return;
    }
    if (expression.type === 'CallExpression') this.compiledEnum(expression);
  }

  /** `(function (X) { X[X["OK"] = 200] = "OK"; })(X || (exports.X = X = {}))`: an enum as tsc writes it into CommonJS. */
  private compiledEnum(call: TSESTree.CallExpression): void {
    const [argument] = call.arguments;
    const callee = call.callee;
    if (callee.type !== 'FunctionExpression' || callee.params[0]?.type !== 'Identifier') return;
    if (argument?.type !== 'LogicalExpression' || argument.left.type !== 'Identifier') return;
    const name = argument.left.name;
    const inner = callee.params[0].name;
    const members = new Map<string, number | undefined>();
    for (const statement of callee.body.body) {
      if (statement.type !== 'ExpressionStatement' || statement.expression.type !== 'AssignmentExpression') continue;
      const outer = statement.expression.left;
      if (outer.type !== 'MemberExpression' || !outer.computed || outer.object.type !== 'Identifier' || outer.object.name !== inner)
        continue;
      const assigned = outer.property;
      if (assigned.type !== 'AssignmentExpression' || assigned.left.type !== 'MemberExpression') continue;
      const key = assigned.left.computed ? keyOf(assigned.left.property, false) : undefined;
      const value = numberOf(assigned.right);
      if (key !== undefined && value !== undefined) members.set(key, value);
    }
    if (members.size === 0) return;
    const table: Value = { kind: 'table', members, literal: true };
    this.locals.set(name, table);
    // `X || (exports.X = X = {})`
    for (let node: TSESTree.Node = argument.right; node.type === 'AssignmentExpression'; node = node.right) {
      const exported = commonJsExportName(node.left);
      if (exported !== undefined) this.named.set(exported, table);
    }
  }

  /** An expression; `isConst` when it initialises a `const`, where a number keeps its literal type. */
  private value(node: TSESTree.Expression, isConst: boolean): Value {
    const number = numberOf(node);
    if (number !== undefined) return { kind: 'number', value: number, literal: isConst };
    switch (node.type) {
      case 'ObjectExpression':
        return this.objectLiteral(node);
      case 'Identifier':
        return node.name === 'undefined' ? other : { kind: 'ref', name: node.name };
      case 'TSAsExpression':
      case 'TSTypeAssertion': {
        const value = this.value(node.expression, isConst);
        if (!isConstAssertion(node)) return value;
        return value.kind === 'table' || value.kind === 'number' ? { ...value, literal: true } : value;
      }
      case 'TSSatisfiesExpression':
      case 'TSNonNullExpression':
        return this.value(node.expression, isConst);
      case 'CallExpression': {
        const callee = node.callee;
        const [argument] = node.arguments;
        const isFreeze =
          callee.type === 'MemberExpression' &&
          !callee.computed &&
          callee.object.type === 'Identifier' &&
          callee.object.name === 'Object' &&
          callee.property.type === 'Identifier' &&
          callee.property.name === 'freeze';
        if (!isFreeze || !argument || argument.type === 'SpreadElement') return other;
        // TypeScript keeps literal types through Object.freeze.
        const frozen = this.value(argument, true);
        return frozen.kind === 'table' ? { ...frozen, literal: true } : frozen;
      }
      default:
        return other;
    }
  }

  private objectLiteral(node: TSESTree.ObjectExpression): Value {
    const members = new Map<string, number | undefined>();
    for (const property of node.properties) {
      if (property.type === 'SpreadElement') {
        const spread = this.value(property.argument, false);
        const table = spread.kind === 'ref' ? this.resolve(spread) : undefined;
        if (table?.kind === 'table') for (const [key, value] of table.members) members.set(key, value);
        continue;
      }
      // Methods, getters and shorthand: no number to read.
      if (property.kind !== 'init' || property.method || property.shorthand) continue;
      const key = keyOf(property.key, property.computed);
      if (key === undefined) continue;
      const value = this.value(property.value as TSESTree.Expression, true);
      members.set(key, value.kind === 'number' ? value.value : undefined);
    }
    return { kind: 'table', members, literal: false };
  }

  /** A type annotation: a number literal type, an object type of them, or something else. */
  private type(node: TSESTree.TypeNode): Value {
    if (node.type === 'TSLiteralType') {
      const value = node.literal.type === 'UnaryExpression' || node.literal.type === 'Literal' ? numberOf(node.literal) : undefined;
      return value === undefined ? other : { kind: 'number', value, literal: true };
    }
    if (node.type === 'TSNumberKeyword') return { kind: 'number', value: undefined, literal: false };
    if (node.type !== 'TSTypeLiteral') return other;
    const members = new Map<string, number | undefined>();
    let literal = true;
    for (const member of node.members) {
      const key = member.type === 'TSPropertySignature' ? keyOf(member.key, member.computed) : undefined;
      const memberType = member.type === 'TSPropertySignature' ? member.typeAnnotation?.typeAnnotation : undefined;
      const value = key !== undefined && memberType ? this.type(memberType) : other;
      if (value.kind === 'number') {
        members.set(key!, value.value);
        literal &&= value.literal;
      } else {
        literal = false;
      }
    }
    return { kind: 'table', members, literal };
  }
}

/** The annotation decides what TypeScript sees; the initialiser gives the values. */
function declaredValue(annotation: Value | undefined, initial: Value | undefined): Value {
  if (!annotation || annotation.kind === 'other') {
    if (annotation?.kind === 'other' && initial && initial.kind !== 'ref' && initial.kind !== 'other') {
      return { ...initial, literal: false };
    }
    return initial ?? annotation ?? other;
  }
  if (annotation.kind === 'table' && initial?.kind === 'table') {
    const members = new Map(annotation.members);
    for (const [key, value] of initial.members) if (members.get(key) === undefined) members.set(key, value);
    return { kind: 'table', members, literal: annotation.literal };
  }
  if (annotation.kind === 'number' && initial?.kind === 'number') {
    return { kind: 'number', value: annotation.value ?? initial.value, literal: annotation.literal };
  }
  return annotation;
}
