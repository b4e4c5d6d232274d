import { tokenize } from './tokenize.js';
import type { Token } from './tokenize.js';

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

/** What a constants module exports, read from its text. */
export interface DeclaredExports {
  readonly named: ReadonlyMap<string, DeclaredValue>;
  readonly defaultExport: DeclaredValue | undefined;
  /** The default export is CommonJS's `module.exports`, which `require()` returns whole. */
  readonly moduleExports: boolean;
}

type Value = DeclaredValue | { readonly kind: 'ref'; readonly name: string };

const declarationKeywords = new Set(['const', 'let', 'var']);
const closers: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

/**
 * Reads the top-level declarations of a JavaScript, TypeScript or declaration (.d.ts) file:
 * `export const X = {...} [as const]`, `export enum X {...}`, `export const OK = 200`,
 * `export default ...`, `export { a as b }`, `module.exports = ...`, `exports.X = ...`, and the
 * enums that tsc compiles to CommonJS. Values it cannot state stay undefined: nothing is guessed.
 */
export function readDeclaredExports(text: string): DeclaredExports {
  return new DeclarationReader(tokenize(text)).read();
}

class DeclarationReader {
  private index = 0;
  private readonly locals = new Map<string, Value>();
  private readonly named = new Map<string, Value>();
  private defaultExport: Value | undefined;
  private moduleExports = false;

  constructor(private readonly tokens: readonly Token[]) {}

  read(): DeclaredExports {
    while (this.index < this.tokens.length) this.statement();
    for (const [name, table] of compiledEnums(this.tokens)) {
      this.locals.set(name, table);
      // `(X || (exports.X = X = {}))` sits inside the compiled enum's call.
      if (this.tokens.some((token, index) => token.value === 'exports' && this.tokens[index + 2]?.value === name)) {
        this.named.set(name, table);
      }
    }
    const named = new Map<string, DeclaredValue>();
    for (const [name, value] of this.named) {
      const resolved = this.resolve(value);
      if (resolved) named.set(name, resolved);
    }
    const defaultExport = this.defaultExport && this.resolve(this.defaultExport);
    return { named, defaultExport, moduleExports: this.moduleExports };
  }

  private resolve(value: Value, depth = 0): DeclaredValue | undefined {
    if (value.kind === 'ref') {
      const local = this.locals.get(value.name);
      return local && depth < 4 ? this.resolve(local, depth + 1) : undefined;
    }
    return value;
  }

  private get token(): Token | undefined {
    return this.tokens[this.index];
  }

  private at(offset: number, value: string): boolean {
    return this.tokens[this.index + offset]?.value === value;
  }

  private eat(value: string): boolean {
    if (!this.at(0, value)) return false;
    this.index++;
    return true;
  }

  private statement(): void {
    const exported = this.eat('export');
    if (exported && this.eat('default')) {
      this.defaultExport = this.value(false);
      return;
    }
    if (exported && this.at(0, '{')) {
      this.exportList();
      return;
    }
    this.eat('declare');
    const keyword = this.token?.value ?? '';
    if (declarationKeywords.has(keyword) && this.at(1, 'enum')) {
      this.index += 2;
      this.enumDeclaration(exported);
    } else if (keyword === 'enum') {
      this.index++;
      this.enumDeclaration(exported);
    } else if (declarationKeywords.has(keyword)) {
      this.index++;
      this.variableDeclarations(keyword === 'const', exported);
    } else if (!exported && this.commonJsExport()) {
      return;
    } else {
      this.skipToken();
    }
  }

  /** `module.exports = v`, `module.exports.X = v`, `exports.X = v`; not `a.exports.X`. */
  private commonJsExport(): boolean {
    const before = this.tokens[this.index - 1];
    if (before?.value === '.') return false;
    if (this.at(0, 'module') && this.at(1, '.') && this.at(2, 'exports')) {
      if (this.at(3, '=')) {
        this.index += 4;
        this.defaultExport = this.value(false);
        this.moduleExports = true;
        return true;
      }
      if (this.at(3, '.') && this.at(5, '=')) {
        const name = this.tokens[this.index + 4]!.value;
        this.index += 6;
        this.named.set(name, this.value(false));
        return true;
      }
    }
    if (this.at(0, 'exports') && this.at(1, '.') && this.at(3, '=')) {
      const name = this.tokens[this.index + 2]!.value;
      this.index += 4;
      this.named.set(name, this.value(false));
      return true;
    }
    return false;
  }

  /** `export { a, b as c }`; a list that re-exports from another module is left alone. */
  private exportList(): void {
    const pairs: [string, string][] = [];
    this.index++;
    while (this.token && !this.eat('}')) {
      const local = this.token.value;
      this.index++;
      const exported = this.eat('as') ? (this.tokens[this.index++]?.value ?? local) : local;
      pairs.push([local, exported]);
      this.eat(',');
    }
    if (this.at(0, 'from')) return;
    for (const [local, exported] of pairs) {
      const value: Value = { kind: 'ref', name: local };
      if (exported === 'default') this.defaultExport = value;
      else this.named.set(exported, value);
    }
  }

  private variableDeclarations(isConst: boolean, exported: boolean): void {
    do {
      const name = this.token;
      if (name?.type !== 'name') {
        // Destructuring and the like: nothing to read.
        this.skipExpression();
        return;
      }
      this.index++;
      this.eat('!');
      const annotation = this.eat(':') ? this.type() : undefined;
      const initial = this.eat('=') ? this.value(isConst) : undefined;
      const value = declaredValue(annotation, initial);
      this.locals.set(name.value, value);
      if (exported) this.named.set(name.value, value);
    } while (this.eat(','));
  }

  private enumDeclaration(exported: boolean): void {
    const name = this.token?.value;
    this.index++;
    if (!name || !this.eat('{')) return;
    const members = new Map<string, number | undefined>();
    let next: number | undefined = 0;
    while (this.token && !this.eat('}')) {
      const key = this.token.value;
      this.index++;
      let value: number | undefined = next;
      if (this.eat('=')) {
        const stated: Value = this.value(true);
        value = stated.kind === 'number' ? stated.value : undefined;
      }
      members.set(key, value);
      next = value === undefined ? undefined : value + 1;
      this.eat(',');
    }
    const table: Value = { kind: 'table', members, literal: true };
    this.locals.set(name, table);
    if (exported) this.named.set(name, table);
  }

  /** An expression; `isConst` when it initialises a `const`, where a number keeps its literal type. */
  private value(isConst: boolean): Value {
    const token = this.token;
    let value: Value = { kind: 'other' };
    if (token?.type === 'number' || (token?.value === '-' && this.tokens[this.index + 1]?.type === 'number')) {
      value = { kind: 'number', value: this.number(), literal: isConst };
    } else if (token?.value === '{') {
      value = this.objectLiteral();
    } else if (token?.value === 'Object' && this.at(1, '.') && this.at(2, 'freeze') && this.at(3, '(')) {
      // TypeScript keeps literal types through Object.freeze.
      this.index += 4;
      const frozen = this.value(true);
      value = frozen.kind === 'table' ? { ...frozen, literal: true } : frozen;
      this.eat(')');
    } else if (token?.type === 'name' && !this.tokens[this.index + 1]?.value.match(/^[.([]$/)) {
      value = { kind: 'ref', name: token.value };
      this.index++;
    } else {
      this.skipExpression();
      return value;
    }
    while (this.at(0, 'as') || this.at(0, 'satisfies')) {
      const isAsConst = this.at(0, 'as') && this.at(1, 'const');
      this.index++;
      if (isAsConst) {
        this.index++;
        if (value.kind === 'table' || value.kind === 'number') value = { ...value, literal: true };
      } else {
        this.skipType();
      }
    }
    if (this.token && !this.token.lineBreak && !/^[,;)}\]]$/.test(this.token.value)) {
      // More expression follows (`200 + x`): the value is not what the reader saw.
      this.skipExpression();
      return { kind: 'other' };
    }
    return value;
  }

  private number(): number | undefined {
    const negative = this.eat('-');
    const text = this.tokens[this.index++]!.value.replace(/_/g, '');
    const parsed = Number(text);
    return Number.isFinite(parsed) ? (negative ? -parsed : parsed) : undefined;
  }

  private objectLiteral(): Value {
    this.index++;
    const members = new Map<string, number | undefined>();
    while (this.token && !this.eat('}')) {
      if (this.eat('...')) {
        const spread = this.value(false);
        const table = spread.kind === 'ref' ? this.resolve(spread) : undefined;
        if (table?.kind === 'table') for (const [key, value] of table.members) members.set(key, value);
      } else if (this.tokens[this.index + 1]?.value === ':' && this.token.type !== 'punctuator') {
        const key = this.token.value;
        this.index += 2;
        const value = this.value(true);
        members.set(key, value.kind === 'number' ? value.value : undefined);
      } else {
        // Methods, getters, computed keys and shorthand: no number to read.
        this.skipExpression();
      }
      this.eat(',');
    }
    return { kind: 'table', members, literal: false };
  }

  /** A type annotation: a number literal type, an object type of them, or something else. */
  private type(): Value {
    const token = this.token;
    if (token?.type === 'number' || (token?.value === '-' && this.tokens[this.index + 1]?.type === 'number')) {
      const value = this.number();
      if (this.typeContinues()) {
        this.skipType();
        return { kind: 'other' };
      }
      return { kind: 'number', value, literal: true };
    }
    if (token?.value === 'number' && !this.typeContinues(1)) {
      this.index++;
      return { kind: 'number', value: undefined, literal: false };
    }
    if (token?.value === '{') {
      this.index++;
      const members = new Map<string, number | undefined>();
      let literal = true;
      while (this.token && !this.eat('}')) {
        this.eat('readonly');
        const key = this.token?.value;
        this.index++;
        this.eat('?');
        if (key !== undefined && this.eat(':')) {
          const member = this.type();
          if (member.kind === 'number') {
            members.set(key, member.value);
            literal &&= member.literal;
          } else {
            literal = false;
          }
        } else {
          this.skipType();
          literal = false;
        }
        if (!this.eat(';')) this.eat(',');
      }
      if (this.typeContinues()) {
        this.skipType();
        return { kind: 'other' };
      }
      return { kind: 'table', members, literal };
    }
    this.skipType();
    return { kind: 'other' };
  }

  private typeContinues(offset = 0): boolean {
    const next = this.tokens[this.index + offset];
    return next !== undefined && /^[|&.[<]$/.test(next.value);
  }

  /** Skips to the end of an expression or type: a comma, semicolon or closer at depth 0, or a line break. */
  private skipExpression(angles = false): void {
    const start = this.index;
    let depth = 0;
    while (this.token) {
      const { value, lineBreak } = this.token;
      if (depth === 0 && this.index > start) {
        if (/^[,;)}\]=]$/.test(value)) return;
        if (lineBreak && !/^[|&.?:+\-*/<>]$/.test(value) && !/^[|&.?:+\-*/<>=(]$/.test(this.tokens[this.index - 1]!.value)) return;
      }
      if (depth === 0 && this.index === start && /^[,;)}\]]$/.test(value)) return;
      if (value in closers || (angles && value === '<')) depth++;
      else if (/^[)}\]]$/.test(value) || (angles && value === '>')) depth--;
      this.index++;
      if (depth < 0) return;
      if (depth === 0 && value === ';') return;
    }
  }

  private skipType(): void {
    this.skipExpression(true);
  }

  /** Skips a token at statement level, and whole bracketed groups so that nested code is not read. */
  private skipToken(): void {
    const closer = closers[this.token!.value];
    this.index++;
    if (!closer) return;
    let depth = 1;
    while (this.token && depth > 0) {
      if (this.token.value in closers) depth++;
      else if (/^[)}\]]$/.test(this.token.value)) depth--;
      this.index++;
    }
  }
}

/** The annotation decides what TypeScript sees; the initialiser gives the values. */
function declaredValue(annotation: Value | undefined, initial: Value | undefined): Value {
  if (!annotation || annotation.kind === 'other') {
    if (annotation?.kind === 'other' && initial && initial.kind !== 'ref' && initial.kind !== 'other') {
      return { ...initial, literal: false };
    }
    return initial ?? annotation ?? { kind: 'other' };
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

/** `X[X["OK"] = 200] = "OK";`: the enums tsc writes into CommonJS output. */
function compiledEnums(tokens: readonly Token[]): Map<string, DeclaredValue> {
  const tables = new Map<string, Map<string, number | undefined>>();
  for (let index = 0; index + 7 < tokens.length; index++) {
    const [name, open, inner, innerOpen, key, innerClose, assign, value] = tokens.slice(index, index + 8);
    if (
      name!.type === 'name' &&
      open!.value === '[' &&
      inner!.value === name!.value &&
      innerOpen!.value === '[' &&
      key!.type === 'string' &&
      innerClose!.value === ']' &&
      assign!.value === '=' &&
      value!.type === 'number'
    ) {
      let table = tables.get(name!.value);
      if (!table) tables.set(name!.value, (table = new Map()));
      table.set(key!.value, Number(value!.value));
    }
  }
  return new Map([...tables].map(([name, members]) => [name, { kind: 'table', members, literal: true }]));
}
