// Lints the plugin's own code: typescript-eslint for TypeScript, eslint-plugin-eslint-plugin for rules and their tests.
import js from '@eslint/js';
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // Fixture apps are linted by their tests, with the findings they are written to have.
  {
    ignores: [
      'dist/',
      'coverage/',
      'test/.eval/',
      'examples/',
      'node_modules/',
      'test/fixtures/projects/',
      'test/fixtures/rr-helpers-app/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...tseslint.configs.stylistic,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', __dirname: 'readonly' } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['rules/**/*.ts'],
    ...eslintPlugin.configs.rules,
    rules: {
      ...eslintPlugin.configs.rules.rules,
      'eslint-plugin/require-meta-docs-description': ['error', { pattern: '^(Require|Disallow|Enforce)' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='context'][property.name='options']",
          message: 'Take options from create(context, [options]) so defaults apply.',
        },
      ],
      // docs.recommended names the smallest config holding the rule, as in typescript-eslint.
      'eslint-plugin/require-meta-docs-recommended': ['error', { allowNonBoolean: true }],
      'eslint-plugin/require-meta-schema-default': 'off',
      // createRule() (ESLintUtils.RuleCreator) writes docs.url from the rule name.
      'eslint-plugin/require-meta-docs-url': 'off',
    },
  },
  {
    files: ['test/rules/**/*.ts'],
    ...eslintPlugin.configs.tests,
    rules: {
      ...eslintPlugin.configs.tests.rules,
      'eslint-plugin/test-case-property-ordering': 'off',
      'eslint-plugin/test-case-shorthand-strings': 'error',
    },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
