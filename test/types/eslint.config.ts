// A user's flat config in TypeScript: the plugin's configs and typed rule options, in ESLint's own
// defineConfig. test/types.test.ts compiles it with tsc; wrong options must not compile. (The
// README's config with typescript-eslint's parser runs in test/install.test.ts.)
import { defineConfig } from 'eslint/config';

import httpStatus from '../../src/index.js';
import type { HttpStatusRules, NoMagicStatusOptions } from '../../src/index.js';

const magicStatus: NoMagicStatusOptions = { provider: 'http-status-codes', ignore: [200] };

const rules: HttpStatusRules = {
  'http-status/no-magic-status': ['error', magicStatus],
  'http-status/no-unknown-status': ['warn', { allowVendors: ['nginx'], checkReads: true }],
  'http-status/no-body-on-bodiless-status': 'error',
  'http-status/require-status-headers': ['error', { headers: { '401': ['WWW-Authenticate'] } }],
};

const wrongProvider: HttpStatusRules = {
  // @ts-expect-error: not a provider the plugin knows
  'http-status/no-magic-status': ['error', { provider: 'http-codes' }],
};
const optionsWhereNone: HttpStatusRules = {
  // @ts-expect-error: the rule takes no options
  'http-status/no-body-on-bodiless-status': ['error', {}],
};
const unknownRule: HttpStatusRules = {
  // @ts-expect-error: not a rule of the plugin
  'http-status/no-such-rule': 'error',
};

export default defineConfig(
  httpStatus.configs.recommended,
  { files: ['**/*.ts'], languageOptions: { sourceType: 'module' } },
  { rules },
  { files: ['legacy/**'], rules: { ...wrongProvider, ...optionsWhereNone, ...unknownRule } },
  httpStatus.configs.all,
  { plugins: { 'http-status': httpStatus }, rules: httpStatus.configs.strict.rules },
);
