import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { FileFacts } from '../analysis/file-facts.js';
import { packageTypeOf } from '../providers/resolve.js';
import { topLevelScope } from './scope.js';

export type ModuleForm = 'esm' | 'cjs';

/** Which form a new import takes in a file, and whether the file settles it. */
export interface ModuleSystem {
  readonly form: ModuleForm;
  /**
   * Every signal (the file's own syntax, its extension, its package's `"type"`, a script
   * parse) names this form and at least one speaks. Otherwise an added import is only suggested.
   */
  readonly settled: boolean;
}

const extensionForms: Record<string, ModuleForm> = { mjs: 'esm', mts: 'esm', cjs: 'cjs', cts: 'cjs' };

/** Files whose extension lets Node decide by the package's `"type"`. */
const plainJavaScript = /\.jsx?$/;
const typeScript = /\.[cm]?tsx?$/;

/** `require(`, `module.exports`, `exports.x` anywhere, including inside expressions; not `a.require(` or `x.exports`. */
function usesCommonJs(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const tokens = sourceCode.ast.tokens;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.type !== 'Identifier' || tokens[index - 1]?.value === '.') continue;
    const next = tokens[index + 1]?.value;
    if (
      (token.value === 'require' && (next === '(' || next === '.')) ||
      (token.value === 'module' && next === '.' && tokens[index + 2]?.value === 'exports') ||
      (token.value === 'exports' && (next === '.' || next === '['))
    ) {
      return true;
    }
  }
  return false;
}

/** `import`/`export` statements or `import.meta`: only an ES module can hold them. */
function usesEsm(program: TSESTree.Program, facts: FileFacts, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  // `import type` too: TypeScript accepts import statements in such a file whatever it emits.
  if (facts.importDeclarations.length > 0) return true;
  const hasExport = program.body.some(
    (statement) =>
      statement.type === 'ExportNamedDeclaration' ||
      statement.type === 'ExportDefaultDeclaration' ||
      statement.type === 'ExportAllDeclaration',
  );
  if (hasExport) return true;
  const tokens = sourceCode.ast.tokens;
  return tokens.some((token, index) => token.value === 'import' && tokens[index + 1]?.value === '.' && tokens[index + 2]?.value === 'meta');
}

const systems = new WeakMap<TSESTree.Program, ModuleSystem>();

/**
 * Decides CommonJS or ESM from the file, not from the config's `sourceType` default: its own
 * syntax, its extension, and the nearest package.json `"type"` (for `.js` files, which Node loads
 * by it; a `.ts` file's imports compile to either). A file that also defines its own `require`
 * (`createRequire`) does not count as CommonJS for it.
 */
export function moduleSystemOf(sourceCode: Readonly<TSESLint.SourceCode>, facts: FileFacts, filename = '', cwd = ''): ModuleSystem {
  const program = sourceCode.ast;
  const cached = systems.get(program);
  if (cached) return cached;

  const definesRequire = topLevelScope(sourceCode).set.has('require');
  const syntax = new Set<ModuleForm>();
  if (usesEsm(program, facts, sourceCode)) syntax.add('esm');
  if (!definesRequire && (facts.requireDeclarations.length > 0 || usesCommonJs(sourceCode))) syntax.add('cjs');

  const signals = new Set(syntax);
  const extension = /\.(\w+)$/.exec(filename)?.[1] ?? '';
  const byExtension = extensionForms[extension];
  if (byExtension) signals.add(byExtension);
  // A script parse cannot hold an import statement at all.
  const sourceType = program.sourceType as string;
  if (sourceType === 'script' || sourceType === 'commonjs') signals.add('cjs');
  if (!byExtension && (plainJavaScript.test(filename) || typeScript.test(filename))) {
    const packageType = packageTypeOf(filename, cwd);
    if (packageType === 'module') signals.add('esm');
    else if (packageType === 'commonjs' && plainJavaScript.test(filename)) signals.add('cjs');
  }

  const only = (set: Set<ModuleForm>) => (set.size === 1 ? [...set][0] : undefined);
  const settled = only(signals);
  const form = settled ?? only(syntax) ?? byExtension ?? (sourceType === 'module' ? 'esm' : 'cjs');
  const system = { form, settled: settled !== undefined };
  systems.set(program, system);
  return system;
}
