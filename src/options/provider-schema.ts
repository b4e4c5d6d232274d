import type { JSONSchema } from '@typescript-eslint/utils';

type JSONSchema4 = JSONSchema.JSONSchema4;

import type { StatusRole } from '../analysis/index.js';
import { builtinProviderNames } from '../providers/index.js';
import type { NoMagicStatusOptions } from '../rule-options.js';
import { perOptions } from '../util/create-rule.js';

const identifier = { type: 'string', pattern: '^[A-Za-z_$][\\w$]*$' } as const;

const moduleSpecifier: JSONSchema4 = {
  type: 'string',
  minLength: 1,
  description: 'The import specifier: a package ("@acme/http"), a path from the project root ("./src/lib/status"), or a tsconfig alias.',
};

/** The schema of the `provider` option, shared by every rule that writes constants. */
export const providerOptionSchema: JSONSchema4 = {
  description:
    'Where named constants come from: "auto" (the package the file imports, else the one in package.json dependencies), "none", a package name, or a custom module.',
  oneOf: [
    { type: 'string', enum: ['auto', 'none', ...builtinProviderNames] },
    {
      type: 'object',
      description: 'A module of your own whose export holds an object or enum of constants.',
      properties: {
        module: moduleSpecifier,
        export: {
          type: 'string',
          pattern: '^(?:default|[A-Za-z_$][\\w$]*)$',
          description: 'The export that holds an object or enum of constants: a name, or "default".',
        },
        localName: { ...identifier, description: 'The name to import it under when the fix adds the import.' },
      },
      required: ['module', 'export'],
      additionalProperties: false,
    },
    {
      type: 'object',
      description: 'A module of your own that exports each constant by name.',
      properties: {
        module: moduleSpecifier,
        namespace: { ...identifier, description: 'Import its named constants as a namespace under this name: `import * as Name`.' },
      },
      required: ['module', 'namespace'],
      additionalProperties: false,
    },
  ],
};

export const statusListSchema = (description: string): JSONSchema4 => ({
  type: 'array',
  description,
  items: { type: 'integer', minimum: 0, maximum: 999 },
  uniqueItems: true,
});

/** no-magic-status's options; kept here so that the rule file names no library. */
export const noMagicStatusSchema: JSONSchema4[] = [
  {
    type: 'object',
    properties: {
      provider: providerOptionSchema,
      ignore: statusListSchema('Status codes that may stay numbers.'),
      checkComparisons: {
        type: 'boolean',
        description: 'Check statuses compared with `.status` or `.statusCode`, in `switch` cases and `[...].includes()`.',
      },
      checkTests: { type: 'boolean', description: 'Check statuses in test assertions (supertest, expect, assert, chai-http).' },
      checkRanges: { type: 'boolean', description: 'Check relational range checks such as `res.status >= 400`.' },
    },
    additionalProperties: false,
  },
];

/** Which statuses no-magic-status checks, by role, and the codes it leaves alone. */
export const magicStatusChecks = perOptions((options: NoMagicStatusOptions) => ({
  ignored: new Set(options.ignore),
  checked: {
    send: true,
    throw: true,
    redirect: true,
    declare: true,
    compare: options.checkComparisons !== false,
    assert: options.checkTests !== false,
    range: options.checkRanges === true,
  } satisfies Record<StatusRole, boolean>,
}));
