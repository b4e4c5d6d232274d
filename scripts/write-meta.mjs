// Writes src/meta.ts from package.json, so the plugin's `meta` (which ESLint's cache and
// --concurrency read) always names the published version. `npm run build` runs it; a test checks it.
import { readFileSync, writeFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const text = `// Written by scripts/write-meta.mjs from package.json.\nexport const packageName = '${pkg.name}';\nexport const packageVersion = '${pkg.version}';\n`;
const target = new URL('../src/meta.ts', import.meta.url);
let current = '';
try {
  current = readFileSync(target, 'utf8');
} catch {
  // first run
}
if (current !== text) writeFileSync(target, text);
