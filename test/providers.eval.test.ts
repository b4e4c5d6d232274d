// For every provider and every code it names: lint `res.status(N)`, apply the fix, run the fixed
// module against the real installed package, and check the status it sets is still N.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { afterAll, describe, expect, it } from 'vitest';

import { allBuiltinProviders } from '../src/providers/index.js';
import type { Provider } from '../src/providers/index.js';
import { registeredCodes } from '../src/registry/index.js';
import { lintAndFix, parseErrors } from './lint-helpers.js';

const scratch = path.resolve(__dirname, '.eval');
mkdirSync(scratch, { recursive: true });
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Modules that must load first for a package to evaluate in Node. */
const preludes: Record<string, string[]> = {
  '@nestjs/common': ['reflect-metadata'],
  '@angular/common': ['@angular/compiler'],
};

/** Each provider's codes, plus every registered code (some of which it lacks). */
function codesFor(provider: Provider): number[] {
  return [...new Set([...registeredCodes(), ...provider.memberOf.keys()])].sort((a, b) => a - b);
}

function source(provider: Provider, codes: number[], kind: 'esm' | 'cjs', imported: boolean): string {
  const lines: string[] = [];
  for (const prelude of preludes[provider.name] ?? []) lines.push(kind === 'esm' ? `import '${prelude}';` : `require('${prelude}');`);
  if (imported) {
    const module = provider.modules[0]!;
    if (provider.exportName === '*')
      lines.push(kind === 'esm' ? `import * as Codes from '${module}';` : `const Codes = require('${module}');`);
    else if (provider.exportName === 'default')
      lines.push(
        kind === 'esm' ? `import Codes from '${module}';` : `const { ${provider.exportAliases[0]}: Codes } = require('${module}');`,
      );
    else
      lines.push(
        kind === 'esm'
          ? `import { ${provider.exportName} as Codes } from '${module}';`
          : `const { ${provider.exportName}: Codes } = require('${module}');`,
      );
  }
  lines.push('const got = [];', 'const res = { status(code) { got.push(code); return res; } };');
  for (const code of codes) lines.push(`res.status(${code});`);
  lines.push(kind === 'esm' ? 'export { got };' : 'module.exports = { got };');
  return lines.join('\n');
}

const variants = [
  { kind: 'esm', imported: true },
  { kind: 'esm', imported: false },
  { kind: 'cjs', imported: true },
  { kind: 'cjs', imported: false },
] as const;

describe('every fixed constant evaluates to the original code with the real package', () => {
  for (const provider of allBuiltinProviders()) {
    for (const { kind, imported } of variants) {
      // @angular/common ships ES modules only.
      if (kind === 'cjs' && provider.name === '@angular/common') continue;
      it(`${provider.name}, ${kind}, ${imported ? 'already imported' : 'import added by the fix'}`, async () => {
        const codes = codesFor(provider);
        const input = source(provider, codes, kind, imported);
        const sourceType = kind === 'esm' ? 'module' : 'commonjs';
        const filename = kind === 'esm' ? 'file.mjs' : 'file.cjs';
        const rules = { 'http-status/no-magic-status': ['error', { provider: provider.name }] } as const;
        const result = lintAndFix(input, rules as never, { sourceType, filename });

        expect(parseErrors(result.output, { sourceType, filename })).toEqual([]);
        const lacking = codes.filter((code) => !provider.memberOf.has(code));
        // Codes it lacks stay numbers and are still reported, without a fix.
        for (const code of lacking) expect(result.output).toContain(`res.status(${code});`);
        expect(result.messages.map((message) => message.messageId)).toEqual(lacking.map(() => 'magicStatusNoMember'));
        for (const code of provider.memberOf.keys()) expect(result.output).not.toContain(`res.status(${code});`);

        const file = path.join(scratch, `${provider.name.replace(/\W/g, '_')}-${kind}-${imported}.${kind === 'esm' ? 'mjs' : 'cjs'}`);
        writeFileSync(file, result.output);
        const loaded = kind === 'esm' ? await import(pathToFileURL(file).href) : createRequire(file)(file);
        expect(loaded.got).toEqual(codes);
      });
    }
  }
});
